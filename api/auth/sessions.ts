import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { RequestHandler } from 'express';
import type { AuthContext } from './context';

export const SESSION_COOKIE = 'claims_session';
export const SESSION_HOURS = 8;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(knex: Knex, userId: string, activeOrganisationId: string | null): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await knex('sessions').insert({
    tokenHash: hashToken(token),
    userId,
    activeOrganisationId,
    expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
  });
  return token;
}

export async function loadAuthContext(knex: Knex, tokenHash: string, userId: string, activeOrganisationId: string | null): Promise<AuthContext | undefined> {
  const user = await knex('users').where({ id: userId }).first('id', 'email', 'fullName', 'role', 'phone', 'language', 'defaultOrganisationId');
  if (!user) return undefined;
  const organisations = await knex('organisationAccess as a')
    .join('organisations as o', 'o.id', 'a.organisationId')
    .where('a.userId', userId)
    .orderBy('o.name')
    .select('o.id', 'o.name', 'a.accessLevel');
  return { tokenHash, user, organisations, activeOrganisationId };
}

/** Reads the session cookie; an unknown or expired session is simply not logged in. */
export function authenticate(knex: Knex): RequestHandler {
  return async (req, _res, next) => {
    try {
      const token = req.cookies?.[SESSION_COOKIE];
      if (typeof token === 'string' && token) {
        const tokenHash = hashToken(token);
        const session = await knex('sessions').where({ tokenHash }).where('expiresAt', '>', knex.fn.now()).first();
        if (session) req.auth = await loadAuthContext(knex, tokenHash, session.userId, session.activeOrganisationId);
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
