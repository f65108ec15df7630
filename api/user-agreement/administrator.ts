import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { phrase } from '../../i18n/phrase';
import { forbidden, unauthenticated } from '../errors';

export const isAdministrator = async (knex: Knex, userId: string, organisationId: string): Promise<boolean> =>
  Boolean((await knex('organisationAccess').where({ userId, organisationId, isAdministrator: true }).first('userId')));

/**
 * After requireOrganisation: only the organisation's administrator — the person who signs for it — prepares,
 * signs and submits its user agreement.
 */
export const requireAdministrator = (knex: Knex): RequestHandler => async (req, _res, next) => {
  try {
    const auth = req.auth;
    if (!auth) return next(unauthenticated());
    if (await isAdministrator(knex, auth.user.id, String(req.params.orgId))) return next();
    const organisation = auth.organisations.find((o) => o.id === req.params.orgId)?.name ?? '';
    next(forbidden('not_administrator', phrase('userAgreement.refusal.notAdministrator', { organisation })));
  } catch (error) {
    next(error);
  }
};
