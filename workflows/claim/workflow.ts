import {
  allHandlersFinished, condition, getExternalWorkflowHandle, log, makeContinueAsNewFunc, ParentClosePolicy, proxyActivities, setHandler, startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { createActivities } from '../../activities';
import type { ClaimChange } from '../../domain/claim/change';
import { moneyOf } from '../../domain/claim/money';
import type { ClaimPayment, ClaimState, Staff } from '../../domain/claim/state';
import { systemActor } from '../../domain/declaration';
import { durationMs } from '../../domain/duration';
import { costTypes, schedulePlan } from '../../domain/money';
import { brusselsDate } from '../../domain/rules/calendar';
import { phrase } from '../../i18n/phrase';
import {
  amountAgreedSignal, claimAnsweredSignal, claimClosedSignal, deadlinesWorkflowId, inspectionReportSentSignal, paymentMadeSignal, reminderReceivedSignal,
} from '../claim-deadlines/definitions';
import { claimDeadlinesWorkflow } from '../claim-deadlines/workflow';
import { claimHandedOverSignal, declarationWorkflowId } from '../declaration/definitions';
import { notAllowed, refusalOf } from '../refusals';
import { activityOptions, checkpointOf, serially } from '../shared';
import * as checks from './checks';
import * as claim from './definitions';
import { openingState } from './opening';

const {
  projectClaim, checkClaimCoverage, adoptClaim, issueClaimDecisionLetters,
} = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));
/** How many recent idempotency keys and settled payments a run keeps: far above what one claim sees between two runs. */
const RECENT_KEYS = 500;
const SETTLED_PAYMENTS_KEPT = 50;
const defaultHistoryLimits = { historyBytes: 4 * 1024 * 1024, historyEvents: 4_000 };

/**
 * One claim (schadedossier), from opening to closing and, within the limitation period, reopening: it owns the
 * decision, the cover, the reserves, the payments up to the bank's answer, the schedules and the recoveries.
 * Every change is an update whose validator reads this state, so no two actions race; its activity writes the
 * ledger and the projection in one transaction, once.
 */
