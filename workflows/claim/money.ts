import type { ClaimState, Staff } from '../../domain/claim/state';
import { systemActor } from '../../domain/declaration';
import { durationMs } from '../../domain/duration';
import { schedulePlan } from '../../domain/money';
import * as checks from './checks';
import * as claim from './definitions';
import { copy, type ClaimProcess } from './process';
import { reassessRisk } from './risk';

/** The claim's money: reserves, payments and their approval, and the schedules that pay in instalments. */
export function registerMoney(p: ClaimProcess) {
  p.register(claim.changeReserveUpdate, p.keyed(checks.checkReserveChange, async ({ key, actor, costType, amountCents, reason }) => {
    p.state.reserveCents[costType] += amountCents;
    return p.commit({
      action: 'reserve_changed', by: actor, details: { costType, amountCents, reason: reason.trim() },
      reserveEntries: [{ key, costType, amountCents, reason: reason.trim(), author: actor }],
    });
  }));

  p.register(claim.requestPaymentUpdate, p.keyed(checks.checkPaymentRequest, async (request) => {
    const { state } = p;
    if (state.payments.some((payment) => payment.id === request.paymentId)) return copy(state);
    const withinAuthority = request.amountCents <= (request.actor.authorityLimitCents ?? 0);
    const at = p.now();
    const payment = p.newPayment({
      id: request.paymentId, costType: request.costType, amountCents: request.amountCents, payeeName: request.payeeName, iban: request.iban,
      bic: request.bic ?? null, requestedBy: request.actor,
      ...(withinAuthority
        ? { status: 'approved' as const, decidedBy: request.actor, decidedAt: at }
        : { escalateAt: Date.now() + durationMs(p.input.timing.approvalEscalateAfter) }),
    });
    state.payments.push(payment);
    const answer = await p.commit({
      action: withinAuthority ? 'payment_approved' : 'payment_approval_requested', by: request.actor, paymentIds: [payment.id],
      details: { paymentId: payment.id, costType: payment.costType, amountCents: payment.amountCents, payeeName: payment.payeeName, withinAuthority },
    });
    if (withinAuthority) await p.paymentMade();
    await reassessRisk(p); // a new account to pay may be shared with other customers' claims
    return answer;
  }));

  p.register(claim.approvePaymentUpdate, p.keyed((current, decision: claim.DecidePayment) => checks.checkPaymentDecision(current, decision, true), async ({ actor, paymentId }) => {
    const payment = checks.paymentOf(p.state, paymentId);
    Object.assign(payment, { status: 'approved', decidedBy: actor, decidedAt: p.now(), escalateAt: null });
    const answer = await p.commit({ action: 'payment_approved', by: actor, paymentIds: [paymentId], details: { paymentId, amountCents: payment.amountCents } });
    await p.paymentMade();
    return answer;
  }));

  p.register(claim.rejectPaymentUpdate, p.keyed(checks.checkReject, async ({ actor, paymentId, reason }) => {
    const payment = checks.paymentOf(p.state, paymentId);
    Object.assign(payment, { status: 'rejected', decidedBy: actor, decidedAt: p.now(), reason: reason!.trim(), escalateAt: null });
    return p.commit({ action: 'payment_rejected', by: actor, paymentIds: [paymentId], details: { paymentId, reason: payment.reason } });
  }));

  p.register(claim.cancelPaymentUpdate, p.keyed(checks.checkCancel, async ({ actor, paymentId, reason }) => {
    const payment = checks.paymentOf(p.state, paymentId);
    Object.assign(payment, { status: 'cancelled', decidedBy: actor, decidedAt: p.now(), reason: reason!.trim(), escalateAt: null });
    return p.commit({ action: 'payment_cancelled', by: actor, paymentIds: [paymentId], details: { paymentId, reason: payment.reason } });
  }));

  p.register(claim.startScheduleUpdate, p.keyed(checks.checkScheduleStart, async (order) => {
    const { state } = p;
    if (state.schedules.some((schedule) => schedule.id === order.scheduleId)) return copy(state);
    const at = p.now();
    state.schedules.push({
      id: order.scheduleId, kind: order.kind, costType: order.costType, totalCents: order.totalCents, spreadMonths: order.spreadMonths,
      plan: schedulePlan(order.kind, order.totalCents, order.spreadMonths), payeeName: order.payeeName, iban: order.iban, createdBy: order.actor,
      createdAt: at, status: 'running', paidCount: 0, paidCents: 0, nextDueAt: Date.now(), stopped: null,
    });
    const started = await p.commit({
      action: 'payment_schedule_started', by: order.actor, scheduleIds: [order.scheduleId],
      details: { scheduleId: order.scheduleId, kind: order.kind, totalCents: order.totalCents, spreadMonths: order.spreadMonths },
    });
    return (await payDueInstalments(p)) ?? started; // the first instalment (on death the lump sum) goes at once
  }));

  p.register(claim.stopScheduleUpdate, p.keyed(checks.checkScheduleStop, async ({ actor, scheduleId, reason }) => {
    const schedule = p.state.schedules.find((candidate) => candidate.id === scheduleId)!;
    Object.assign(schedule, { status: 'stopped', nextDueAt: null, stopped: { by: actor, reason: reason.trim(), at: p.now() } });
    return p.commit({
      action: 'payment_schedule_stopped', by: actor, scheduleIds: [scheduleId],
      details: { scheduleId, reason: reason.trim(), paidCount: schedule.paidCount, plannedCount: schedule.plan.length },
    });
  }));
}

