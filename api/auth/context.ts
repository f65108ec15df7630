import type { Request } from 'express';
import type { AccessLevel, Role } from '../../db/models/user';
import type { Actor } from '../../domain/declaration';
import { unauthenticated } from '../errors';

export interface AuthContext {
  tokenHash: string;
  user: { id: string; email: string; fullName: string; role: Role; phone: string | null; language: string; defaultOrganisationId: string | null };
  organisations: { id: string; name: string; accessLevel: AccessLevel }[];
  activeOrganisationId: string | null;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      auth?: AuthContext;
    }
  }
}

export function authOf(req: Request): AuthContext {
  if (!req.auth) throw unauthenticated();
  return req.auth;
}

/** Who does something, as the workflow records it. */
export function actorOf(req: Request): Actor {
  const { user } = authOf(req);
  return { userId: user.id, name: user.fullName, role: user.role };
}
