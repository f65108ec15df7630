import type { Actor } from '../../domain/declaration';
import { moneyOf } from '../../domain/claim/money';
import type { ClaimPayment, ClaimState } from '../../domain/claim/state';
import { closeOutcomes, unsettledPaymentStatuses } from '../../domain/claim/state';
import { payableStatuses } from '../../domain/money';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { checkDecision } from '../decision-checks';
import { forbidden, invalidFields, notAllowed } from '../refusals';
import { isStaff } from '../shared';
import type {
  AddNote, ChangeReserve, CloseClaim, DecideClaim, DecidePayment, OpenRecovery, RecordReceipt, ReopenClaim, RequestPayment, StartSchedule, StopSchedule,
  WriteOffRecovery,
} from './definitions';

/**
 * What the claim's process checks before it accepts an action: pure functions of its own state, run by the
 * update validators (so a refusal leaves no trace) and again by the handlers when their turn comes.
 */

export const requireStaff = (actor: Actor) => {
  if (!isStaff(actor)) throw forbidden(phrase('claim.refusal.handlersOnly'));
};
export const requireSenior = (actor: Actor) => {
  if (actor.role !== 'senior_handler') throw forbidden(phrase('claim.refusal.seniorsOnly'));
};
export const needsReason = (reason: string | undefined, field = 'reason') => {
  if (!reason?.trim()) throw invalidFields(phrase('claim.refusal.reasonMissing'), [fieldProblem(field, 'claim.problem.reason')]);
};

export function requireOpen(state: ClaimState) {
  if (state.closed) throw notAllowed(phrase('claim.refusal.closed', { claimNumber: state.claimNumber, outcome: state.closed.outcome }));
}

/** Money leaves only a claim that is handled or accepted, and whose cover is verified or confirmed by a senior handler. */
export function requirePayable(state: ClaimState) {
  requireOpen(state);
  if (!payableStatuses.includes(state.status)) {
    throw notAllowed(phrase('money.refusal.notPayable', { claimNumber: state.claimNumber, status: state.status }));
  }
  if (state.coverage.status === 'unverified') throw notAllowed(phrase('claim.refusal.coverageUnverified', { claimNumber: state.claimNumber }));
}

export function checkDecide(state: ClaimState, { actor, decision, reason, missing }: DecideClaim) {
  requireStaff(actor);
  requireOpen(state);
  checkDecision(state.status, { decision, reason, missing });
  // A refused claim pays nothing more: a running benefit schedule is stopped first, with its own reason.
  if (decision === 'refuse' && (state.schedules.some((schedule) => schedule.status === 'running') || legacyPromises(state))) {
    throw notAllowed(phrase('api.claim.scheduleRunning'));
  }
}

/** Payments awaiting approval and schedules begun before the claim had its process, still promising money. */
const legacyPromises = (state: ClaimState) => Object.values(state.legacyPromisedCents).some((cents) => cents > 0);

export function checkReserveChange(state: ClaimState, { actor, costType, amountCents, reason }: ChangeReserve) {
  requireStaff(actor);
  requireOpen(state);
  needsReason(reason);
  const money = moneyOf(state, costType);
  const floor = money.paidCents + money.awaitingApprovalCents + money.scheduledCents;
  if (money.reserveCents + amountCents < floor) {
    throw invalidFields(phrase('money.refusal.reserveBelowPromised'), [fieldProblem('amountCents', 'money.problem.reserveFloor', {
      costType, reserveCents: money.reserveCents, promisedCents: floor, marginCents: money.reserveCents - floor,
    })]);
  }
}

const fitsReserve = (state: ClaimState, costType: ClaimPayment['costType'], cents: number, field: string, refusal: 'paymentExceedsReserve' | 'scheduleExceedsReserve') => {
  const available = moneyOf(state, costType).availableCents;
  if (cents > available) {
    throw invalidFields(phrase(`money.refusal.${refusal}`), [fieldProblem(field, 'money.problem.available', { costType, availableCents: Math.max(0, available) })]);
  }
};

export function checkPaymentRequest(state: ClaimState, request: RequestPayment) {
  requireStaff(request.actor);
  requirePayable(state);
  if (request.amountCents <= 0) throw invalidFields(phrase('money.refusal.paymentExceedsReserve'), [fieldProblem('amountCents', 'api.field.paymentPositive')]);
  fitsReserve(state, request.costType, request.amountCents, 'amountCents', 'paymentExceedsReserve');
}

export const paymentOf = (state: ClaimState, paymentId: string) => {
  const payment = state.payments.find((candidate) => candidate.id === paymentId);
  if (!payment) throw notAllowed(phrase('claim.refusal.unknownPayment'));
  return payment;
};

/** Four eyes, and enough authority of one's own: the approver is a senior handler, not the requester, whose limit covers the amount. */
export function checkPaymentDecision(state: ClaimState, { actor, paymentId }: DecidePayment, approving: boolean) {
  requireSenior(actor);
  const payment = paymentOf(state, paymentId);
  if (actor.userId === payment.requestedBy.userId) throw forbidden(phrase('money.refusal.fourEyes'));
  if (payment.status !== 'awaiting_approval') throw notAllowed(phrase('money.refusal.notAwaitingApproval', { status: payment.status }));
  if (!approving) return payment;
  if ((actor.authorityLimitCents ?? 0) < payment.amountCents) {
    throw forbidden(phrase('claim.refusal.approverLimit', { amountCents: payment.amountCents, limitCents: actor.authorityLimitCents ?? 0 }));
  }
  requirePayable(state);
  return payment;
}

export function checkReject(state: ClaimState, decision: DecidePayment) {
  checkPaymentDecision(state, decision, false);
  needsReason(decision.reason);
}