export async function claimWorkflow(input: ClaimInput): Promise<ClaimState> {
  const now = () => new Date().toISOString();
  const exclusively = serially();
  // Every handler's work queues behind the set-up below (adoption from the ledger, the cover check): an update
  // sent with the start, or right after the opening, finds the claim set up.
  let setUpDone!: () => void;
  const setUpFinished = new Promise<void>((resolve) => { setUpDone = resolve; });
  void exclusively(() => setUpFinished);
  let state: ClaimState = input.continued?.state ?? (input.opening ? openingState(input.declarationId, input.opening, workflowInfo().workflowId) : (undefined as never));
  const checkpoint = { current: state ? checkpointOf(state) : undefined };
  /** Until the claim is set up (adopted from the ledger, cover checked), validators wait for the handlers to check. */
  let ready = false;
  const validate = <A>(check: (state: ClaimState, arg: A) => unknown) => (arg: A) => {
    if (ready) check(state, arg);
  };

  const tellDeadlines = async (send: (handle: ReturnType<typeof getExternalWorkflowHandle>) => Promise<void>) => {
    try {
      await send(getExternalWorkflowHandle(deadlinesWorkflowId(state.declarationId)));
      return true;
    } catch (error) {
      log.warn('The claim has no deadlines to tell', { declarationId: state.declarationId, error: String(error) });
      return false;
    }
  };

  /** Applies an accepted change: a new revision, written to the ledger before the caller hears of it. Refused there, nothing changed. */
  async function commit(change: Omit<ClaimChange, 'state' | 'at'>): Promise<ClaimState> {
    state.revision += 1;
    pruneSettledPayments();
    try {
      await projectClaim({ ...change, at: now(), state: copy(state) });
    } catch (error) {
      checkpoint.current!.restore();
      throw refusalOf(error);
    }
    checkpoint.current!.stored();
    return copy(state);
  }
  const remember = (key: string) => {
    state.recentKeys = [...state.recentKeys.filter((known) => known !== key), key].slice(-RECENT_KEYS);
  };
  /** Settled payments beyond a bound leave the state; what they paid stays counted. */
  function pruneSettledPayments() {
    const settled = state.payments.filter((payment) => ['confirmed', 'returned', 'rejected', 'cancelled'].includes(payment.status));
    for (const payment of settled.slice(0, Math.max(0, settled.length - SETTLED_PAYMENTS_KEPT))) {
      if (payment.status === 'confirmed') state.settledPaidCents[payment.costType] += payment.amountCents;
      state.payments = state.payments.filter((kept) => kept.id !== payment.id);
    }
  }

  /** A keyed command seen before answers the state as it is: the first request's result stands. */
  const keyed = <A extends { key: string }>(check: (state: ClaimState, arg: A) => unknown, act: (arg: A) => Promise<ClaimState>) => ({
    handler: (arg: A) => exclusively(async () => {
      if (state.recentKeys.includes(arg.key)) return copy(state);
      await refreshLegacyMoney();
      check(state, arg);
      remember(arg.key);
      return act(arg);
    }),
    validator: (arg: A) => {
      if (ready && !state.recentKeys.includes(arg.key)) check(state, arg);
    },
  });
  const handle = <A>(check: (state: ClaimState, arg: A) => unknown, act: (arg: A) => Promise<ClaimState>) => ({
    handler: (arg: A) => exclusively(async () => {
      await refreshLegacyMoney();
      check(state, arg);
      return act(arg);
    }),
    validator: validate(check),
  });
  const register = <A, R>(update: import('@temporalio/common').UpdateDefinition<R, [A]>, spec: { handler: (arg: A) => Promise<R>; validator: (arg: A) => void }) =>
    setHandler(update, spec.handler, { validator: spec.validator });

  /** Payments and schedules begun before the claim had its process keep their own processes; the claim re-reads what they did. */
  async function refreshLegacyMoney() {
    if (!Object.values(state.legacyPromisedCents).some((cents) => cents > 0)) return;
    const { state: ledger } = await adoptClaim({ declarationId: state.declarationId });
    state.settledPaidCents = ledger.settledPaidCents;
    state.legacyPromisedCents = ledger.legacyPromisedCents;
    checkpoint.current!.stored();
  }

  const newPayment = (fields: Pick<ClaimPayment, 'id' | 'costType' | 'amountCents' | 'payeeName' | 'iban' | 'bic' | 'requestedBy'> & Partial<ClaimPayment>): ClaimPayment => ({
    status: 'awaiting_approval', requestedAt: now(), decidedBy: null, decidedAt: null, reason: null, escalateAt: null, escalatedAt: null,
    batchId: null, scheduleId: null, instalmentNumber: null, bank: null, ...fields,
  });
  const paymentMade = () => tellDeadlines((handle) => handle.signal(paymentMadeSignal, { paidOn: brusselsDate(now()) }));

  // Handlers first: an update sent with the start waits in the queue behind the set-up below.
  setHandler(claim.claimStateUpdate, () => exclusively(async () => copy(state)));
  setHandler(claim.claimQuery, () => state);

  register(claim.decideClaimUpdate, handle(checks.checkDecide, async (decide) => {
    const at = now();
    state.decision = { decision: decide.decision, reason: decide.reason?.trim() || null, missing: decide.missing ?? [], decidedBy: decide.actor, decidedAt: at };
    state.status = decide.decision === 'accept' ? 'accepted' : decide.decision === 'reserve' ? 'under_reservation' : 'refused';
    const decided = await commit({ action: 'decided', by: decide.actor, details: { decision: decide.decision }, declaration: { action: 'decided', details: { decision: decide.decision } } });
    await tellDeadlines((handle) => handle.signal(claimAnsweredSignal, { answeredOn: brusselsDate(at) })); // a decision is the reasoned answer
    await issueClaimDecisionLetters({ declarationId: state.declarationId, revision: state.revision });
    return decided;
  }));

  register(claim.reassignClaimUpdate, handle((current, { actor }: claim.ReassignClaim) => {
    checks.requireSenior(actor);
    checks.requireOpen(current);
  }, async ({ actor, handler }) => {
    const from = state.handler?.name ?? null;
    state.handler = handler;
    return commit({ action: 'reassigned', by: actor, details: { from, to: handler.name }, declaration: { action: 'reassigned', details: { from, to: handler.name } } });
  }));

  register(claim.confirmCoverUpdate, handle((current, { actor, reason }: claim.ConfirmCover) => {
    checks.requireSenior(actor);
    checks.requireOpen(current);
    if (current.coverage.status !== 'unverified') throw notAllowed(phrase('claim.refusal.coverageNotInDoubt', { status: current.coverage.status }));
    checks.needsReason(reason);
  }, async ({ actor, reason }) => {
    state.coverage = { ...state.coverage, status: 'confirmed', confirmed: { by: actor, reason: reason.trim(), at: now() } };
    return commit({ action: 'cover_confirmed', by: actor, details: { reason: reason.trim() } });
  }));

  register(claim.recordDeadlineEventUpdate, handle((current, { actor }: claim.RecordDeadlineEvent) => {
    checks.requireStaff(actor);
    checks.requireOpen(current);
  }, async ({ actor, event }) => {
    const told = await tellDeadlines((handle) =>
      event.kind === 'reminder' ? handle.signal(reminderReceivedSignal, { sentOn: event.sentOn })
        : event.kind === 'amount_agreed' ? handle.signal(amountAgreedSignal, { agreedOn: event.agreedOn })
          : handle.signal(inspectionReportSentSignal, { sentOn: event.sentOn }));
    if (!told) throw notAllowed(phrase('api.claim.noDeadlines'));
    const { kind, ...on } = event;
    return commit({ action: `deadline_${kind}`, by: actor, details: on });
  }));

  register(claim.changeReserveUpdate, keyed(checks.checkReserveChange, async ({ key, actor, costType, amountCents, reason }) => {
    state.reserveCents[costType] += amountCents;
    return commit({
      action: 'reserve_changed', by: actor, details: { costType, amountCents, reason: reason.trim() },
      reserveEntries: [{ key, costType, amountCents, reason: reason.trim(), author: actor }],
    });
  }));

  register(claim.requestPaymentUpdate, keyed(checks.checkPaymentRequest, async (request) => {
    if (state.payments.some((payment) => payment.id === request.paymentId)) return copy(state);
    const withinAuthority = request.amountCents <= (request.actor.authorityLimitCents ?? 0);
    const at = now();
    const payment = newPayment({
      id: request.paymentId, costType: request.costType, amountCents: request.amountCents, payeeName: request.payeeName, iban: request.iban,
      bic: request.bic ?? null, requestedBy: request.actor,
      ...(withinAuthority
        ? { status: 'approved' as const, decidedBy: request.actor, decidedAt: at }
        : { escalateAt: Date.now() + durationMs(input.timing.approvalEscalateAfter) }),
    });
    state.payments.push(payment);
    const answer = await commit({
      action: withinAuthority ? 'payment_approved' : 'payment_approval_requested', by: request.actor, paymentIds: [payment.id],
      details: { paymentId: payment.id, costType: payment.costType, amountCents: payment.amountCents, payeeName: payment.payeeName, withinAuthority },
    });
    if (withinAuthority) await paymentMade();
    return answer;
  }));

  register(claim.approvePaymentUpdate, keyed((current, decision: claim.DecidePayment) => checks.checkPaymentDecision(current, decision, true), async ({ actor, paymentId }) => {
    const payment = checks.paymentOf(state, paymentId);
    Object.assign(payment, { status: 'approved', decidedBy: actor, decidedAt: now(), escalateAt: null });
    const answer = await commit({ action: 'payment_approved', by: actor, paymentIds: [paymentId], details: { paymentId, amountCents: payment.amountCents } });
    await paymentMade();
    return answer;
  }));

  register(claim.rejectPaymentUpdate, keyed(checks.checkReject, async ({ actor, paymentId, reason }) => {
    const payment = checks.paymentOf(state, paymentId);
    Object.assign(payment, { status: 'rejected', decidedBy: actor, decidedAt: now(), reason: reason!.trim(), escalateAt: null });
    return commit({ action: 'payment_rejected', by: actor, paymentIds: [paymentId], details: { paymentId, reason: payment.reason } });
  }));

  register(claim.cancelPaymentUpdate, keyed(checks.checkCancel, async ({ actor, paymentId, reason }) => {
    const payment = checks.paymentOf(state, paymentId);
    Object.assign(payment, { status: 'cancelled', decidedBy: actor, decidedAt: now(), reason: reason!.trim(), escalateAt: null });
    return commit({ action: 'payment_cancelled', by: actor, paymentIds: [paymentId], details: { paymentId, reason: payment.reason } });
  }));

  register(claim.startScheduleUpdate, keyed(checks.checkScheduleStart, async (order) => {
    if (state.schedules.some((schedule) => schedule.id === order.scheduleId)) return copy(state);
    const at = now();
    state.schedules.push({
      id: order.scheduleId, kind: order.kind, costType: order.costType, totalCents: order.totalCents, spreadMonths: order.spreadMonths,
      plan: schedulePlan(order.kind, order.totalCents, order.spreadMonths), payeeName: order.payeeName, iban: order.iban, createdBy: order.actor,
      createdAt: at, status: 'running', paidCount: 0, paidCents: 0, nextDueAt: Date.now(), stopped: null,
    });
    const started = await commit({
      action: 'payment_schedule_started', by: order.actor, scheduleIds: [order.scheduleId],
      details: { scheduleId: order.scheduleId, kind: order.kind, totalCents: order.totalCents, spreadMonths: order.spreadMonths },
    });
    return (await payDueInstalments()) ?? started; // the first instalment (on death the lump sum) goes at once
  }));

  register(claim.stopScheduleUpdate, keyed(checks.checkScheduleStop, async ({ actor, scheduleId, reason }) => {
    const schedule = state.schedules.find((candidate) => candidate.id === scheduleId)!;
    Object.assign(schedule, { status: 'stopped', nextDueAt: null, stopped: { by: actor, reason: reason.trim(), at: now() } });
    return commit({
      action: 'payment_schedule_stopped', by: actor, scheduleIds: [scheduleId],
      details: { scheduleId, reason: reason.trim(), paidCount: schedule.paidCount, plannedCount: schedule.plan.length },
    });
  }));

  register(claim.openRecoveryUpdate, keyed(checks.checkRecovery, async ({ actor, recoveryId, kind, costType, expectedCents, counterparty }) => {
    if (state.recoveries.some((recovery) => recovery.id === recoveryId)) return copy(state);
    state.recoveries.push({
      id: recoveryId, kind, costType, expectedCents, receivedCents: 0, status: 'open', writtenOff: null, openedBy: actor, openedAt: now(),
      counterparty: { name: counterparty.name.trim(), insurer: counterparty.insurer?.trim() || null, reference: counterparty.reference?.trim() || null },
    });
    return commit({ action: 'recovery_opened', by: actor, recoveryIds: [recoveryId], details: { recoveryId, kind, costType, expectedCents, counterparty: counterparty.name } });
  }));

  register(claim.recordReceiptUpdate, keyed(checks.checkReceipt, async ({ actor, recoveryId, receiptId, amountCents, receivedOn }) => {
    const recovery = checks.recoveryOf(state, recoveryId);
    recovery.receivedCents += amountCents;
    recovery.status = recovery.receivedCents >= recovery.expectedCents ? 'recovered' : 'partly_recovered';
    return commit({
      action: 'recovery_received', by: actor, recoveryIds: [recoveryId], receipts: [{ id: receiptId, recoveryId, amountCents, receivedOn, by: actor }],
      details: { recoveryId, amountCents, receivedOn, status: recovery.status },
    });
  }));

  register(claim.writeOffRecoveryUpdate, keyed(checks.checkWriteOff, async ({ actor, recoveryId, reason }) => {
    const recovery = checks.recoveryOf(state, recoveryId);
    Object.assign(recovery, { status: 'written_off', writtenOff: { by: actor, reason: reason.trim(), at: now() } });
    return commit({ action: 'recovery_written_off', by: actor, recoveryIds: [recoveryId], details: { recoveryId, reason: reason.trim(), receivedCents: recovery.receivedCents } });
  }));

  register(claim.closeClaimUpdate, handle(checks.checkClose, async ({ actor, outcome, reason }) => {
    // What is left on the reserves is released, as entries of their own.
    const releases = costTypes.map((costType) => ({ costType, cents: moneyOf(state, costType).outstandingCents })).filter(({ cents }) => cents !== 0);
    const closing = state.revision + 1;
    for (const { costType, cents } of releases) state.reserveCents[costType] -= cents;
    state.closed = { outcome, reason: reason?.trim() || null, by: actor, at: now() };
    const closed = await commit({
      action: 'closed', by: actor, details: { outcome, reason: state.closed.reason },
      reserveEntries: releases.map(({ costType, cents }) => ({ key: `close:${state.declarationId}:${closing}:${costType}`, costType, amountCents: -cents, reason: 'claim.reserveReleasedAtClosing', author: actor })),
    });
    await tellDeadlines((handle) => handle.signal(claimClosedSignal));
    return closed;
  }));

  const reopenUntil = () => (state.closed ? Date.parse(state.closed.at) + durationMs(input.timing.reopenWithin) : null);
  register(claim.reopenClaimUpdate, handle((current, reopen: claim.ReopenClaim) => checks.checkReopen(current, reopen, reopenUntil(), Date.now()), async ({ actor, reason }) => {
    state.closed = null;
    state.reopened = { count: (state.reopened?.count ?? 0) + 1, reason: reason.trim(), by: actor, at: now() };
    return commit({ action: 'reopened', by: actor, details: { reason: reason.trim(), count: state.reopened.count } });
  }));

  // The bank's side: the daily batch takes what is approved; the bank's statement confirms or returns it.
  setHandler(claim.takeForBatchUpdate, ({ batchId }) => exclusively(async () => {
    const taken = state.payments.filter((payment) => payment.batchId === batchId);
    if (taken.length) return copy(taken);
    const approved = state.payments.filter((payment) => payment.status === 'approved');
    if (!approved.length) return [];
    for (const payment of approved) Object.assign(payment, { status: 'sent', batchId });
    await commit({ action: 'payments_sent', by: systemActor, paymentIds: approved.map((payment) => payment.id), details: { batchId, count: approved.length } });
    return copy(approved);
  }));

  setHandler(claim.bankReportedUpdate, (report) => exclusively(async () => {
    const payment = state.payments.find((candidate) => candidate.id === report.paymentId);
    if (!payment || payment.status !== 'sent') return copy(state); // reported before: the same file twice changes nothing
    if (report.amountCents !== undefined && report.amountCents !== payment.amountCents) {
      // Not this payment's answer as the bank tells it: the payment stays sent, and its handler looks into it.
      return commit({
        action: 'bank_amount_mismatch', by: systemActor, details: { paymentId: payment.id, amountCents: payment.amountCents, reportedCents: report.amountCents, statementId: report.statementId },
        notifications: state.handler ? [{
          to: { userId: state.handler.id }, kind: 'bank_amount_mismatch', dedupeKey: `bank-amount-mismatch:${payment.id}:${report.statementId}`,
          params: { claimNumber: state.claimNumber, amountCents: payment.amountCents, reportedCents: report.amountCents },
        }] : [],
      });
    }
    payment.status = report.outcome;
    payment.bank = { outcome: report.outcome, reasonCode: report.reasonCode, reasonText: report.reasonText, statementId: report.statementId, at: now() };
    const returned = report.outcome === 'returned';
    return commit({
      action: returned ? 'payment_returned' : 'payment_confirmed', by: systemActor, paymentIds: [payment.id],
      details: { paymentId: payment.id, amountCents: payment.amountCents, reasonCode: report.reasonCode, statementId: report.statementId },
      // A returned payment is no longer paid: its amount is back on the reserve, and the handler must act on it.
      notifications: returned && state.handler ? [{
        to: { userId: state.handler.id }, kind: 'payment_returned', dedupeKey: `payment-returned:${payment.id}`,
        params: { claimNumber: state.claimNumber, amountCents: payment.amountCents, payeeName: payment.payeeName, reasonCode: report.reasonCode },
      }] : [],
    });
  }));

  /** Instalments due now become approved payments, one by one; the schedule completes with its last. */
  async function payDueInstalments(): Promise<ClaimState | null> {
    let answer: ClaimState | null = null;
    for (const schedule of state.schedules) {
      while (schedule.status === 'running' && schedule.nextDueAt !== null && schedule.nextDueAt <= Date.now()) {
        const planned = schedule.plan[schedule.paidCount];
        state.payments.push(newPayment({
          id: `${schedule.id.slice(0, 24)}${String(planned.instalmentNumber).padStart(12, '0')}`, costType: schedule.costType, amountCents: planned.amountCents,
          payeeName: schedule.payeeName, iban: schedule.iban, bic: null, requestedBy: { ...schedule.createdBy, authorityLimitCents: null } as Staff,
          status: 'approved', decidedBy: systemActor, decidedAt: now(), scheduleId: schedule.id, instalmentNumber: planned.instalmentNumber,
        }));
        schedule.paidCount += 1;
        schedule.paidCents += planned.amountCents;
        const last = schedule.paidCount >= schedule.plan.length;
        schedule.status = last ? 'completed' : 'running';
        schedule.nextDueAt = last ? null : schedule.nextDueAt + durationMs(input.timing.instalmentPeriod);
        answer = await commit({
          action: 'instalment_paid', by: systemActor, paymentIds: [state.payments.at(-1)!.id], scheduleIds: [schedule.id],
          details: { scheduleId: schedule.id, instalmentNumber: planned.instalmentNumber, amountCents: planned.amountCents, completed: last },
        });
      }
    }
    return answer;
  }

  /** Payments undecided too long reach every senior handler, once. */
  async function escalateApprovals() {
    for (const payment of state.payments.filter((candidate) => candidate.escalateAt !== null && candidate.escalateAt <= Date.now())) {
      payment.escalateAt = null;
      payment.escalatedAt = now();
      await commit({
        action: 'payment_approval_escalated', by: systemActor, paymentIds: [payment.id], details: { paymentId: payment.id },
        notifications: [{
          to: { role: 'senior_handler' }, kind: 'payment_approval_escalated', dedupeKey: `payment-escalation:${payment.id}`,
          params: { amountCents: payment.amountCents, payeeName: payment.payeeName, requestedBy: payment.requestedBy.name },
        }],
      });
    }
  }

  const nextWakeAt = () => {
    const moments = [
      ...state.payments.map((payment) => payment.escalateAt),
      ...state.schedules.map((schedule) => (schedule.status === 'running' ? schedule.nextDueAt : null)),
      reopenUntil(),
    ].filter((moment): moment is number => moment !== null);
    return moments.length ? Math.min(...moments) : null;
  };

  const limits = { ...defaultHistoryLimits, ...input.limits };
  const historyFull = () => {
    const info = workflowInfo();
    return info.continueAsNewSuggested || info.historySize >= limits.historyBytes || info.historyLength >= limits.historyEvents;
  };

  await (async () => {
    if (input.continued) return;
    if (input.opening) {
      state.coverage = await checkClaimCoverage({ declarationId: input.declarationId });
      await startChild(claimDeadlinesWorkflow, {
        workflowId: deadlinesWorkflowId(input.declarationId), parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [{
          declarationId: input.declarationId, productLine: state.productLine, claimFiledOn: input.opening.claimFiledOn,
          simpleFireRisk: input.opening.simpleFireRisk, inspectionReportDueOn: input.opening.inspectionReportDueOn,
        }],
      });
      checkpoint.current = checkpointOf(state);
      await commit({ action: 'opened', by: input.opening.openedBy, details: { coverage: state.coverage.status, findings: state.coverage.findings } });
      return;
    }
    const adopted = await adoptClaim({ declarationId: input.declarationId });
    state = { ...adopted.state, workflowId: workflowInfo().workflowId, revision: 0, recentKeys: [] };
    checkpoint.current = checkpointOf(state);
    // The declaration's process took the decisions until now; from here on the claim does, and that process ends.
    if (state.status === 'in_handling' || state.status === 'under_reservation') {
      await getExternalWorkflowHandle(declarationWorkflowId(state.declarationId)).signal(claimHandedOverSignal).catch((error) =>
        log.warn('The declaration process had ended already', { declarationId: state.declarationId, error: String(error) }));
    }
    await commit({ action: 'taken_over', by: systemActor, details: {} });
  })();
  ready = true;
  setUpDone();

  for (;;) {
    if (historyFull()) {
      await condition(allHandlersFinished);
      const continueAsNew = makeContinueAsNewFunc<typeof claimWorkflow>({ typedSearchAttributes: workflowInfo().typedSearchAttributes });
      return continueAsNew({ ...input, continued: { state: copy(state) } });
    }
    const revision = state.revision;
    const changed = () => state.revision !== revision || historyFull();
    const wakeAt = nextWakeAt();
    if (wakeAt === null) {
      await condition(changed);
      continue;
    }
    if (await condition(changed, Math.max(1, wakeAt - Date.now()))) continue;
    const over = await exclusively(async () => {
      await escalateApprovals();
      await payDueInstalments();
      const until = reopenUntil();
      return until !== null && Date.now() >= until; // closed, and the limitation period has passed: nothing can happen to it any more
    });
    if (over) break;
  }
  await condition(allHandlersFinished);
  return state;
}

type ClaimInput = claim.ClaimInput;
