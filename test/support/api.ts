import { randomUUID } from 'node:crypto';
import { declarationFixture, HttpSession } from '../../scripts/support/http-session';

export const demo = {
  an: 'an.peeters@bakkerij-peeters.example', // full access: Bakkerij Peeters (default) and Peeters Vastgoed
  sofie: 'sofie.maes@bakkerij-peeters.example', // full access: Bakkerij Peeters
  jan: 'jan.claes@bakkerij-peeters.example', // limited access: Bakkerij Peeters
  els: 'els.wouters@transport-wouters.example', // full access: Transport Wouters
  handler: 'handler@insurer.example',
  senior: 'senior.handler@insurer.example',
  auditor: 'auditor@insurer.example',
} as const;

export const apiUrl = () => {
  const url = process.env.TEST_API_URL;
  if (!url) throw new Error('TEST_API_URL is not set: run the tests through jest (its global setup starts the system)');
  return url;
};

/** A browser session against the system under test. */
export class Session extends HttpSession {
  static anonymous(): Session {
    return new Session(apiUrl());
  }

  static async login(email: string, password = 'demo'): Promise<Session> {
    const session = Session.anonymous();
    const reply = await session.post('/api/auth/login', { email, password });
    if (reply.status !== 200) throw new Error(`login of ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    session.me = reply.body;
    return session;
  }
}

/** The Idempotency-Key header money commands need, as the UI sends one per form submission: a new key, or the given one (a retry). */
export const withKey = (key: string = randomUUID()) => ({ 'Idempotency-Key': key });

export type DeclarationTypeName =
  | 'liability' | 'bodily_accident' | 'private_life' | 'workplace_accident' | 'fire'
  | 'collective_hospitalisation' | 'motor_theft' | 'motor_damage' | 'omnium_assignment';

/** The complete, valid example payload of a declaration type. */
export const fixture = (type: DeclarationTypeName) => declarationFixture(type) as { type: DeclarationTypeName; data: Record<string, any> };

/** Creates a declaration for the session's active organisation and returns it. */
export async function createDeclaration(session: Session, type: DeclarationTypeName, data: Record<string, unknown> = fixture(type).data) {
  const reply = await session.post(`/api/organisations/${session.activeOrganisationId}/declarations`, { type, data });
  if (reply.status !== 201) throw new Error(`create ${type} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

export const declarationUrl = (session: Session, id: string, action = '') =>
  `/api/organisations/${session.activeOrganisationId}/declarations/${id}${action ? `/${action}` : ''}`;
