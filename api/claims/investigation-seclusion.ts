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
/** Routes that name a thing of the claim (a payment, a schedule, a diary item, a message): the table that says whose it is. */
const ownedPaths: [RegExp, string][] = [
  [new RegExp(`^/backoffice/payments/(${uuid})(?:/|$)`, 'i'), 'payments'],
  [new RegExp(`^/backoffice/payment-schedules/(${uuid})(?:/|$)`, 'i'), 'paymentSchedules'],
  [new RegExp(`^/backoffice/diary/(${uuid})(?:/|$)`, 'i'), 'claimDiaryItems'],
  [new RegExp(`^/backoffice/messages/(${uuid})(?:/|$)`, 'i'), 'messages'],
];

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

/** Whether the claim was ever referred to the SIU (open or closed): the claims the SIU reads and notes on. */
export const wasReferred = async (knex: Knex, declarationId: string) =>
  Boolean(await knex('claimInvestigations').where({ declarationId }).first('id'));

/** The claim a request names, by its path: directly, or through a thing of the claim. */
async function claimOfPath(knex: Knex, path: string): Promise<string | undefined> {
  const claimId = claimPaths.exec(path)?.[1];
  if (claimId) return claimId;
  for (const [pattern, table] of ownedPaths) {
    const id = pattern.exec(path)?.[1];
    if (id) return (await knex(table).where({ id }).first('declarationId'))?.declarationId ?? undefined;
  }
  return undefined;
}

/**
 * Mounted on the API router before the routes: the handler's requests for a referred claim answer 404; the SIU's
 * requests answer 404 for a claim never referred to it (the unit investigates referred claims, not the portfolio).
 */
export function investigationSeclusion(knex: Knex): RequestHandler {
  return (req, _res, next) => {
    const role = req.auth?.user.role;
    if (!role || role === 'customer' || (seesReferredClaims(role) && role !== 'siu')) return next();
    claimOfPath(knex, req.path)
      .then(async (id) => {
        if (!id) return next();
        const hidden = role === 'siu' ? !(await wasReferred(knex, id)) : await isReferred(knex, id);
        return hidden ? next(notFound('claim')) : next();
      })
      .catch(next);
  };
}
