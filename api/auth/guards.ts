import type { RequestHandler } from 'express';
import type { AccessLevel, Role } from '../../db/models/user';
import { phrase } from '../../i18n/phrase';
import { forbidden, notFound, unauthenticated } from '../errors';

/** The roles a route is reserved for, as the catalogue names the group (`api.roleGroup.handler_and_senior_handler`). */
const reservedFor = (roles: Role[]) =>
  forbidden('role_not_allowed', phrase('api.access.reservedFor', { roles: [...roles].sort().join('_and_') }));

export const requireLogin: RequestHandler = (req, _res, next) => next(req.auth ? undefined : unauthenticated());

export const requireRole = (...roles: Role[]): RequestHandler => (req, _res, next) => {
  if (!req.auth) return next(unauthenticated());
  if (!roles.includes(req.auth.user.role)) return next(reservedFor(roles));
  next();
};

/**
 * A customer reaches an organisation's data only through the organisation they act for, and only
 * with the access level the user agreement gives them. Someone else's organisation does not exist.
 */
export const requireOrganisation = (needed: AccessLevel): RequestHandler => (req, _res, next) => {
  const auth = req.auth;
  if (!auth) return next(unauthenticated());
  if (auth.user.role !== 'customer') return next(reservedFor(['customer']));
  const access = auth.organisations.find((organisation) => organisation.id === req.params.orgId);
  if (!access) return next(notFound('organisation'));
  if (auth.activeOrganisationId !== access.id) {
    return next(forbidden('organisation_not_active', phrase('api.access.notActing', { organisation: access.name })));
  }
  if (needed === 'full' && access.accessLevel !== 'full') {
    return next(forbidden('insufficient_access', phrase('api.access.limited', { organisation: access.name })));
  }
  next();
};
