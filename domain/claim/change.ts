import type { Actor } from '../declaration';
import type { CostType } from '../money';
import type { ClaimState } from './state';

/**
 * One accepted change of a claim, as its process hands it to the ledger: the state after it, and what to write.
 * Written in one transaction, once: a change whose revision the claim's row already has is skipped, so a retried
 * activity (or a replayed workflow) never writes twice.
 */
export interface ClaimChange {
  state: ClaimState;
  /** When it happened, in the workflow's time. */
  at: string;
  /** The audit log's action (claim_<action>), who did it and what it was about. */
  action: string;
  by: Actor;
  details?: Record<string, unknown>;
  /** Reserve entries to append, each under the key of the request that made it. */
  reserveEntries?: { key: string; costType: CostType; amountCents: number; reason: string; author: Actor }[];
  /** Payments of the state to write (insert or update, by id). */
  paymentIds?: string[];
  /** Schedules of the state to write. */
  scheduleIds?: string[];
  /** Recoveries of the state to write. */
  recoveryIds?: string[];
  /** Money received on a recovery. */
  receipts?: { id: string; recoveryId: string; amountCents: number; receivedOn: string; by: Actor }[];
  /** Diary items of the state to write (insert or update, by id). */
  diaryItemIds?: string[];
  /** A referral to the special investigation unit opened or closed (claim_investigations). */
  investigation?: import('./risk').InvestigationChange;
  /** A motor claim's liability, repair or towing orders to write (activities/motor-fault.ts). */
  motorFault?: { liability?: boolean; repair?: boolean; towingOrderIds?: string[] };
  /** Notes written on the claim (never edited). */
  notes?: { id: string; text: string; confidential: boolean; by: Actor }[];
  /** Messages from the insurer to the customer, written to the claim's thread (never edited). */
  customerMessages?: { id: string; subject: string; body: string; by: Actor }[];
  /** The decision, status or handler changed: the declaration's projection follows (customers read it there). */
  declaration?: { action: 'decided' | 'reassigned' | 'documents_added'; details: Record<string, unknown> };
  /** Files the customer added to the claim (stored already): the declaration lists them with its other attachments. */
  attachments?: import('../attachments').AttachmentRef[];
  /** Who is told, once: a user, or every senior handler. */
  notifications?: { to: { userId: string } | { role: 'senior_handler' }; kind: string; params: Record<string, unknown>; dedupeKey: string }[];
}
