import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { phrase } from '../i18n/phrase';
import { HttpError } from './errors';

/**
 * The request's Idempotency-Key, as the id of the update it asks for: retried with the same key, the action
 * is applied once. Scoped to the user, so no one can reach another's answer with a key they guessed.
 */
export const idempotencyKeyOf = (req: Request): string | undefined => {
  const key = req.get('Idempotency-Key');
  return key ? `${req.auth?.user.id}:${key}` : undefined;
};

/**
 * Money commands must carry an Idempotency-Key: without it a retried request could pay twice, so it is refused
 * (428 Precondition Required) before anything happens. The key is scoped to the user, like idempotencyKeyOf.
 */
export function requiredIdempotencyKey(req: Request, claimId?: string): string {
  const key = req.get('Idempotency-Key')?.trim();
  if (!key) throw new HttpError(428, 'idempotency_key_required', phrase('api.idempotencyKeyRequired'));
  if (key.length > 200) throw new HttpError(400, 'malformed_request', phrase('api.idempotencyKeyTooLong', { max: 200 }));
  // What a keyed request creates on a claim is named by its key: the same key on another claim names something else.
  return claimId ? `${req.auth?.user.id}:${claimId}:${key}` : `${req.auth?.user.id}:${key}`;
}

/** The id of what a keyed request creates (a payment, a recovery): the same key always names the same thing. */
export function idForKey(scopedKey: string, what: string): string {
  return nameBasedUuid(createHash('sha1').update(declarationIdNamespace).update(`${what}\n${scopedKey}`, 'utf8').digest());
}

/** The namespace of declaration ids derived from an Idempotency-Key (a fixed, random UUID). */
const declarationIdNamespace = Buffer.from('8d1f6c3e4b2a4f0e9c7d5a1b3e6f2d40', 'hex');

/** A name-based UUID (RFC 9562 version 5): the same user, organisation and key always give the same declaration id. */
export function declarationIdFor(userId: string, organisationId: string, idempotencyKey: string): string {
  return nameBasedUuid(createHash('sha1').update(declarationIdNamespace).update(`${userId}\n${organisationId}\n${idempotencyKey}`, 'utf8').digest());
}

function nameBasedUuid(hash: Buffer): string {
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