export function checkCancel(state: ClaimState, { actor, paymentId, reason }: DecidePayment) {
  requireStaff(actor);
  const payment = paymentOf(state, paymentId);
  if (payment.status !== 'awaiting_approval' && payment.status !== 'approved') {
    throw notAllowed(phrase('claim.refusal.notCancellable', { status: payment.status }));
  }
  needsReason(reason);
}

export function checkScheduleStart(state: ClaimState, order: StartSchedule) {
  requireStaff(order.actor);
  requirePayable(state);
  fitsReserve(state, order.costType, order.totalCents, 'totalCents', 'scheduleExceedsReserve');
}

export function checkScheduleStop(state: ClaimState, { actor, scheduleId, reason }: StopSchedule) {
  requireStaff(actor);
  const schedule = state.schedules.find((candidate) => candidate.id === scheduleId);
  if (!schedule) throw notAllowed(phrase('claim.refusal.unknownSchedule'));
  if (schedule.status !== 'running') throw notAllowed(phrase('money.refusal.scheduleNotRunning', { status: schedule.status }));
  needsReason(reason);
}

export function checkRecovery(state: ClaimState, { actor, expectedCents, counterparty }: OpenRecovery) {
  requireStaff(actor);
  requireOpen(state);
  const problems = [];
  if (!(expectedCents > 0)) problems.push(fieldProblem('expectedCents', 'claim.problem.positiveAmount'));
  if (!counterparty?.name?.trim()) problems.push(fieldProblem('counterparty.name', 'claim.problem.counterparty'));
  if (problems.length) throw invalidFields(phrase('claim.refusal.recoveryIncomplete'), problems);
}

export const recoveryOf = (state: ClaimState, recoveryId: string) => {
  const recovery = state.recoveries.find((candidate) => candidate.id === recoveryId);
  if (!recovery) throw notAllowed(phrase('claim.refusal.unknownRecovery'));
  return recovery;
};

export function checkReceipt(state: ClaimState, { actor, recoveryId, amountCents }: RecordReceipt) {
  requireStaff(actor);
  const recovery = recoveryOf(state, recoveryId);
  if (recovery.status === 'written_off') throw notAllowed(phrase('claim.refusal.recoveryWrittenOff'));
  if (!(amountCents > 0)) throw invalidFields(phrase('claim.refusal.recoveryIncomplete'), [fieldProblem('amountCents', 'claim.problem.positiveAmount')]);
}

export function checkWriteOff(state: ClaimState, { actor, recoveryId, reason }: WriteOffRecovery) {
  requireStaff(actor);
  const recovery = recoveryOf(state, recoveryId);
  if (recovery.status === 'written_off' || recovery.status === 'recovered') throw notAllowed(phrase('claim.refusal.recoveryFinished', { status: recovery.status }));
  needsReason(reason);
}

/** A claim closes with an outcome that fits it, and only once no money is on its way and no schedule runs. */
export function checkClose(state: ClaimState, { actor, outcome, reason }: CloseClaim) {
  requireStaff(actor);
  requireOpen(state);
  if (!closeOutcomes.includes(outcome)) throw invalidFields(phrase('claim.refusal.closeIncomplete'), [fieldProblem('outcome', 'claim.problem.outcome')]);
  const unsettled = state.payments.filter((payment) => unsettledPaymentStatuses.includes(payment.status)).length;
  if (unsettled) throw notAllowed(phrase('claim.refusal.paymentsUnsettled', { count: unsettled }));
  if (state.schedules.some((schedule) => schedule.status === 'running')) throw notAllowed(phrase('claim.refusal.scheduleRunning'));
  if (legacyPromises(state)) throw notAllowed(phrase('claim.refusal.scheduleRunning'));
  const paid = moneyOf(state, 'indemnity').paidCents + moneyOf(state, 'expenses').paidCents;
  const fits = outcome === 'refused' ? state.status === 'refused'
    : outcome === 'paid' ? state.status === 'accepted' && paid > 0
      : outcome === 'no_payment' ? (state.status === 'accepted' || state.status === 'refused') && paid === 0
        : true;
  if (!fits) throw notAllowed(phrase('claim.refusal.outcomeDoesNotFit', { outcome, status: state.status, paidCents: paid }));
  if (outcome === 'duplicate' || outcome === 'withdrawn') needsReason(reason);
}

export function checkReopen(state: ClaimState, { actor, reason }: ReopenClaim, reopenUntil: number | null, now: number) {
  requireStaff(actor);
  if (!state.closed) throw notAllowed(phrase('claim.refusal.notClosed'));
  if (reopenUntil !== null && now > reopenUntil) throw notAllowed(phrase('claim.refusal.limitationPassed', { closedAt: state.closed.at }));
  needsReason(reason);
}

/** What a note may hold: far above any real note, far below what a history can carry. */
export const MAX_NOTE_CHARACTERS = 10_000;

export function checkNote(_state: ClaimState, { actor, text, confidential }: AddNote) {
  // The SIU notes on the claims referred to it (the API lets it reach no other), confidential notes too.
  if (actor.role !== 'siu') requireStaff(actor);
  if (confidential && actor.role !== 'senior_handler' && actor.role !== 'siu') throw forbidden(phrase('claim.refusal.confidentialNotes'));
  if (!text?.trim()) throw invalidFields(phrase('claim.refusal.noteEmpty'), [fieldProblem('text', 'claim.problem.noteText')]);
  if (text.length > MAX_NOTE_CHARACTERS) throw invalidFields(phrase('claim.refusal.noteTooLong'), [fieldProblem('text', 'field.limit.tooLong', { maximum: MAX_NOTE_CHARACTERS })]);
}
