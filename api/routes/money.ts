import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { changeReserve, claimTotals, MoneyRefused, recordPayment } from '../../db/ledger';
import { payableStatuses, paymentStatuses } from '../../domain/money';
import type { Config } from '../../runtime/config';
import { approvePaymentUpdate, rejectPaymentUpdate } from '../../workflows/payment-approval/definitions';
import { stopScheduleUpdate } from '../../workflows/payment-schedule/definitions';
import { actorOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { phrase } from '../../i18n/phrase';
import { conflict, invalid, notFound } from '../errors';
import { paymentView, reserveEntryView, scheduleView } from '../money/view';
import { paymentApprovalProcess, startPaymentApproval } from '../../workflows/payment-approval/client';
import { paymentScheduleProcess, startPaymentSchedule } from '../../workflows/payment-schedule/client';
import { idempotencyKeyOf } from '../idempotency';
import { signalDeadlines } from '../backoffice/deadline-signals';
import { paymentMadeSignal } from '../../workflows/claim-deadlines/definitions';
import { brusselsDate } from '../../domain/rules/calendar';
import { route } from '../route';
import {
  payment, paymentOrder, payments, paymentSchedule, paymentSchedules, reasoned, reserveChange, reserveChanged, reserves, scheduleOrder,
} from '../../contract/money';

const claimParams = z.object({ id: z.uuid() });
const paymentParams = z.object({ paymentId: z.uuid() });
const tag = 'money';

/** The money rules' refusal as the HTTP error the handler can act on. */
const httpErrorOfMoney = (error: unknown) => {
  if (!(error instanceof MoneyRefused)) return error;
  const { code, phrase: said, problems } = error.refusal;
  if (code === 'claim_not_found') return notFound('claim');
  return code === 'not_payable' ? conflict('not_allowed_in_status', said) : invalid(said, problems);
};

/** Reserves, payments (four eyes above the authority limit) and payment schedules of a claim ("claims use the declaration's id"). */
export function moneyRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  /** A payment meets the claim's 30-day payment deadline, if one runs. */
  const paymentMade = (declarationId: string) =>
    signalDeadlines(client, declarationId, paymentMadeSignal, { paidOn: brusselsDate(new Date()) });
  const handlers = [requireRole('handler', 'senior_handler')];
  const seniors = [requireRole('senior_handler')];
  const access = 'handlers and senior handlers';
  const claimBase = '/api/backoffice/claims/:id';

  const findClaim = async (declarationId: string) => {
    const claim = await knex('claims').where({ declarationId }).first('declarationId');
    if (!claim) throw notFound('claim');
  };
  const schedulesWithPayments = async (where: Record<string, string>) => {
    const schedules = await knex('paymentSchedules').where(where).orderBy('createdAt');
    const paid = await knex('payments').whereIn('scheduleId', schedules.map((s) => s.id)).groupBy('scheduleId')
      .select('scheduleId', knex.raw('count(*)::int as count'), knex.raw('sum(amount_cents)::int as cents'));
    const byId = new Map(paid.map((row) => [row.scheduleId, { count: row.count, cents: row.cents }]));
    return schedules.map((schedule) => scheduleView(schedule, byId.get(schedule.id) ?? { count: 0, cents: 0 }));
  };

  route(router, {
    method: 'get', path: `${claimBase}/reserves`, tag, access, params: claimParams,
    summary: "The claim's reserve entries (who, why, when) and its money per cost type and overall: reserve, paid, outstanding (reserve minus paid), and what is still available for new payments.",
    response: reserves,
  }, handlers, async ({ params }) => {
    await findClaim(params.id);
    const entries = await knex('reserveEntries').where({ declarationId: params.id }).orderBy('id');
    return { entries: entries.map(reserveEntryView), totals: await claimTotals(knex, params.id) };
  });

  route(router, {
    method: 'post', path: `${claimBase}/reserves`, tag, access, status: 201, params: claimParams, body: reserveChange,
    summary: 'Raise (positive amountCents) or lower (negative) a reserve, with a reason; it never goes below what is paid or promised on it.',
    response: reserveChanged,
  }, handlers, async ({ params, body }, req) => {
    try {
      const entry = await changeReserve(knex, { declarationId: params.id, ...body, author: actorOf(req) });
      return { entry: reserveEntryView(entry), totals: await claimTotals(knex, params.id) };
    } catch (error) {
      throw httpErrorOfMoney(error);
    }
  });

  route(router, {
    method: 'get', path: `${claimBase}/payments`, tag, access, params: claimParams, summary: "The claim's payments, oldest first.",
    response: payments,
  }, handlers, async ({ params }) => {
    await findClaim(params.id);
    return (await knex('payments').where({ declarationId: params.id }).orderBy('createdAt')).map(paymentView);
  });

  route(router, {
    method: 'post', path: `${claimBase}/payments`, tag, access, status: 201, params: claimParams, body: paymentOrder,
    summary: 'Pay from a reserve: paid at once within your authority limit, otherwise it awaits the approval of another, senior, handler.',
    response: payment,
  }, handlers, async ({ params, body }, req) => {
    await findClaim(params.id);
    const actor = actorOf(req);
    const order = { paymentId: randomUUID(), declarationId: params.id, ...body, requestedBy: actor };
    const { authorityLimitCents } = await knex('users').where({ id: actor.userId }).first('authorityLimitCents');
    if (body.amountCents <= (authorityLimitCents ?? 0)) {
      let paid;
      try {
        paid = await recordPayment(knex, order, { status: 'paid' });
      } catch (error) {
        throw httpErrorOfMoney(error);
      }
      await paymentMade(params.id);
      return paymentView(paid);
    }
    await startPaymentApproval(client, config.temporal.taskQueue, { ...order, timing: { escalateAfter: config.money.paymentApprovalEscalateAfter } });
    return paymentView(await knex('payments').where({ id: order.paymentId }).first());
  });

  route(router, {
    method: 'get', path: '/api/backoffice/payments', tag, access,
    summary: 'Payments by status, oldest first; `status=awaiting_approval` is the senior handlers\' approvals inbox.',
    query: z.object({ status: z.enum(paymentStatuses).default('awaiting_approval') }),
    response: payments,
  }, handlers, async ({ query }) => (await knex('payments').where({ status: query.status }).orderBy('createdAt')).map(paymentView));

  const findPaymentAwaitingDecision = async (paymentId: string) => {
    const payment = await knex('payments').where({ id: paymentId }).first();
    if (!payment) throw notFound('payment');
    if (!payment.workflowId) throw conflict('not_allowed_in_status', phrase('api.money.nothingToApprove'));
    return { workflowId: payment.workflowId as string, status: payment.status as string };
  };
  /** A claim refused (or otherwise no longer payable) since the payment was asked for: it can only be rejected now. */
  const mustStillBePayable = async (paymentId: string) => {
    const claim = await knex('payments').join('claims', 'claims.declarationId', 'payments.declarationId')
      .join('declarations', 'declarations.id', 'payments.declarationId').where('payments.id', paymentId)
      .first('claims.claimNumber', 'declarations.status');
    if (claim && !payableStatuses.includes(claim.status)) {
      throw conflict('not_allowed_in_status', phrase('money.refusal.notPayable', { claimNumber: claim.claimNumber, status: claim.status }));
    }
  };
  route(router, {
    method: 'post', path: '/api/backoffice/payments/:paymentId/approve', tag, access: 'senior handlers, except the requester',
    summary: "Approve a payment above its requester's limit: it is paid. Never your own (four eyes).", params: paymentParams, body: z.strictObject({}),
    response: payment,
  }, seniors, async ({ params }, req) => {
    const decision = await findPaymentAwaitingDecision(params.paymentId);
    await mustStillBePayable(params.paymentId);
    await paymentApprovalProcess.update(client, decision, approvePaymentUpdate, { actor: actorOf(req) }, idempotencyKeyOf(req));
    const payment = await knex('payments').where({ id: params.paymentId }).first();
    await paymentMade(payment.declarationId);
    return paymentView(payment);
  });

  route(router, {
    method: 'post', path: '/api/backoffice/payments/:paymentId/reject', tag, access: 'senior handlers, except the requester',
    summary: "Reject a payment above its requester's limit, with a reason. Never your own (four eyes).", params: paymentParams, body: reasoned,
    response: payment,
  }, seniors, async ({ params, body }, req) => {
    await paymentApprovalProcess.update(client, await findPaymentAwaitingDecision(params.paymentId), rejectPaymentUpdate, { actor: actorOf(req), reason: body.reason }, idempotencyKeyOf(req));
    return paymentView(await knex('payments').where({ id: params.paymentId }).first());
  });

  route(router, {
    method: 'get', path: `${claimBase}/payment-schedules`, tag, access, params: claimParams,
    summary: "The claim's payment schedules (Verzekerd Inkomen) with what they paid and what is still to come.",
    response: paymentSchedules,
  }, handlers, async ({ params }) => {
    await findClaim(params.id);
    return schedulesWithPayments({ declarationId: params.id });
  });

  route(router, {
    method: 'post', path: `${claimBase}/payment-schedules`, tag, access, status: 201, params: claimParams, body: scheduleOrder,
    summary: 'Verzekerd Inkomen: pay a death benefit (€2,500 at once, the rest over 11 or 23 months) or an invalidity benefit (12 or 24 months); the total must fit the reserve.',
    response: paymentSchedule,
  }, handlers, async ({ params, body }, req) => {
    await findClaim(params.id);
    const scheduleId = randomUUID();
    await startPaymentSchedule(client, config.temporal.taskQueue, {
      scheduleId, declarationId: params.id, ...body, createdBy: actorOf(req), timing: { instalmentPeriod: config.money.instalmentPeriod },
    });
    return (await schedulesWithPayments({ id: scheduleId }))[0];
  });

  route(router, {
    method: 'post', path: '/api/backoffice/payment-schedules/:scheduleId/stop', tag, access, params: z.object({ scheduleId: z.uuid() }), body: reasoned,
    summary: 'Stop the remaining instalments of a payment schedule, with a reason; what is paid stays paid.',
    response: paymentSchedule,
  }, handlers, async ({ params, body }, req) => {
    const schedule = await knex('paymentSchedules').where({ id: params.scheduleId }).first();
    if (!schedule) throw notFound('paymentSchedule');
    await paymentScheduleProcess.update(client, schedule, stopScheduleUpdate, { actor: actorOf(req), reason: body.reason }, idempotencyKeyOf(req));
    return (await schedulesWithPayments({ id: params.scheduleId }))[0];
  });

  return router;
}
