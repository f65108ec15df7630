import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { declaredCounterparties } from '../../domain/claim/counterparties';
import { phrase } from '../../i18n/phrase';
import type { Config } from '../../runtime/config';
import { openRecoveryUpdate, recordReceiptUpdate, writeOffRecoveryUpdate } from '../../workflows/claim/definitions';
import { requireRole } from '../auth/guards';
import { claimContextOf } from '../claims/context';
import { readClaim } from '../claims/read';
import { fileReaders } from '../claims/risk-access';
import { staffOf } from '../claims/target';
import { conflict, notFound } from '../errors';
import { idForKey, requiredIdempotencyKey } from '../idempotency';
import { claimAsker } from '../money/ask-claim';
import { totalsOf } from '../money/reads';
import { recoveriesWhere } from '../money/recovery-reads';
import { route } from '../route';
import { reasoned, receiptOrder, recoveries, recoveryChanged, recoveryOrder } from '../../contract/recoveries';

const claimParams = z.object({ id: z.uuid() });
const recoveryParams = z.object({ id: z.uuid(), recoveryId: z.uuid() });
const tag = 'money';
const access = 'handlers and senior handlers';
const keyed = 'Requires an Idempotency-Key header: the same key again answers the first request and changes nothing.';

/**
 * Recoveries (verhaal): what the insurer expects back after paying, from a liable party or its insurer (subrogation,
 * direct settlement) or from the sale of a wreck (salvage); money received lowers the claim's net incurred.
 */
export function recoveryRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const askClaim = claimAsker(knex, client, claimContextOf(config));
  const handlers = [requireRole('handler', 'senior_handler')];
  const base = '/api/backoffice/claims/:id/recoveries';

  const findRecovery = async (declarationId: string, id: string) => {
    const [recovery] = await recoveriesWhere(knex, { declarationId, id });
    if (!recovery) throw notFound('recovery');
    return recovery;
  };
  /** A key already used for another request answers that request's update, not this one. */
  const keyReused = () => conflict('idempotency_key_reused', phrase('api.money.keyReused'));
  const changed = async (declarationId: string, id: string) => {
    const [recovery] = await recoveriesWhere(knex, { declarationId, id });
    if (!recovery) throw keyReused();
    return { recovery, totals: await totalsOf(knex, declarationId) };
  };

  route(router, {
    method: 'get', path: base, tag, access: 'handlers, senior handlers and the special investigation unit (the claims referred to it)', params: claimParams,
    summary: "The claim's recoveries with their receipts, its money (recovered, net incurred), and the other parties its declaration names, to prefill a new recovery.",
    response: recoveries,
  }, [fileReaders], async ({ params }, req) => {
    const claim = await readClaim(knex, req, params.id, 'claim_recoveries');
    return {
      recoveries: await recoveriesWhere(knex, { declarationId: params.id }),
      totals: await totalsOf(knex, params.id),
      counterparties: declaredCounterparties(claim.data ?? {}),
    };
  });

  route(router, {
    method: 'post', path: base, tag, access, status: 201, params: claimParams, body: recoveryOrder,
    summary: `Open a recovery: from whom, of which kind, and how much is expected back. ${keyed}`,
    response: recoveryChanged,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    const recoveryId = idForKey(key, 'recovery');
    await askClaim(params.id, openRecoveryUpdate, { key, actor: await staffOf(knex, req), recoveryId, ...body });
    return changed(params.id, recoveryId);
  });

  route(router, {
    method: 'post', path: `${base}/:recoveryId/receipts`, tag, access, status: 201, params: recoveryParams, body: receiptOrder,
    summary: `Record money received on a recovery, and the day it came in. ${keyed}`,
    response: recoveryChanged,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    await findRecovery(params.id, params.recoveryId);
    const receiptId = idForKey(key, 'receipt');
    await askClaim(params.id, recordReceiptUpdate, { key, actor: await staffOf(knex, req), recoveryId: params.recoveryId, receiptId, ...body });
    if (!(await knex('recoveryReceipts').where({ id: receiptId, recoveryId: params.recoveryId }).first('id'))) throw keyReused();
    return changed(params.id, params.recoveryId);
  });

  route(router, {
    method: 'post', path: `${base}/:recoveryId/write-off`, tag, access, params: recoveryParams, body: reasoned,
    summary: `Write off what is still expected on a recovery, with a reason; what was received stays received. ${keyed}`,
    response: recoveryChanged,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req);
    await findRecovery(params.id, params.recoveryId);
    await askClaim(params.id, writeOffRecoveryUpdate, { key, actor: await staffOf(knex, req), recoveryId: params.recoveryId, reason: body.reason });
    const answer = await changed(params.id, params.recoveryId);
    if (!answer.recovery.writtenOff) throw keyReused();
    return answer;
  });

  return router;
}
