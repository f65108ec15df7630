import type { RequestHandler } from 'express';
import type { AccessLevel, Role } from '../../db/models/user';
import { forbidden, notFound, unauthenticated } from '../errors';

export const requireLogin: RequestHandler = (req, _res, next) => next(req.auth ? undefined : unauthenticated());

export const requireRole = (...roles: Role[]): RequestHandler => (req, _res, next) => {
  if (!req.auth) return next(unauthenticated());
  if (!roles.includes(req.auth.user.role)) return next(forbidden('role_not_allowed', `This is reserved for: ${roles.join(', ')}.`));
  next();
};

/**
 * A customer reaches an organisation's data only through the organisation they act for, and only
 * with the access level the user agreement gives them. Someone else's organisation does not exist.
 */
export const requireOrganisation = (needed: AccessLevel): RequestHandler => (req, _res, next) => {
  const auth = req.auth;
  if (!auth) return next(unauthenticated());
  if (auth.user.role !== 'customer') return next(forbidden('role_not_allowed', 'This is reserved for customers.'));
  const access = auth.organisations.find((organisation) => organisation.id === req.params.orgId);
  if (!access) return next(notFound('Organisation'));
  if (auth.activeOrganisationId !== access.id) {
    return next(forbidden('organisation_not_active', `You are not acting for ${access.name}. Switch organisation first (POST /api/auth/organisation).`));
  }
  if (needed === 'full' && access.accessLevel !== 'full') {
    return next(forbidden('insufficient_access', `Your access to ${access.name} is limited to My data and My claims.`));
  }
  next();
};
