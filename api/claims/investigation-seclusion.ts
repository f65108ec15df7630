import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { seesReferredClaims } from '../../domain/claim/risk';
import { notFound } from '../errors';

/**
 * A claim referred to the special investigation unit is seen only by that unit, senior handlers and auditors
 * (issue 12 §3): to anyone else of the back office (the handler) it does not exist, as another organisation's
 * claim does not: 404 on its file and every route under it, its payments and its declaration, and it leaves lists.
 */

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Routes that name the claim (the declaration) in their path. */
const claimPaths = new RegExp(`^/backoffice/(?:claims|declarations)/(${uuid})(?:/|$)`, 'i');
/** Routes that name one of its payments. */
const paymentPaths = new RegExp(`^/backoffice/payments/(${uuid})(?:/|$)`, 'i');

/** The condition a list adds to leave out the referred claims for this reader (`idColumn`: the declaration's id). */
export function hideReferredFrom(knex: Knex, role: string, idColumn: string) {
  return (query: { whereNotExists: (subquery: Knex.QueryBuilder) => unknown }) => {
    if (seesReferredClaims(role)) return;
    query.whereNotExists(knex('claimInvestigations as hidden_ci').whereRaw(`hidden_ci.declaration_id = ${idColumn}`).whereNull('hidden_ci.closedAt'));
  };
}

/** Whether the claim has an open referral. */
export const isReferred = async (knex: Knex, declarationId: string) =>
  Boolean(await knex('claimInvestigations').where({ declarationId }).whereNull('closedAt').first('id'));

/** Mounted on the API router before the routes: the handler's requests for a referred claim answer 404. */
export function investigationSeclusion(knex: Knex): RequestHandler {
  return (req, _res, next) => {
    const role = req.auth?.user.role;
    if (!role || role === 'customer' || seesReferredClaims(role)) return next();
    const claimId = claimPaths.exec(req.path)?.[1];
    const paymentId = claimId ? undefined : paymentPaths.exec(req.path)?.[1];
    if (!claimId && !paymentId) return next();
    const declarationId = claimId
      ? Promise.resolve(claimId)
      : knex('payments').where({ id: paymentId }).first('declarationId').then((row) => row?.declarationId as string | undefined);
    declarationId
      .then(async (id) => (id && (await isReferred(knex, id)) ? next(notFound('claim')) : next()))
      .catch(next);
  };
}
