import type { Request } from 'express';
import type { Knex } from 'knex';
import type { Staff } from '../../domain/claim/state';
import { phrase } from '../../i18n/phrase';
import type { ClaimTarget } from '../../workflows/claim/client';
import { actorOf } from '../auth/context';
import { conflict, notFound } from '../errors';

/**
 * The claim a back-office request is about, as its process client needs it. A declaration without a claim yet
 * (not opened) is refused; a claim without a process (opened before claims had one) is taken over on its first action.
 */
export async function claimTargetOf(knex: Knex, declarationId: string): Promise<ClaimTarget> {
  const claim = await knex('claims as c').join('declarations as d', 'd.id', 'c.declarationId').where('c.declarationId', declarationId)
    .first('c.workflowId', 'c.closedAt', 'c.claimNumber', 'd.status', 'd.organisationId');
  if (!claim) {
    if (await knex('declarations').where({ id: declarationId }).whereNot({ status: 'draft' }).first('id')) throw conflict('not_allowed_in_status', phrase('api.claim.notOpen'));
    throw notFound('claim');
  }
  return {
    declarationId, organisationId: claim.organisationId, claimNumber: claim.claimNumber, status: claim.closedAt ? 'closed' : claim.status,
    hasProcess: Boolean(claim.workflowId),
  };
}

/** The requesting staff member with their own authority limit, read from their account at the moment they ask. */
export async function staffOf(knex: Knex, req: Request): Promise<Staff> {
  const actor = actorOf(req);
  const user = actor.userId ? await knex('users').where({ id: actor.userId }).first('authorityLimitCents') : null;
  return { ...actor, authorityLimitCents: user?.authorityLimitCents ?? null };
}
