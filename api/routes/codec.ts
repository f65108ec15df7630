import type { Payload, PayloadCodec } from '@temporalio/common';
import { type RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { Role } from '../../db/models/user';
import { requireRole } from '../auth/guards';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { invalid } from '../errors';
import { route } from '../route';

/** Who may read what the workflows carry (personal and medical data) in the Temporal Web UI. */
const readers: Role[] = ['auditor', 'senior_handler'];

/** A payload as proto JSON: metadata values and data in base64 (Temporal's codec-server protocol). */
const jsonPayload = z.object({ metadata: z.record(z.string().max(256), z.base64()).optional(), data: z.base64().optional() });
const payloadsBody = z.object({ payloads: z.array(jsonPayload).max(1000) });
type JsonPayload = z.infer<typeof jsonPayload>;

const fromJson = ({ metadata, data }: JsonPayload): Payload => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64')])),
  data: Buffer.from(data ?? '', 'base64'),
});
const toJson = ({ metadata, data }: Payload): JsonPayload => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? []).toString('base64')])),
  data: Buffer.from(data ?? []).toString('base64'),
});

/**
 * The Web UI calls the codec from its own origin with the session cookie: allow exactly that origin,
 * with credentials, and answer its preflight (it sends Content-Type and X-Namespace).
 */
const corsFor = (webUiOrigin: string): RequestHandler => (req, res, next) => {
  if (req.headers.origin !== webUiOrigin) return next();
  res.setHeader('Access-Control-Allow-Origin', webUiOrigin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  if (req.method !== 'OPTIONS') return next();
  res.setHeader('Access-Control-Allow-Methods', 'POST');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Namespace');
  res.setHeader('Access-Control-Max-Age', '600');
  res.status(204).end();
};

/**
 * Temporal's codec server for the Temporal Web UI (started with --ui-codec-endpoint pointing here): a
 * logged-in auditor or senior handler sees payloads decoded; anyone else gets them back as they are, sealed.
 */
export function codecRoutes(codecs: PayloadCodec[], webUiUrl: string): Router {
  const router = Router();
  router.use('/codec', corsFor(new URL(webUiUrl).origin));
  const run = async (payloads: JsonPayload[], step: (codec: PayloadCodec, payloads: Payload[]) => Promise<Payload[]>, order: PayloadCodec[]) => {
    let converted = payloads.map(fromJson);
    for (const codec of order) converted = await step(codec, converted);
    return { payloads: converted.map(toJson) };
  };
  /** One payload at a time, so a damaged one (or one under a key we lack) is named instead of failing them all. */
  const decodeEach = (payloads: JsonPayload[]) => Promise.all(payloads.map(async (payload, index) => {
    try {
      return (await run([payload], (codec, sealed) => codec.decode(sealed), [...codecs].reverse())).payloads[0];
    } catch {
      throw invalid(phrase('api.request.fieldsInvalid'), [fieldProblem(`payloads.${index}`, 'api.codec.undecodable')]);
    }
  }));

  route(router, {
    method: 'post', path: '/api/codec/decode', tag: 'audit', access: 'everyone (decoded for auditors and senior handlers)',
    summary: "Temporal codec server: decodes the Web UI's payloads for an auditor or senior handler; anyone else gets them back unchanged.",
    body: payloadsBody, response: payloadsBody,
  }, [], async ({ body }, req) => {
    if (!req.auth || !readers.includes(req.auth.user.role)) return { payloads: body.payloads };
    return { payloads: await decodeEach(body.payloads) };
  });

  route(router, {
    method: 'post', path: '/api/codec/encode', tag: 'audit', access: 'auditors, senior handlers',
    summary: 'Temporal codec server: encrypts payloads the Web UI sends (a signal or query argument) with the current key.',
    body: payloadsBody, response: payloadsBody,
  }, [requireRole(...readers)], async ({ body }) => run(body.payloads, (codec, payloads) => codec.encode(payloads), codecs));

  return router;
}
