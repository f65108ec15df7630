import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { MotorFault } from '../../domain/claim/motor-fault';
import { brusselsDate } from '../../domain/rules/calendar';
import { INSURED_VALUE_RAISE_PERCENT, jokerStatus } from '../../domain/rules/motor-fault';
import type { Config } from '../../runtime/config';
import { orderTowingUpdate, recordLiabilityUpdate, recordRepairUpdate } from '../../workflows/claim/definitions';
import { requireOrganisation, requireRole } from '../auth/guards';
import { recordRead } from '../audit/reads';
import { claimContextOf } from '../claims/context';
import { readClaim } from '../claims/read';
import { fileReaders } from '../claims/risk-access';
import { staffOf } from '../claims/target';
import { notFound } from '../errors';
import { idForKey, requiredIdempotencyKey } from '../idempotency';
import { claimAsker } from '../money/ask-claim';
import { route } from '../route';
import { liabilityOrder, motorFaultFile, policyJoker, repairOrder, towingOrder, type PolicyJoker } from '../../contract/motor-fault';

const claimParams = z.object({ id: z.uuid() });
const tag = 'motor';
const access = 'handlers and senior handlers';
const keyed = 'Requires an Idempotency-Key header: the same key again answers the first request and changes nothing.';

/** A motor policy's Joker as it stands today: its record, the claims in fault on it, the last one that used a Joker. */
export async function policyJokerOf(knex: Knex, policyId: string, today = brusselsDate(new Date())): Promise<PolicyJoker | null> {
  const policy = await knex('policies').where({ id: policyId }).first('id', 'policyNumber', 'productLine', 'startDate', 'terms');
  if (!policy || policy.productLine !== 'motor') return null;
  const accidents = await knex('policyAccidentsInFault').where({ policyId }).orderBy('accidentOn', 'desc').select('claimNumber', 'accidentOn', 'jokerUsed');
  const status = jokerStatus(policy.terms?.claimFreeSince ?? policy.startDate, accidents.map((row: { accidentOn: string }) => row.accidentOn), today);
  const used = accidents.find((row: { jokerUsed: boolean }) => row.jokerUsed);
  return {
    policyId: policy.id, policyNumber: policy.policyNumber, available: status.available, claimFreeSince: status.claimFreeSince, earnedOn: status.earnedOn,
    lastUsed: used ? { claimNumber: used.claimNumber, accidentOn: used.accidentOn } : null,
    insuredValueRaised: policy.terms?.insuredValueRaisePercent === INSURED_VALUE_RAISE_PERCENT,
  };
}

/**
 * A motor claim: what fault decides (seed 001) — the liability established and its consequences (driver cover, Joker,
 * 58+ guarantee, recovery on the other side's insurer), towing, the repair and its replacement vehicle. The claim's
 * process decides; these routes ask it and read its projection.
 */
export function motorFaultRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const askClaim = claimAsker(knex, client, claimContextOf(config));
  const handlers = [requireRole('handler', 'senior_handler')];
  const base = '/api/backoffice/claims/:id/motor-fault';

  const fileOf = async (declarationId: string) => {
    const [row, orders, declaration] = await Promise.all([
      knex('claimMotorFault').where({ declarationId }).first('liability', 'repair'),
      knex('claimTowingOrders').where({ declarationId }).orderBy('orderedAt').orderBy('id'),
      knex('declarations').where({ id: declarationId }).first('policyId'),
    ]);
    const fault: MotorFault = {
      liability: row?.liability ?? null,
      repair: row?.repair ?? null,
      towingOrders: orders.map((order: Record<string, any>) => ({
        id: order.id, country: order.country, towedTo: order.towedTo, unharmedOccupants: order.unharmedOccupants, provider: order.provider,
        costCents: order.costCents, orderedBy: order.orderedBy, orderedAt: new Date(order.orderedAt).toISOString(),
      })),
    };
    return { ...fault, policy: declaration?.policyId ? await policyJokerOf(knex, declaration.policyId) : null };
  };

  route(router, {
    method: 'get', path: base, tag, access: 'handlers, senior handlers and the special investigation unit (the claims referred to it)', params: claimParams,
    summary: "The motor claim's liability and what it decided, its towing orders, its repair and replacement vehicle, and its policy's Joker.",
    response: motorFaultFile,
  }, [fileReaders], async ({ params }, req) => {
    await readClaim(knex, req, params.id, 'claim_motor_fault');
    return fileOf(params.id);
  });

  route(router, {
    method: 'post', path: `${base}/liability`, tag, access, params: claimParams, body: liabilityOrder,
    summary: `Record the liability established (not at fault, shared with the driver's share, at fault): the claim works out the driver's and passengers' cover, the Joker, the 58+ guarantee and the recovery on the counterparty's insurer. Once per claim. ${keyed}`,
    response: motorFaultFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    await askClaim(params.id, recordLiabilityUpdate, { key, actor: await staffOf(knex, req), recoveryId: idForKey(key, 'recovery'), ...body });
    return fileOf(params.id);
  });

  route(router, {
    method: 'post', path: `${base}/towing`, tag, access, status: 201, params: claimParams, body: towingOrder,
    summary: `Order towing of the immobilised car and the transport of its unharmed occupants home (included in the liability cover in Belgium and Luxembourg), with its cost. ${keyed}`,
    response: motorFaultFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    await askClaim(params.id, orderTowingUpdate, { key, actor: await staffOf(knex, req), orderId: idForKey(key, 'towing'), ...body });
    return fileOf(params.id);
  });

  route(router, {
    method: 'post', path: `${base}/repair`, tag, access, params: claimParams, body: repairOrder,
    summary: `Record the repair: at an approved garage it gives a replacement vehicle for its duration, besides the guarantee's 10 / 20 / 30 days. ${keyed}`,
    response: motorFaultFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    await askClaim(params.id, recordRepairUpdate, { key, actor: await staffOf(knex, req), ...body });
    return fileOf(params.id);
  });

  route(router, {
    method: 'get', path: '/api/organisations/:orgId/policies/:policyId/joker', tag: 'policies', access: 'customers with full access',
    summary: 'A motor policy\'s Joker: available today, or when it comes back, and the last claim that used one.',
    params: z.object({ orgId: z.uuid(), policyId: z.uuid() }),
    response: policyJoker,
  }, [requireOrganisation('full')], async ({ params }, req) => {
    const policy = await knex('policies').where({ id: params.policyId, organisationId: params.orgId }).first('id');
    if (!policy) throw notFound('policy');
    const joker = await policyJokerOf(knex, policy.id);
    if (!joker) throw notFound('policy');
    await recordRead(knex, req, { subject: { type: 'policy', id: policy.id }, organisationId: params.orgId, what: 'policy_joker' });
    return joker;
  });

  return router;
}
