import type { Duration } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, DecisionKind, HandlerContact } from '../../domain/declaration';
import type { CostType, ScheduleKind } from '../../domain/money';
import type { ClaimPayment, ClaimState, CloseOutcome, RecoveryKind, Staff } from '../../domain/claim/state';
import type { HistoryLimits } from '../declaration/definitions';

/** One claim, one process: its id follows from the claim's (the declaration's) id. */
export const claimWorkflowId = (declarationId: string) => `claim-${declarationId}`;

export interface ClaimTiming {
  /** A payment awaiting approval this long reaches every senior handler. */
  approvalEscalateAfter: Duration;
  /** Between two instalments of a payment schedule ('30 days'). */
  instalmentPeriod: Duration;
  /** A closed claim can be reopened this long (the three-year limitation period); then its process ends. */
  reopenWithin: Duration;
}

/** What the declaration knows when it hands the claim over at opening. */
export interface ClaimOpening {
  organisationId: string;
  claimNumber: string;
  type: import('../../domain/declaration-types').DeclarationType;
  handler: HandlerContact;
  openedBy: Actor;
  /** The day the written claim came in (Brussels date): the legal deadlines count from it. */
  claimFiledOn: string;
  simpleFireRisk: boolean;
  inspectionReportDueOn: string | null;
}

export interface ClaimInput {
  declarationId: string;
  /** Absent: a claim opened before claims had a process of their own, taken over from the ledger (adopted). */
  opening?: ClaimOpening;
  timing: ClaimTiming;
  limits?: Partial<HistoryLimits>;
  /** Set when this run continues a previous one. */
  continued?: { state: ClaimState };
}

/** Every money command carries the request's idempotency key: a retry finds the first request's result. */
interface Keyed { key: string }

export interface DecideClaim { actor: Actor; decision: DecisionKind; reason?: string; missing?: string[] }
export interface ReassignClaim { actor: Actor; handler: HandlerContact }
export interface ChangeReserve extends Keyed { actor: Staff; costType: CostType; amountCents: number; reason: string }
export interface RequestPayment extends Keyed {
  actor: Staff; paymentId: string; costType: CostType; amountCents: number; payeeName: string; iban: string; bic?: string | null;
}
export interface DecidePayment extends Keyed { actor: Staff; paymentId: string; reason?: string }
export interface StartSchedule extends Keyed {
  actor: Staff; scheduleId: string; kind: ScheduleKind; costType: CostType; totalCents: number; spreadMonths: 12 | 24; payeeName: string; iban: string;
}
export interface StopSchedule extends Keyed { actor: Staff; scheduleId: string; reason: string }
export interface OpenRecovery extends Keyed {
  actor: Staff; recoveryId: string; kind: RecoveryKind; costType: CostType; expectedCents: number;
  counterparty: { name: string; insurer?: string | null; reference?: string | null };
}
export interface RecordReceipt extends Keyed { actor: Staff; recoveryId: string; receiptId: string; amountCents: number; receivedOn: string }
export interface WriteOffRecovery extends Keyed { actor: Staff; recoveryId: string; reason: string }
export interface ConfirmCover { actor: Actor; reason: string }
/** A note on the claim; confidential: for senior handlers (and auditors) only. */
export interface AddNote extends Keyed { actor: Actor; noteId: string; text: string; confidential: boolean }
export type DeadlineEvent = { kind: 'reminder'; sentOn: string } | { kind: 'amount_agreed'; agreedOn: string } | { kind: 'inspection_report_sent'; sentOn: string };
export interface RecordDeadlineEvent { actor: Actor; event: DeadlineEvent }
export interface CloseClaim { actor: Actor; outcome: CloseOutcome; reason?: string }
export interface ReopenClaim { actor: Actor; reason: string }
/** The payment batch asks for every approved payment not yet sent; asked again for the same batch, the same answer. */
export interface TakeForBatch { batchId: string }
export interface BankReported {
  paymentId: string; outcome: 'confirmed' | 'returned'; reasonCode: string | null; reasonText: string | null; statementId: string;
  /** What the bank says it moved; another amount than the payment's is not taken as its answer. */
  amountCents?: number;
}

export const decideClaimUpdate = defineUpdate<ClaimState, [DecideClaim]>('decideClaim');
export const reassignClaimUpdate = defineUpdate<ClaimState, [ReassignClaim]>('reassignClaim');
export const changeReserveUpdate = defineUpdate<ClaimState, [ChangeReserve]>('changeReserve');
export const requestPaymentUpdate = defineUpdate<ClaimState, [RequestPayment]>('requestPayment');
export const approvePaymentUpdate = defineUpdate<ClaimState, [DecidePayment]>('approvePayment');
export const rejectPaymentUpdate = defineUpdate<ClaimState, [DecidePayment]>('rejectPayment');
export const cancelPaymentUpdate = defineUpdate<ClaimState, [DecidePayment]>('cancelPayment');
export const startScheduleUpdate = defineUpdate<ClaimState, [StartSchedule]>('startSchedule');
export const stopScheduleUpdate = defineUpdate<ClaimState, [StopSchedule]>('stopSchedule');
export const openRecoveryUpdate = defineUpdate<ClaimState, [OpenRecovery]>('openRecovery');
export const recordReceiptUpdate = defineUpdate<ClaimState, [RecordReceipt]>('recordReceipt');
export const writeOffRecoveryUpdate = defineUpdate<ClaimState, [WriteOffRecovery]>('writeOffRecovery');
export const confirmCoverUpdate = defineUpdate<ClaimState, [ConfirmCover]>('confirmCover');
export const addNoteUpdate = defineUpdate<ClaimState, [AddNote]>('addNote');
export const recordDeadlineEventUpdate = defineUpdate<ClaimState, [RecordDeadlineEvent]>('recordDeadlineEvent');
export const closeClaimUpdate = defineUpdate<ClaimState, [CloseClaim]>('closeClaim');
export const reopenClaimUpdate = defineUpdate<ClaimState, [ReopenClaim]>('reopenClaim');
export const takeForBatchUpdate = defineUpdate<ClaimPayment[], [TakeForBatch]>('takeForBatch');
export const bankReportedUpdate = defineUpdate<ClaimState, [BankReported]>('bankReported');
/** A no-op that answers the state: how the API adopts a claim of the time before (update-with-start). */
export const claimStateUpdate = defineUpdate<ClaimState, []>('claimState');
export const claimQuery = defineQuery<ClaimState>('claim');
