import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { RequestHandler } from 'express';
import { durationMs } from '../../domain/duration';
import type { AccessConfig } from '../../runtime/access-config';
import type { AuthContext } from './context';

export const SESSION_COOKIE = 'claims_session';

/** How long a session lives: idle (sliding, from its last request) and at most (from login), in milliseconds. */
export interface SessionLifetime {
  idleMs: number;
  maxAgeMs: number;
}

export const sessionLifetime = ({ sessions }: AccessConfig): SessionLifetime =>
  ({ idleMs: durationMs(sessions.idleTimeout), maxAgeMs: durationMs(sessions.maxAge) });

/** A busy session's last-seen time is written at most this often: one write a minute, not one per request. */
const LAST_SEEN_PRECISION_MS = 60_000;

const MILLISECOND = "interval '1 millisecond'";

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A login through an OpenID Connect provider: which one, and its ID token (the hint its logout asks for). */
export interface ProviderLogin {
  name: 'customer' | 'staff';
  idToken?: string;
}

/**
 * A new session with a new token. The session the browser came with (`previousToken`), whoever's it was,
 * ends: a token planted before login (session fixation) never becomes a logged-in session.
 */
export async function createSession(
  knex: Knex, lifetime: SessionLifetime, userId: string, activeOrganisationId: string | null, previousToken?: string, provider?: ProviderLogin,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await knex.transaction(async (trx) => {
    if (previousToken) await trx('sessions').where({ tokenHash: hashToken(previousToken) }).delete();
    await trx('sessions').insert({
      tokenHash: hashToken(token), userId, activeOrganisationId, expiresAt: trx.raw(`now() + ${MILLISECOND} * ?`, [lifetime.maxAgeMs]),
      loginProvider: provider?.name ?? null, idToken: provider?.idToken ?? null,
    });
  });
  return token;
}

/** Every session of the user ends: access taken away applies from their very next request (a user agreement). */
export async function endSessionsOf(db: Knex, userId: string): Promise<void> {
  await db('sessions').where({ userId }).delete();
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

/** Reads the session cookie; an unknown, expired or idle session is simply not logged in (and an over one is removed). */
export function authenticate(knex: Knex, lifetime: SessionLifetime): RequestHandler {
  return async (req, _res, next) => {
    try {
      const token = req.cookies?.[SESSION_COOKIE];
      if (typeof token === 'string' && token) {
        const tokenHash = hashToken(token);
        // The database's clock decides, as it wrote the times (several API instances may disagree).
        const session = await knex('sessions').where({ tokenHash }).first(
          'userId', 'activeOrganisationId',
          knex.raw(`(expires_at <= now() or last_seen_at <= now() - ${MILLISECOND} * ?) as over`, [lifetime.idleMs]),
          knex.raw(`(last_seen_at <= now() - ${MILLISECOND} * ?) as seen_long_ago`, [LAST_SEEN_PRECISION_MS]),
        );
        if (session?.over) await knex('sessions').where({ tokenHash }).delete();
        else if (session) {
          if (session.seenLongAgo) await knex('sessions').where({ tokenHash }).update({ lastSeenAt: knex.fn.now() });
          req.auth = await loadAuthContext(knex, tokenHash, session.userId, session.activeOrganisationId);
        }
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