/** Instalments due now become approved payments, one by one; the schedule completes with its last. */
export async function payDueInstalments(p: ClaimProcess): Promise<ClaimState | null> {
  const { state } = p;
  let answer: ClaimState | null = null;
  for (const schedule of state.schedules) {
    while (schedule.status === 'running' && schedule.nextDueAt !== null && schedule.nextDueAt <= Date.now()) {
      const planned = schedule.plan[schedule.paidCount];
      state.payments.push(p.newPayment({
        // Its id follows from the schedule and the instalment: the instalment is one payment, whatever runs twice.
        id: `${schedule.id.slice(0, 24)}${String(planned.instalmentNumber).padStart(12, '0')}`, costType: schedule.costType, amountCents: planned.amountCents,
        payeeName: schedule.payeeName, iban: schedule.iban, bic: null, requestedBy: { ...schedule.createdBy, authorityLimitCents: null } as Staff,
        status: 'approved', decidedBy: systemActor, decidedAt: p.now(), scheduleId: schedule.id, instalmentNumber: planned.instalmentNumber,
      }));
      schedule.paidCount += 1;
      schedule.paidCents += planned.amountCents;
      const last = schedule.paidCount >= schedule.plan.length;
      schedule.status = last ? 'completed' : 'running';
      schedule.nextDueAt = last ? null : schedule.nextDueAt + durationMs(p.input.timing.instalmentPeriod);
      answer = await p.commit({
        action: 'instalment_paid', by: systemActor, paymentIds: [state.payments.at(-1)!.id], scheduleIds: [schedule.id],
        details: { scheduleId: schedule.id, instalmentNumber: planned.instalmentNumber, amountCents: planned.amountCents, completed: last },
      });
    }
  }
  return answer;
}

/** Payments undecided too long reach every senior handler, once. */
export async function escalateApprovals(p: ClaimProcess) {
  for (const payment of p.state.payments.filter((candidate) => candidate.escalateAt !== null && candidate.escalateAt <= Date.now())) {
    payment.escalateAt = null;
    payment.escalatedAt = p.now();
    await p.commit({
      action: 'payment_approval_escalated', by: systemActor, paymentIds: [payment.id], details: { paymentId: payment.id },
      notifications: [{
        to: { role: 'senior_handler' }, kind: 'payment_approval_escalated', dedupeKey: `payment-escalation:${payment.id}`,
        params: { amountCents: payment.amountCents, payeeName: payment.payeeName, requestedBy: payment.requestedBy.name },
      }],
    });
  }
}
