import type { Client } from '@temporalio/client';
import { type Request, Router } from 'express';
import type { Knex } from 'knex';
import { bulkMessageOrder, bulkReassignOrder, bulkResult, type BulkResult, MAX_BULK_CLAIMS } from '../../contract/assignment';
import { seesReferredClaims } from '../../domain/claim/risk';
import { catalogue } from '../../i18n/catalogue';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import type { Config } from '../../runtime/config';
import { updateClaim } from '../../workflows/claim/client';
import { messageCustomerUpdate, reassignClaimUpdate } from '../../workflows/claim/definitions';
import { actorOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { claimContextOf } from '../claims/context';
import { isReferred } from '../claims/investigation-seclusion';
import { claimTargetOf } from '../claims/target';
import { HttpError, invalid, notFound } from '../errors';
import { readerLanguage } from '../i18n/reader-language';
import { idForKey, requiredIdempotencyKey } from '../idempotency';
import { route } from '../route';

const tag = 'back office';
/** Claims asked at the same time: the claims' processes work in parallel, the worker and the database stay at ease. */
const AT_ONCE = 8;

/** Runs `act` for every item, `AT_ONCE` at a time, answering in the items' order. */
async function eachAtMost<T, R>(items: T[], act: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await act(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker));
  return results;
}

/**
 * Work on a selection of claims at once (an absence, a catastrophe): reassign them, or write to their customers.
 * Each claim is asked separately, through its own process, so each is recorded on the claim with who and when;
 * one claim refused (closed, not opened) does not stop the others, and the answer says, per claim, done or why not.
 * The request's Idempotency-Key, scoped per claim, is each claim's update id: a retried request changes nothing twice.
 */
export function bulkClaimRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const context = claimContextOf(config);

  const perClaim = async (req: Request, claimIds: string[], act: (claimId: string, key: string) => Promise<void>): Promise<BulkResult> => {
    requiredIdempotencyKey(req); // refused before any claim is touched
    const language = readerLanguage(req);
    const unique = [...new Set(claimIds)];
    const numbers = new Map((await knex('claims').whereIn('declarationId', unique).select('declarationId', 'claimNumber'))
      .map((row: { declarationId: string; claimNumber: string }) => [row.declarationId, row.claimNumber]));
    const secluded = !seesReferredClaims(actorOf(req).role);
    const results = await eachAtMost(unique, async (claimId) => {
      // A claim referred to the special investigation unit does not exist for a handler, here as on its own routes.
      if (secluded && await isReferred(knex, claimId)) {
        return { claimId, claimNumber: null, ok: false, error: { code: 'not_found', message: catalogue.render(notFound('claim').phrase, language) } };
      }
      const claimNumber = numbers.get(claimId) ?? null;
      try {
        await act(claimId, requiredIdempotencyKey(req, claimId));
        return { claimId, claimNumber, ok: true };
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        return { claimId, claimNumber, ok: false, error: { code: error.code, message: catalogue.render(error.phrase, language) } };
      }
    });
    const succeeded = results.filter((result) => result.ok).length;
    return { results, succeeded, failed: results.length - succeeded };
  };

  route(router, {
    method: 'post', path: '/api/backoffice/claims/bulk/reassign', tag, access: 'senior handlers (with an Idempotency-Key)',
    body: bulkReassignOrder, response: bulkResult,
    summary: `Reassign up to ${MAX_BULK_CLAIMS} claims to one handler (an absence, a catastrophe), with an optional reason: each claim's process records its reassignment; the answer says per claim whether it was done or why not.`,
  }, [requireRole('senior_handler')], async ({ body }, req) => {
    const handler = await knex('users').where({ id: body.handlerId }).whereIn('role', ['handler', 'senior_handler']).first('id', 'fullName', 'email', 'phone');
    if (!handler) throw invalid(phrase('api.claim.notHandler'), [fieldProblem('handlerId', 'api.claim.unknownHandler')]);
    const actor = actorOf(req);
    const contact = { id: handler.id, name: handler.fullName, email: handler.email, phone: handler.phone };
    return perClaim(req, body.claimIds, async (claimId, key) => {
      await updateClaim(client, context, await claimTargetOf(knex, claimId), reassignClaimUpdate, {
        actor, handler: contact, ...(body.reason ? { reason: body.reason } : {}),
      }, key);
    });
  });

  route(router, {
    method: 'post', path: '/api/backoffice/claims/bulk/message', tag, access: 'handlers and senior handlers (with an Idempotency-Key)',
    body: bulkMessageOrder, response: bulkResult,
    summary: `Write one message to the customers of up to ${MAX_BULK_CLAIMS} claims: each reaches the claim's thread, recorded by the claim's process; retried with the same Idempotency-Key, no customer gets it twice.`,
  }, [requireRole('handler', 'senior_handler')], async ({ body }, req) => {
    const actor = actorOf(req);
    return perClaim(req, body.claimIds, async (claimId, key) => {
      await updateClaim(client, context, await claimTargetOf(knex, claimId), messageCustomerUpdate, {
        key, actor, messageId: idForKey(key, 'customer-message'), subject: body.subject, body: body.body,
      }, key);
    });
  });

  return router;
}
