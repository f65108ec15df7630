import type { Client } from '@temporalio/client';
import type { Request } from 'express';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { payableStatuses, paymentStatuses } from '../../domain/money';
import type { Config } from '../../runtime/config';
import {
  approvePaymentUpdate as legacyApprove, rejectPaymentUpdate as legacyReject,
} from '../../workflows/payment-approval/definitions';
import { stopScheduleUpdate as legacyStop } from '../../workflows/payment-schedule/definitions';
import {
  approvePaymentUpdate, cancelPaymentUpdate, changeReserveUpdate, rejectPaymentUpdate, requestPaymentUpdate, startScheduleUpdate, stopScheduleUpdate,
} from '../../workflows/claim/definitions';
import { paymentApprovalProcess } from '../../workflows/payment-approval/client';
import { paymentScheduleProcess } from '../../workflows/payment-schedule/client';
import { actorOf, authOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { phrase } from '../../i18n/phrase';
import { conflict, notFound } from '../errors';
import { reserveEntryView } from '../money/view';
import { paymentsWhere, schedulesWhere, totalsOf } from '../money/reads';
import { recordRead } from '../audit/reads';
import { claimContextOf } from '../claims/context';
import { readClaim } from '../claims/read';
import { hideReferredFrom } from '../claims/investigation-seclusion';
import { fileReaders } from '../claims/risk-access';
import { staffOf } from '../claims/target';
import { claimAsker } from '../money/ask-claim';
import { idForKey, requiredIdempotencyKey } from '../idempotency';
import { route } from '../route';
import { readerLanguage } from '../i18n/reader-language';
import {
  payment, paymentOrder, payments, paymentSchedule, paymentSchedules, reasoned, reserveChange, reserveChanged, reserves, scheduleOrder,
} from '../../contract/money';

const claimParams = z.object({ id: z.uuid() });
const paymentParams = z.object({ paymentId: z.uuid() });
const tag = 'money';
const keyed = 'Requires an Idempotency-Key header: the same key again answers the first request and changes nothing.';

/** Payments and schedules of the time before keep their own processes until they end. */
const isLegacyApproval = (workflowId: string | null) => Boolean(workflowId?.startsWith('payment-approval-'));
const isLegacySchedule = (workflowId: string | null) => Boolean(workflowId?.startsWith('payment-schedule-'));

/**
 * Reserves, payments (four eyes above the authority limit) and payment schedules of a claim ("claims use the
 * declaration's id"). Every change is asked of the claim's process under the request's Idempotency-Key, which is
 * also the update's id and names what the request creates; the answer is read back from the projection.
 */
export function moneyRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const askClaim = claimAsker(knex, client, claimContextOf(config));
  const handlers = [requireRole('handler', 'senior_handler')];
  const seniors = [requireRole('senior_handler')];
  const access = 'handlers and senior handlers';
  /** The claim's money is read by its handlers and by the SIU on the claims referred to it (investigation-seclusion.ts). */
  const readers = [fileReaders];
  const readAccess = 'handlers, senior handlers and the special investigation unit (the claims referred to it)';
  const claimBase = '/api/backoffice/claims/:id';

  /** A key already used for another request answers that request's update, not this one: nothing of ours is there. */
  const keyReused = () => conflict('idempotency_key_reused', phrase('api.money.keyReused'));
  const onePayment = async (where: Record<string, string>) => {
    const [found] = await paymentsWhere(knex, where);
    if (!found) throw keyReused();
    return found;
  };
  const oneSchedule = async (where: Record<string, string>) => {
    const [found] = await schedulesWhere(knex, where);
    if (!found) throw keyReused();
    return found;
  };

  route(router, {
    method: 'get', path: `${claimBase}/reserves`, tag, access: readAccess, params: claimParams,
    summary: "The claim's reserve entries (who, why, when) and its money per cost type and overall: reserve, paid (of which in transit), outstanding (reserve minus paid), what is still available for new payments, recoveries and net incurred.",
    response: reserves,
  }, readers, async ({ params }, req) => {
    await readClaim(knex, req, params.id, 'claim_reserves');
    const entries = await knex('reserveEntries').where({ declarationId: params.id }).orderBy('id');
    return { entries: entries.map((entry) => reserveEntryView(entry, readerLanguage(req))), totals: await totalsOf(knex, params.id) };
  });

  route(router, {
    method: 'post', path: `${claimBase}/reserves`, tag, access, status: 201, params: claimParams, body: reserveChange,
    summary: `Raise (positive amountCents) or lower (negative) a reserve, with a reason; it never goes below what is paid or promised on it. ${keyed}`,
    response: reserveChanged,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    await askClaim(params.id, changeReserveUpdate, { key, actor: await staffOf(knex, req), ...body });
    const entry = await knex('reserveEntries').where({ entryKey: key, declarationId: params.id }).first();
    if (!entry) throw keyReused();
    return { entry: reserveEntryView(entry, readerLanguage(req)), totals: await totalsOf(knex, params.id) };
  });

  route(router, {
    method: 'get', path: `${claimBase}/payments`, tag, access: readAccess, params: claimParams, summary: "The claim's payments, oldest first.",
    response: payments,
  }, readers, async ({ params }, req) => {
    await readClaim(knex, req, params.id, 'claim_payments');
    return paymentsWhere(knex, { declarationId: params.id });
  });

  route(router, {
    method: 'post', path: `${claimBase}/payments`, tag, access, status: 201, params: claimParams, body: paymentOrder,
    summary: `Pay from a reserve: approved at once within your authority limit (then sent to the bank in the next SEPA batch), otherwise it awaits the approval of another, senior, handler. ${keyed}`,
    response: payment,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    const paymentId = idForKey(key, 'payment');
    await askClaim(params.id, requestPaymentUpdate, { key, actor: await staffOf(knex, req), paymentId, ...body });
    return onePayment({ id: paymentId, declarationId: params.id });
  });

  route(router, {
    method: 'get', path: '/api/backoffice/payments', tag, access,
    summary: 'Payments by status, oldest first; `status=awaiting_approval` is the senior handlers\' approvals inbox.',
    query: z.object({ status: z.enum(paymentStatuses).default('awaiting_approval') }),
    response: payments,
  }, handlers, async ({ query }, req) => {
    const found = await paymentsWhere(knex, { status: query.status }, hideReferredFrom(knex, authOf(req).user.role, 'p.declaration_id'));
    await recordRead(knex, req, {
      subject: { type: 'payments', id: query.status }, what: 'payment_list', declarationIds: [...new Set<string>(found.map((one: { declarationId: string }) => one.declarationId))],
    });
    return found;
  });

  const findPayment = async (paymentId: string) => {
    const found = await knex('payments').where({ id: paymentId }).first('id', 'declarationId', 'workflowId', 'status');
    if (!found) throw notFound('payment');
    return found as { id: string; declarationId: string; workflowId: string | null; status: string };
  };
  /** Paid at once before claims had a process: no one decides on it any more. */
  const paidBefore = (found: { workflowId: string | null; status: string }) => found.status === 'paid' && !isLegacyApproval(found.workflowId);
  /** A claim refused (or otherwise no longer payable) since a payment of the time before was asked for: it can only be rejected now. */
  const mustStillBePayable = async (declarationId: string) => {
    const claim = await knex('claims').join('declarations', 'declarations.id', 'claims.declarationId')
      .where('claims.declarationId', declarationId).first('claims.claimNumber', 'declarations.status');
    if (claim && !payableStatuses.includes(claim.status)) {
      throw conflict('not_allowed_in_status', phrase('money.refusal.notPayable', { claimNumber: claim.claimNumber, status: claim.status }));
    }
  };
  /** A decision on a payment: by its own approval process if it dates from before, else by the claim's. */
  const decide = async (req: Request, paymentId: string, verdict: 'approve' | 'reject', reason?: string) => {
    const key = requiredIdempotencyKey(req);
    const found = await findPayment(paymentId);
    if (paidBefore(found)) throw conflict('not_allowed_in_status', phrase('api.money.nothingToApprove'));
    if (isLegacyApproval(found.workflowId)) {
      const legacy = { workflowId: found.workflowId as string, status: found.status };
      if (verdict === 'approve') {
        await mustStillBePayable(found.declarationId);
        await paymentApprovalProcess.update(client, legacy, legacyApprove, { actor: actorOf(req) }, key);
      } else {
        await paymentApprovalProcess.update(client, legacy, legacyReject, { actor: actorOf(req), reason: reason ?? '' }, key);
      }
    } else {
      const decision = { key, actor: await staffOf(knex, req), paymentId, ...(reason === undefined ? {} : { reason }) };
      await askClaim(found.declarationId, verdict === 'approve' ? approvePaymentUpdate : rejectPaymentUpdate, decision);
    }
    return onePayment({ id: paymentId });
  };

  route(router, {
    method: 'post', path: '/api/backoffice/payments/:paymentId/approve', tag, access: 'senior handlers, except the requester',
    summary: `Approve a payment above its requester's limit: it goes to the bank in the next SEPA batch. Never your own (four eyes). ${keyed}`,
    params: paymentParams, body: z.strictObject({}), response: payment,
  }, seniors, async ({ params }, req) => decide(req, params.paymentId, 'approve'));

  route(router, {
    method: 'post', path: '/api/backoffice/payments/:paymentId/reject', tag, access: 'senior handlers, except the requester',
    summary: `Reject a payment above its requester's limit, with a reason. Never your own (four eyes). ${keyed}`, params: paymentParams, body: reasoned,
    response: payment,
  }, seniors, async ({ params, body }, req) => decide(req, params.paymentId, 'reject', body.reason));

  route(router, {
    method: 'post', path: '/api/backoffice/payments/:paymentId/cancel', tag, access,
    summary: `Cancel a payment not yet sent to the bank, with a reason; its amount is available on the reserve again. ${keyed}`,
    params: paymentParams, body: reasoned, response: payment,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req);
    const found = await findPayment(params.paymentId);
    if (found.status === 'paid' || isLegacyApproval(found.workflowId)) throw conflict('not_allowed_in_status', phrase('api.money.legacyNotCancellable'));
    await askClaim(found.declarationId, cancelPaymentUpdate, { key, actor: await staffOf(knex, req), paymentId: found.id, reason: body.reason });
    return onePayment({ id: found.id });
  });

  route(router, {
    method: 'get', path: `${claimBase}/payment-schedules`, tag, access: readAccess, params: claimParams,
    summary: "The claim's payment schedules (Verzekerd Inkomen) with what they paid and what is still to come.",
    response: paymentSchedules,
  }, readers, async ({ params }, req) => {
    await readClaim(knex, req, params.id, 'claim_payment_schedules');
    return schedulesWhere(knex, { declarationId: params.id });
  });

  route(router, {
    method: 'post', path: `${claimBase}/payment-schedules`, tag, access, status: 201, params: claimParams, body: scheduleOrder,
    summary: `Verzekerd Inkomen: pay a death benefit (€2,500 at once, the rest over 11 or 23 months) or an invalidity benefit (12 or 24 months); the total must fit the reserve. ${keyed}`,
    response: paymentSchedule,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    const scheduleId = idForKey(key, 'schedule');
    await askClaim(params.id, startScheduleUpdate, { key, actor: await staffOf(knex, req), scheduleId, ...body });
    return oneSchedule({ id: scheduleId, declarationId: params.id });
  });

  route(router, {
    method: 'post', path: '/api/backoffice/payment-schedules/:scheduleId/stop', tag, access, params: z.object({ scheduleId: z.uuid() }), body: reasoned,
    summary: `Stop the remaining instalments of a payment schedule, with a reason; what is paid stays paid. ${keyed}`,
    response: paymentSchedule,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req);
    const schedule = await knex('paymentSchedules').where({ id: params.scheduleId }).first('id', 'declarationId', 'workflowId', 'status');
    if (!schedule) throw notFound('paymentSchedule');
    if (isLegacySchedule(schedule.workflowId)) {
      await paymentScheduleProcess.update(client, schedule, legacyStop, { actor: actorOf(req), reason: body.reason }, key);
    } else {
      await askClaim(schedule.declarationId, stopScheduleUpdate, { key, actor: await staffOf(knex, req), scheduleId: schedule.id, reason: body.reason });
    }
    return oneSchedule({ id: params.scheduleId });
  });

  return router;
}
