import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { AccessConfig } from '../../runtime/access-config';
import { menuItemsFor } from '../../domain/access';
import { passwordLoginAllowed } from '../../domain/login-paths';
import { DEMO_PASSWORD } from '../../db/seeds/demo';
import { authOf, AuthContext } from '../auth/context';
import { requireLogin, requireRole } from '../auth/guards';
import { userWithCredentials } from '../auth/credentials';
import { LoginThrottle, LoginThrottled } from '../auth/login-throttle';
import { createSession, loadAuthContext, type ProviderLogin, SESSION_COOKIE, type SessionLifetime, sessionLifetime } from '../auth/sessions';
import { phrase } from '../../i18n/phrase';
import { HttpError, notFound } from '../errors';
import { route } from '../route';
import { credentials, me as meSchema } from '../../contract/session';

const organisationChoice = z.strictObject({ organisationId: z.uuid() });

const me = (auth: AuthContext) => ({
  user: auth.user,
  roles: [auth.user.role],
  organisations: auth.organisations.map((organisation) => ({ ...organisation, menuItems: menuItemsFor(organisation.accessLevel) })),
  defaultOrganisationId: auth.user.defaultOrganisationId,
  activeOrganisationId: auth.activeOrganisationId,
});

/** The organisation a customer acts for right after login: the one asked for, the default profile, or the only one. */
function initialOrganisation(auth: AuthContext, asked?: string): string | null {
  const ids = auth.organisations.map((organisation) => organisation.id);
  if (asked && ids.includes(asked)) return asked;
  if (auth.user.defaultOrganisationId && ids.includes(auth.user.defaultOrganisationId)) return auth.user.defaultOrganisationId;
  return ids.length === 1 ? ids[0] : null;
}

/**
 * Opens a session for a user who proved who they are (a password, or an OpenID Connect provider's answer):
 * the session cookie set, `me` returned.
 */
export async function openSession(
  knex: Knex, options: { production: boolean; lifetime: SessionLifetime }, req: Request, res: Response, userId: string,
  extras: { organisationId?: string; provider?: ProviderLogin } = {},
) {
  const probe = (await loadAuthContext(knex, '', userId, null))!;
  const active = initialOrganisation(probe, extras.organisationId);
  // A new session id at every login; the one the browser came with ends.
  const previous: unknown = req.cookies?.[SESSION_COOKIE];
  const token = await createSession(knex, options.lifetime, userId, active, typeof previous === 'string' ? previous : undefined, extras.provider);
  // Lax, not Strict: a link in a mail opens the portal logged in. Cross-site writes are refused by origin (api/security).
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: options.production, maxAge: options.lifetime.maxAgeMs, path: '/' });
  return me({ ...probe, activeOrganisationId: active });
}

export function authRoutes(knex: Knex, options: { production: boolean; access: AccessConfig; staffIdentityProvider?: boolean }): Router {
  const router = Router();
  const throttle = new LoginThrottle(knex, options.access.loginThrottle);
  const lifetime = sessionLifetime(options.access);

  route(router, {
    method: 'post', path: '/api/auth/login', tag: 'auth', access: 'anyone',
    summary: 'Log in; sets the session cookie. Customers may name the organisation to act for.',
    body: credentials,
    response: meSchema,
  }, [], async ({ body }, req, res) => {
    const address = req.ip ?? 'unknown';
    try {
      await throttle.attempt(body.email, address);
    } catch (error) {
      if (error instanceof LoginThrottled) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
    const user = await userWithCredentials(knex, body.email, body.password);
    if (!user) {
      await throttle.failed(body.email, address);
      throw new HttpError(401, 'invalid_credentials', phrase('api.login.wrong'));
    }
    await throttle.succeeded(body.email, address);
    if (options.production && body.password === DEMO_PASSWORD) {
      throw new HttpError(401, 'demo_account_disabled', phrase('api.login.demoPassword'));
    }
    if (!passwordLoginAllowed(user.role, { production: options.production, staffIdentityProvider: Boolean(options.staffIdentityProvider) })) {
      throw new HttpError(401, 'password_login_disabled', phrase('eid.passwordRefused'));
    }
    return openSession(knex, { production: options.production, lifetime }, req, res, user.id, { organisationId: body.organisationId });
  });

  route(router, { method: 'post', path: '/api/auth/logout', tag: 'auth', access: 'logged in', summary: 'Log out: ends the session.', status: 204 },
    [requireLogin], async (_input, req, res) => {
      await knex('sessions').where({ tokenHash: authOf(req).tokenHash }).delete();
      res.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).end();
    });

  route(router, { method: 'get', path: '/api/auth/me', tag: 'auth', access: 'logged in', summary: 'The user, roles, organisations with access level, default and active organisation.', response: meSchema },
    [requireLogin], async (_input, req) => me(authOf(req)));

  route(router, {
    method: 'post', path: '/api/auth/organisation', tag: 'auth', access: 'customers',
    summary: 'Switch the organisation the customer acts for.', body: organisationChoice,
    response: meSchema,
  }, [requireRole('customer')], async ({ body }, req) => {
    const auth = authOf(req);
    if (!auth.organisations.some((organisation) => organisation.id === body.organisationId)) throw notFound('organisation');
    await knex('sessions').where({ tokenHash: auth.tokenHash }).update({ activeOrganisationId: body.organisationId });
    return me({ ...auth, activeOrganisationId: body.organisationId });
  });

  route(router, {
    method: 'put', path: '/api/auth/default-organisation', tag: 'auth', access: 'customers',
    summary: 'Set, change or clear (null) the default profile: the organisation loaded at login.',
    body: z.strictObject({ organisationId: z.uuid().nullable() }),
    response: meSchema,
  }, [requireRole('customer')], async ({ body }, req) => {
    const auth = authOf(req);
    if (body.organisationId && !auth.organisations.some((organisation) => organisation.id === body.organisationId)) throw notFound('organisation');
    await knex('users').where({ id: auth.user.id }).update({ defaultOrganisationId: body.organisationId });
    return me({ ...auth, user: { ...auth.user, defaultOrganisationId: body.organisationId } });
  });

  return router;
}
