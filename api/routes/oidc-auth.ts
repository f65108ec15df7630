import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { Config } from '../../runtime/config';
import { nationalRegisterDigits, isNationalRegisterNumber } from '../../domain/national-register-number';
import { authOf } from '../auth/context';
import { requireLogin } from '../auth/guards';
import { SESSION_COOKIE, sessionLifetime } from '../auth/sessions';
import { OidcLogin } from '../eid/oidc-login';
import { phrase } from '../../i18n/phrase';
import { forbidden, HttpError } from '../errors';
import { route } from '../route';
import { openSession } from './auth';

/** What a provider sends back to the callback (RFC 6749 §4.1.2, RFC 9207's iss); openid-client checks it. */
const providerAnswer = z.looseObject({
  code: z.string().max(2048).optional(),
  state: z.string().max(512).optional(),
  iss: z.string().max(512).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(1024).optional(),
});

/** The eID page for someone no user agreement names yet (ui/src/login/EidUnknownPage). */
export const EID_UNKNOWN_PAGE = '/login/eid/unknown';

/**
 * Logins through OpenID Connect (issue 15 §1). Customers: their eID (or itsme) at CUSTOMER_OIDC_ISSUER, or the
 * embedded provider in development; identified by their national register number, and only customers.
 * Staff: the insurer's own identity provider (STAFF_OIDC_ISSUER) by e-mail, and only staff. The two paths
 * never cross: each has its own attempts, callback and user check.
 */
export function oidcAuthRoutes(knex: Knex, config: Config): Router {
  const router = Router();
  const sessionOptions = { production: config.production, lifetime: sessionLifetime(config.access) };
  const customer = config.oidc.customer && new OidcLogin(knex, 'customer', config.oidc.customer, { production: config.production, callbackPath: '/api/auth/eid/callback' });
  const staff = config.oidc.staff && new OidcLogin(knex, 'staff', config.oidc.staff, { production: config.production, callbackPath: '/api/auth/staff/callback' });

  if (customer) {
    route(router, { method: 'get', path: '/api/auth/eid/start', tag: 'auth', access: 'anyone', summary: 'Log in with the eID: redirects to the eID provider (authorization code, PKCE).', status: 303 },
      [], async (_input, req, res) => res.redirect(303, await customer.start(req, res)));

    route(router, {
      method: 'get', path: '/api/auth/eid/callback', tag: 'auth', access: 'anyone', query: providerAnswer, status: 303,
      summary: "The eID provider's answer: a customer known by their national register number is logged in; someone unknown sees the page on user agreements.",
    }, [], async ({ query }, req, res) => {
      if (query.error === 'access_denied') return res.redirect(303, '/login'); // they cancelled at the provider
      const { identity, idToken } = await customer.finish(req, res);
      if (!isNationalRegisterNumber(identity)) throw new HttpError(400, 'oidc_login_refused', phrase('eid.refused', { reason: 'no valid national register number' }));
      const user = await knex('users').where({ nationalRegisterNumber: nationalRegisterDigits(identity) }).first('id', 'role');
      if (!user) return res.redirect(303, EID_UNKNOWN_PAGE);
      if (user.role !== 'customer') throw forbidden('eid_staff_refused', phrase('eid.staffRefused'));
      await openSession(knex, sessionOptions, req, res, user.id, { provider: { name: 'customer', idToken } });
      return res.redirect(303, '/');
    });
  }

  if (staff) {
    route(router, { method: 'get', path: '/api/auth/staff/start', tag: 'auth', access: 'anyone', summary: "Staff login: redirects to the insurer's identity provider.", status: 303 },
      [], async (_input, req, res) => res.redirect(303, await staff.start(req, res)));

    route(router, {
      method: 'get', path: '/api/auth/staff/callback', tag: 'auth', access: 'anyone', query: providerAnswer, status: 303,
      summary: "The insurer's identity provider's answer: a member of staff known by their e-mail is logged in.",
    }, [], async ({ query }, req, res) => {
      if (query.error === 'access_denied') return res.redirect(303, '/login');
      const { identity, idToken } = await staff.finish(req, res);
      const user = await knex('users').whereRaw('lower(email) = ?', [identity.toLowerCase()]).first('id', 'role');
      if (!user || user.role === 'customer') throw forbidden('staff_login_refused', phrase('eid.staffLoginRefused'));
      await openSession(knex, sessionOptions, req, res, user.id, { provider: { name: 'staff', idToken } });
      return res.redirect(303, '/');
    });
  }

  route(router, {
    method: 'post', path: '/api/auth/provider-logout', tag: 'auth', access: 'logged in',
    summary: "Log out: ends the session, and answers where to end it at the identity provider too (null: a password login, or a provider without logout).",
    response: z.strictObject({ providerLogoutUrl: z.string().nullable() }),
  }, [requireLogin], async (_input, req, res) => {
    const [session] = await knex('sessions').where({ tokenHash: authOf(req).tokenHash }).delete().returning(['loginProvider', 'idToken']);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    const login = session?.loginProvider === 'customer' ? customer : session?.loginProvider === 'staff' ? staff : null;
    return { providerLogoutUrl: login ? await login.logoutUrl(req, session.idToken) : null };
  });

  return router;
}
