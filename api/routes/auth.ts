import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { verifyPassword } from '../../db/passwords';
import { menuItemsFor } from '../../domain/access';
import { DEMO_PASSWORD } from '../../db/seeds/demo';
import { authOf, AuthContext } from '../auth/context';
import { requireLogin, requireRole } from '../auth/guards';
import { createSession, loadAuthContext, SESSION_COOKIE, SESSION_HOURS } from '../auth/sessions';
import { HttpError, notFound } from '../errors';
import { route } from '../route';

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

export function authRoutes(knex: Knex, options: { production: boolean }): Router {
  const router = Router();

  route(router, {
    method: 'post', path: '/api/auth/login', tag: 'auth', access: 'anyone',
    summary: 'Log in; sets the session cookie. Customers may name the organisation to act for.',
    body: z.strictObject({ email: z.email(), password: z.string().min(1), organisationId: z.uuid().optional() }),
  }, [], async ({ body }, _req, res) => {
    const refused = new HttpError(401, 'invalid_credentials', 'E-mail address or password is wrong.');
    const user = await knex('users').whereRaw('lower(email) = ?', [body.email.toLowerCase()]).first();
    if (!user || !(await verifyPassword(body.password, user.passwordHash))) throw refused;
    if (options.production && body.password === DEMO_PASSWORD) {
      throw new HttpError(401, 'demo_account_disabled', 'Demo passwords are refused in production. Set a real password.');
    }
    const probe = (await loadAuthContext(knex, '', user.id, null))!;
    const active = initialOrganisation(probe, body.organisationId);
    const token = await createSession(knex, user.id, active);
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: options.production, maxAge: SESSION_HOURS * 3600_000, path: '/' });
    return me({ ...probe, activeOrganisationId: active });
  });

  route(router, { method: 'post', path: '/api/auth/logout', tag: 'auth', access: 'logged in', summary: 'Log out: ends the session.', status: 204 },
    [requireLogin], async (_input, req, res) => {
      await knex('sessions').where({ tokenHash: authOf(req).tokenHash }).delete();
      res.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).end();
    });

  route(router, { method: 'get', path: '/api/auth/me', tag: 'auth', access: 'logged in', summary: 'The user, roles, organisations with access level, default and active organisation.' },
    [requireLogin], async (_input, req) => me(authOf(req)));

  route(router, {
    method: 'post', path: '/api/auth/organisation', tag: 'auth', access: 'customers',
    summary: 'Switch the organisation the customer acts for.', body: organisationChoice,
  }, [requireRole('customer')], async ({ body }, req) => {
    const auth = authOf(req);
    if (!auth.organisations.some((organisation) => organisation.id === body.organisationId)) throw notFound('Organisation');
    await knex('sessions').where({ tokenHash: auth.tokenHash }).update({ activeOrganisationId: body.organisationId });
    return me({ ...auth, activeOrganisationId: body.organisationId });
  });

  route(router, {
    method: 'put', path: '/api/auth/default-organisation', tag: 'auth', access: 'customers',
    summary: 'Set, change or clear (null) the default profile: the organisation loaded at login.',
    body: z.strictObject({ organisationId: z.uuid().nullable() }),
  }, [requireRole('customer')], async ({ body }, req) => {
    const auth = authOf(req);
    if (body.organisationId && !auth.organisations.some((organisation) => organisation.id === body.organisationId)) throw notFound('Organisation');
    await knex('users').where({ id: auth.user.id }).update({ defaultOrganisationId: body.organisationId });
    return me({ ...auth, user: { ...auth.user, defaultOrganisationId: body.organisationId } });
  });

  return router;
}
