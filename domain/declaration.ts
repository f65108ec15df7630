import type { AttachmentRef } from './attachments';
import type { DeclarationType } from './declaration-types';
import { phrase, type Phrase } from '../i18n/phrase';

export const declarationStatuses = [
  'draft',
  'submitted',
  'in_handling',
  'accepted',
  'under_reservation', // aanvaarding onder voorbehoud
  'refused',
  'withdrawn',
  'expired',
] as const;
export type DeclarationStatus = (typeof declarationStatuses)[number];

/** How a status reads in a sentence. */
export const statusLabel = (status: DeclarationStatus) => status.replace('_', ' ');

/** siu: the special investigation unit (fraud referrals). */
export type ActorRole = 'customer' | 'handler' | 'senior_handler' | 'auditor' | 'siu' | 'system';
export interface Actor {
  userId: string | null; // null for the system (timers, automatic opening)
  name: string;
  role: ActorRole;
}
export const systemActor: Actor = { userId: null, name: 'System', role: 'system' };

export type DecisionKind = 'accept' | 'reserve' | 'refuse';
export interface Decision {
  decision: DecisionKind;
  reason: string | null;
  missing: string[];
  decidedBy: Actor;
  decidedAt: string;
}

export interface HandlerContact {
  id: string;
  name: string;
  email: string;
  phone: string | null;
}

export type ActionName =
  | 'created'
  | 'saved'
  | 'attachments_added'
  | 'attachment_removed'
  | 'submitted'
  | 'withdrawn'
  | 'reopened'
  | 'handling_started'
  | 'opened_automatically'
  | 'decided'
  | 'reassigned'
  | 'draft_reminder_sent'
  | 'expired'
  | 'closed'
  | 'documents_added'; // by the customer, to a claim in handling (the claim's process records it)

/** One accepted action: who did what, and when (workflow time, ISO 8601). */
export interface ActionRecord {
  action: ActionName;
  by: Actor;
  at: string;
  details?: Record<string, unknown>;
}

export interface DeclarationSnapshot {
  id: string;
  workflowId: string;
  organisationId: string;
  policyId: string | null;
  type: DeclarationType;
  status: DeclarationStatus;
  step: number;
  /** Optimistic-concurrency token: bumped by every change a person makes. */
  version: number;
  /** Bumped by every state change, including timers; orders the projection writes. */
  revision: number;
  data: Record<string, unknown>;
  attachments: AttachmentRef[];
  claimNumber: string | null;
  handler: HandlerContact | null;
  decision: Decision | null;
  actions: ActionRecord[];
  createdBy: Actor;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

/** Until a handler starts handling, the customer may still withdraw or reopen (seed 000). */
export const customerMayWithdraw = (status: DeclarationStatus) => status === 'draft' || status === 'submitted';
export const customerMayReopen = (status: DeclarationStatus) => status === 'submitted' || status === 'withdrawn';

/** Why the customer may not withdraw in this status, or null when they may; the workflow and the API say the same. */
export const withdrawRefusal = (status: DeclarationStatus): Phrase | null =>
  customerMayWithdraw(status) ? null : status === 'withdrawn' ? phrase('declaration.refusal.alreadyWithdrawn') : phrase('declaration.refusal.withdrawTooLate');

/** Why the customer may not reopen in this status, or null when they may. */
export const reopenRefusal = (status: DeclarationStatus): Phrase | null =>
  customerMayReopen(status) ? null : status === 'draft' ? phrase('declaration.refusal.alreadyOpen') : phrase('declaration.refusal.reopenTooLate');

/** Which decisions a handler may take in a status: a reservation is later accepted or refused. */
export function allowedDecisions(status: DeclarationStatus): DecisionKind[] {
  if (status === 'in_handling') return ['accept', 'reserve', 'refuse'];
  if (status === 'under_reservation') return ['accept', 'refuse'];
  return [];
}

/** Statuses in which the workflow's work is over. */
export const isFinal = (status: DeclarationStatus) => status === 'accepted' || status === 'refused' || status === 'expired';
