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
  /** The catastrophe fast track's limits; absent on claims started before it existed (no fast track at their opening). */
  fastTrack?: import('../../domain/catastrophe').FastTrackRule;
  /** An open diary item this long past its due day reaches every senior handler (absent in older inputs: '2 days'). */
  diaryEscalateAfter?: Duration;
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
export interface ReassignClaim { actor: Actor; handler: HandlerContact; /** Why (a bulk reassignment for an absence). */ reason?: string }
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
/** A message from the insurer to the customer (one claim of a bulk message, too): it reaches their thread on the claim. */
export interface MessageCustomer extends Keyed { actor: Actor; messageId: string; subject: string; body: string }
/** A diary item a handler plans on the claim (see domain/claim/diary.ts). */
export interface AddDiaryItem extends Keyed {
  actor: Actor; itemId: string; subject: string; owner: { id: string; name: string }; dueOn: string; priority: import('../../domain/claim/diary').DiaryPriority;
}
/** A diary item done or dropped, with the note that says how. */
export interface CloseDiaryItem extends Keyed { actor: Actor; itemId: string; note: string }
/** A document the handler added to the claim (stored by the API, registered here: who added it and when). */
export interface AddClaimDocument extends Keyed { actor: Actor; documentId: string; kind: string; fileName: string; contentType: string; sizeBytes: number }
/** Documents the customer adds once the claim is handled (stored by the API first); `answers`: the reservation's missing item they answer. */
export interface AddCustomerDocuments extends Keyed { actor: Actor; attachments: import('../../domain/attachments').AttachmentRef[]; answers: string | null }
export type DeadlineEvent = { kind: 'reminder'; sentOn: string } | { kind: 'amount_agreed'; agreedOn: string } | { kind: 'inspection_report_sent'; sentOn: string };
export interface RecordDeadlineEvent { actor: Actor; event: DeadlineEvent }
/** The claim belongs to a catastrophe event; the fast track's limits come with it (null: no fast track). */
export interface TagCatastrophe { actor: Actor; catastrophe: { id: string; name: string }; fastTrack: import('../../domain/catastrophe').FastTrackRule | null }
export interface CloseClaim { actor: Actor; outcome: CloseOutcome; reason?: string; /** The claim this one duplicates (outcome duplicate). */ duplicateOf?: string }
/** Refer the claim to the special investigation unit, with a reason (a handler or senior handler). */
export interface ReferToInvestigation { actor: Actor; reason: string }
/** The SIU closes the open referral: cleared or fraud confirmed, with a note. */
export interface CloseInvestigation { actor: Actor; outcome: import('../../domain/claim/risk').InvestigationOutcome; note: string }
/** A motor claim's liability as established; what it decides follows from the policy's record (domain/rules/motor-fault.ts). */
export interface RecordLiability extends Keyed {
  actor: Staff; kind: import('../../domain/rules/motor-fault').LiabilityKind; ownSharePercent?: number;
  /** The accident's day; absent: the declaration's. */ accidentOn?: string | null;
  aggravating: import('../../domain/rules/motor-fault').AggravatingCircumstance | null;
  driverInjured: boolean; bob: import('../../domain/rules/motor-fault').DesignatedDriverFacts | null; injuredPassengers: number;
  /** The recovery opened on the counterparty's insurer for its share, when it owes one; absent amount: its share of the declared estimate. */
  recoveryId: string; expectedRecoveryCents?: number | null;
}
/** Towing and the transport of the unharmed occupants home (included in the liability cover), with its cost. */
export interface OrderTowing extends Keyed {
  actor: Staff; orderId: string; country: string; immobilised: boolean; towedTo: string; unharmedOccupants: number; homeCountry: string; provider: string; costCents: number;
}
/** The car's repair: at an approved garage it gives a replacement vehicle for the repair's duration. */
export interface RecordRepair extends Keyed { actor: Staff; garageName: string; approvedGarage: boolean; repairDays: number }
/** The claim enters litigation (with a reason) or leaves it. */
export interface SetLitigation { actor: Actor; inLitigation: boolean; reason?: string }
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
export const messageCustomerUpdate = defineUpdate<ClaimState, [MessageCustomer]>('messageCustomer');
export const addDiaryItemUpdate = defineUpdate<ClaimState, [AddDiaryItem]>('addDiaryItem');
export const completeDiaryItemUpdate = defineUpdate<ClaimState, [CloseDiaryItem]>('completeDiaryItem');
export const cancelDiaryItemUpdate = defineUpdate<ClaimState, [CloseDiaryItem]>('cancelDiaryItem');
export const addClaimDocumentUpdate = defineUpdate<ClaimState, [AddClaimDocument]>('addClaimDocument');
export const addCustomerDocumentsUpdate = defineUpdate<ClaimState, [AddCustomerDocuments]>('addCustomerDocuments');
export const recordDeadlineEventUpdate = defineUpdate<ClaimState, [RecordDeadlineEvent]>('recordDeadlineEvent');
export const tagCatastropheUpdate = defineUpdate<ClaimState, [TagCatastrophe]>('tagCatastrophe');
export const closeClaimUpdate = defineUpdate<ClaimState, [CloseClaim]>('closeClaim');
export const reopenClaimUpdate = defineUpdate<ClaimState, [ReopenClaim]>('reopenClaim');
export const referToInvestigationUpdate = defineUpdate<ClaimState, [ReferToInvestigation]>('referToInvestigation');
export const closeInvestigationUpdate = defineUpdate<ClaimState, [CloseInvestigation]>('closeInvestigation');
export const setLitigationUpdate = defineUpdate<ClaimState, [SetLitigation]>('setLitigation');
export const recordLiabilityUpdate = defineUpdate<ClaimState, [RecordLiability]>('recordLiability');
export const orderTowingUpdate = defineUpdate<ClaimState, [OrderTowing]>('orderTowing');
export const recordRepairUpdate = defineUpdate<ClaimState, [RecordRepair]>('recordRepair');
export const takeForBatchUpdate = defineUpdate<ClaimPayment[], [TakeForBatch]>('takeForBatch');
export const bankReportedUpdate = defineUpdate<ClaimState, [BankReported]>('bankReported');
/** A no-op that answers the state: how the API adopts a claim of the time before (update-with-start). */
export const claimStateUpdate = defineUpdate<ClaimState, []>('claimState');
export const claimQuery = defineQuery<ClaimState>('claim');
