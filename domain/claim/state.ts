import type { Actor, Decision, DeclarationStatus, HandlerContact } from '../declaration';
import type { DeclarationType } from '../declaration-types';
import type { CostType, PlannedPayment, ScheduleKind } from '../money';
import type { ProductLine } from '../product-lines';
import type { Phrase } from '../../i18n/phrase';

/**
 * A claim (schadedossier) as its own process holds it: the decision, the cover, the money and the recoveries.
 * The claim workflow owns this state; the database holds a projection of it, written by its activities.
 */

/** A staff member as a money command names them: their own authority limit travels with them. */
export interface Staff extends Actor {
  /** What this person may pay or approve alone, in cents; null: nothing. */
  authorityLimitCents: number | null;
}

/** The decision statuses a claim moves through once opened (the declaration's status from then on). */
export type ClaimDecisionStatus = Extract<DeclarationStatus, 'in_handling' | 'under_reservation' | 'accepted' | 'refused'>;

/**
 * A payment's life: requested within the requester's authority it is approved at once, else it awaits a senior
 * handler's approval; approved payments go to the bank in a SEPA batch (sent), which confirms or returns them.
 * Before it is sent a payment can be cancelled; a payment awaiting approval can be rejected.
 */
export const claimPaymentStatuses = ['awaiting_approval', 'approved', 'sent', 'confirmed', 'returned', 'rejected', 'cancelled'] as const;
export type ClaimPaymentStatus = (typeof claimPaymentStatuses)[number];
/** Statuses in which a payment's money is committed to leave (or has left) the insurer. */
export const committedPaymentStatuses: readonly ClaimPaymentStatus[] = ['approved', 'sent', 'confirmed'];
/** A payment still on its way: a claim with one cannot close. */
export const unsettledPaymentStatuses: readonly ClaimPaymentStatus[] = ['awaiting_approval', 'approved', 'sent'];

export interface BankOutcome {
  outcome: 'confirmed' | 'returned';
  reasonCode: string | null;
  reasonText: string | null;
  /** The bank statement (camt.054) that reported it. */
  statementId: string;
  at: string;
}

export interface ClaimPayment {
  id: string;
  costType: CostType;
  amountCents: number;
  payeeName: string;
  iban: string;
  bic: string | null;
  status: ClaimPaymentStatus;
  requestedBy: Staff;
  requestedAt: string;
  decidedBy: Actor | null;
  decidedAt: string | null;
  /** Why it was rejected or cancelled. */
  reason: string | null;
  /** Awaiting approval past this moment (epoch ms), every senior handler is told; null once told or decided. */
  escalateAt: number | null;
  escalatedAt: string | null;
  batchId: string | null;
  scheduleId: string | null;
  instalmentNumber: number | null;
  bank: BankOutcome | null;
}

/** Verzekerd Inkomen: a benefit paid in instalments by the claim itself, one every period. */
export interface ClaimSchedule {
  id: string;
  kind: ScheduleKind;
  costType: CostType;
  totalCents: number;
  spreadMonths: 12 | 24;
  plan: PlannedPayment[];
  payeeName: string;
  iban: string;
  createdBy: Actor;
  createdAt: string;
  status: 'running' | 'completed' | 'stopped';
  paidCount: number;
  paidCents: number;
  /** When the next instalment is due (epoch ms); null when none is left. */
  nextDueAt: number | null;
  stopped: { by: Actor; reason: string; at: string } | null;
}

export const recoveryKinds = ['subrogation', 'salvage', 'direct_settlement'] as const;
export type RecoveryKind = (typeof recoveryKinds)[number];
export const recoveryStatuses = ['open', 'partly_recovered', 'recovered', 'written_off'] as const;
export type RecoveryStatus = (typeof recoveryStatuses)[number];

/** What the insurer expects back after paying: from a liable party or its insurer, or a wreck sold. */
export interface Recovery {
  id: string;
  kind: RecoveryKind;
  costType: CostType;
  /** From whom: the liable party or its insurer (subrogation, direct settlement), the buyer of the wreck (salvage). */
  counterparty: { name: string; insurer: string | null; reference: string | null };
  /** What the handler expects to recover (the recovery reserve). */
  expectedCents: number;
  receivedCents: number;
  status: RecoveryStatus;
  writtenOff: { by: Actor; reason: string; at: string } | null;
  openedBy: Actor;
  openedAt: string;
}

export const closeOutcomes = ['paid', 'no_payment', 'refused', 'duplicate', 'withdrawn'] as const;
export type CloseOutcome = (typeof closeOutcomes)[number];

export type CoverageStatus = 'verified' | 'unverified' | 'confirmed';
export interface Coverage {
  status: CoverageStatus;
  /** Why it could not be verified at opening (empty when verified). */
  findings: Phrase[];
  eventDate: string | null;
  confirmed: { by: Actor; reason: string; at: string } | null;
}

export interface ClaimState {
  declarationId: string;
  workflowId: string;
  organisationId: string;
  claimNumber: string;
  type: DeclarationType;
  productLine: ProductLine;
  status: ClaimDecisionStatus;
  handler: HandlerContact | null;
  decision: Decision | null;
  coverage: Coverage;
  /** Per cost type, the sum of the reserve entries. */
  reserveCents: Record<CostType, number>;
  /** Per cost type, money paid by payments no longer held here (confirmed and pruned, or paid before the claim had its process). */
  settledPaidCents: Record<CostType, number>;
  /** Per cost type, what payments of the time before the claim had its process still promise (awaiting approval, running schedules). */
  legacyPromisedCents: Record<CostType, number>;
  /** Payments still moving, and the last settled ones; settled payments beyond a bound are pruned into settledPaidCents. */
  payments: ClaimPayment[];
  schedules: ClaimSchedule[];
  recoveries: Recovery[];
  /** duplicateOf: the claim (declaration id) this one was closed as a duplicate of. */
  closed: { outcome: CloseOutcome; reason: string | null; by: Actor; at: string; duplicateOf?: string } | null;
  /** How often a closed claim was reopened, and the last reason. */
  reopened: { count: number; reason: string; by: Actor; at: string } | null;
  /** Bumped by every change; orders the projection writes and makes each of them happen once. */
  revision: number;
  /** The idempotency keys of recent money commands (bounded): a retry after a continue-as-new is still recognised. */
  recentKeys: string[];
  /** The catastrophe event the claim belongs to (tagged by the event's declaration or at opening); absent on claims of before. */
  catastrophe?: { id: string; name: string; by: Actor; at: string } | null;
  /** Fraud indicators and possible duplicates, as last assessed (absent: a claim from before the screening). */
  risk?: import('./risk').ClaimRisk;
  /** An open referral to the special investigation unit; null or absent: none open. */
  investigation?: import('./risk').Investigation | null;
  /** Set while the claim is in litigation. */
  litigation?: import('./risk').Litigation | null;
  /** The claim's diary: open items and the last closed ones (bounded); absent on claims of before the diary. */
  diary?: import('./diary').DiaryItem[];
  /** The legal deadlines that run, as the claim's deadlines process last told them (bounded); for the diary's rule. */
  legalDeadlines?: import('./diary').LegalDeadline[];
  /** A motor claim's liability, towing orders and repair (absent: none recorded, or a claim of before). */
  motorFault?: import('./motor-fault').MotorFault;
}
