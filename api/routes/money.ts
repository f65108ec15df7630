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
import { conflict, invalid, notFound } from '../errors';
import { reason } from '../fields';
import { paymentOrderSchema, paymentView, reserveChangeSchema, reserveEntryView, scheduleOrderSchema, scheduleView } from '../money/view';
import { runMoneyUpdate, startPaymentApproval, startPaymentSchedule } from '../money/workflows';
import { signalDeadlines } from '../backoffice/deadline-signals';
import { paymentMadeSignal } from '../../workflows/claim-deadlines/definitions';
import { brusselsDate } from '../../domain/rules/calendar';
import { route } from '../route';

const claimParams = z.object({ id: z.uuid() });
const paymentParams = z.object({ paymentId: z.uuid() });
const reasonBody = z.strictObject({ reason: reason(2000) });
const tag = 'money';

/** The money rules' refusal as the HTTP error the handler can act on. */
const httpErrorOfMoney = (error: unknown) => {
  if (!(error instanceof MoneyRefused)) return error;
  const { code, message, problems } = error.refusal;
  if (code === 'claim_not_found') return notFound('Claim');
  return code === 'not_payable' ? conflict('not_allowed_in_status', message) : invalid(message, problems);
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
    if (!claim) throw notFound('Claim');
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
  }, handlers, async ({ params }) => {
    await findClaim(params.id);
    const entries = await knex('reserveEntries').where({ declarationId: params.id }).orderBy('id');
    return { entries: entries.map(reserveEntryView), totals: await claimTotals(knex, params.id) };
  });

  route(router, {
    method: 'post', path: `${claimBase}/reserves`, tag, access, status: 201, params: claimParams, body: reserveChangeSchema,
    summary: 'Raise (positive amountCents) or lower (negative) a reserve, with a reason; it never goes below what is paid or promised on it.',
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
  }, handlers, async ({ params }) => {
    await findClaim(params.id);
    return (await knex('payments').where({ declarationId: params.id }).orderBy('createdAt')).map(paymentView);
  });

  route(router, {
    method: 'post', path: `${claimBase}/payments`, tag, access, status: 201, params: claimParams, body: paymentOrderSchema,
    summary: 'Pay from a reserve: paid at once within your authority limit, otherwise it awaits the approval of another, senior, handler.',
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
  }, handlers, async ({ query }) => (await knex('payments').where({ status: query.status }).orderBy('createdAt')).map(paymentView));

  const findPaymentAwaitingDecision = async (paymentId: string) => {
    const payment = await knex('payments').where({ id: paymentId }).first();
    if (!payment) throw notFound('Payment');
    if (!payment.workflowId) throw conflict('not_allowed_in_status', 'This payment was within its requester\'s authority; there is nothing to approve.');
    return { workflowId: payment.workflowId as string, status: payment.status as string, what: 'This payment' };
  };
  /** A claim refused (or otherwise no longer payable) since the payment was asked for: it can only be rejected now. */
  const mustStillBePayable = async (paymentId: string) => {
    const claim = await knex('payments').join('claims', 'claims.declarationId', 'payments.declarationId')
      .join('declarations', 'declarations.id', 'payments.declarationId').where('payments.id', paymentId)
      .first('claims.claimNumber', 'declarations.status');
    if (claim && !payableStatuses.includes(claim.status)) {
      throw conflict('not_allowed_in_status', `Claim ${claim.claimNumber} is ${claim.status.replace('_', ' ')}; it cannot be paid.`);
    }
  };
  route(router, {
    method: 'post', path: '/api/backoffice/payments/:paymentId/approve', tag, access: 'senior handlers, except the requester',
    summary: "Approve a payment above its requester's limit: it is paid. Never your own (four eyes).", params: paymentParams, body: z.strictObject({}),
  }, seniors, async ({ params }, req) => {
    const decision = await findPaymentAwaitingDecision(params.paymentId);
    await mustStillBePayable(params.paymentId);
    await runMoneyUpdate(client, decision, approvePaymentUpdate, { actor: actorOf(req) });
    const payment = await knex('payments').where({ id: params.paymentId }).first();
    await paymentMade(payment.declarationId);
    return paymentView(payment);
  });

  route(router, {
    method: 'post', path: '/api/backoffice/payments/:paymentId/reject', tag, access: 'senior handlers, except the requester',
    summary: "Reject a payment above its requester's limit, with a reason. Never your own (four eyes).", params: paymentParams, body: reasonBody,
  }, seniors, async ({ params, body }, req) => {
    await runMoneyUpdate(client, await findPaymentAwaitingDecision(params.paymentId), rejectPaymentUpdate, { actor: actorOf(req), reason: body.reason });
    return paymentView(await knex('payments').where({ id: params.paymentId }).first());
  });

  route(router, {
    method: 'get', path: `${claimBase}/payment-schedules`, tag, access, params: claimParams,
    summary: "The claim's payment schedules (Verzekerd Inkomen) with what they paid and what is still to come.",
  }, handlers, async ({ params }) => {
    await findClaim(params.id);
    return schedulesWithPayments({ declarationId: params.id });
  });

  route(router, {
    method: 'post', path: `${claimBase}/payment-schedules`, tag, access, status: 201, params: claimParams, body: scheduleOrderSchema,
    summary: 'Verzekerd Inkomen: pay a death benefit (€2,500 at once, the rest over 11 or 23 months) or an invalidity benefit (12 or 24 months); the total must fit the reserve.',
  }, handlers, async ({ params, body }, req) => {
    await findClaim(params.id);
    const scheduleId = randomUUID();
    await startPaymentSchedule(client, config.temporal.taskQueue, {
      scheduleId, declarationId: params.id, ...body, createdBy: actorOf(req), timing: { instalmentPeriod: config.money.instalmentPeriod },
    });
    return (await schedulesWithPayments({ id: scheduleId }))[0];
  });

  route(router, {
    method: 'post', path: '/api/backoffice/payment-schedules/:scheduleId/stop', tag, access, params: z.object({ scheduleId: z.uuid() }), body: reasonBody,
    summary: 'Stop the remaining instalments of a payment schedule, with a reason; what is paid stays paid.',
  }, handlers, async ({ params, body }, req) => {
    const schedule = await knex('paymentSchedules').where({ id: params.scheduleId }).first();
    if (!schedule) throw notFound('Payment schedule');
    await runMoneyUpdate(client, { workflowId: schedule.workflowId, status: schedule.status, what: 'This payment schedule' }, stopScheduleUpdate, { actor: actorOf(req), reason: body.reason });
    return (await schedulesWithPayments({ id: params.scheduleId }))[0];
  });

  return router;
}
