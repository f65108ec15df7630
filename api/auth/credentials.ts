import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { hashPassword, verifyPassword } from '../../db/passwords';

/** A hash of a password nobody knows, made once: an unknown e-mail address is checked against it. */
let unknownAccountHash: Promise<string> | undefined;

/**
 * The user whose e-mail address and password these are, or undefined. An unknown address costs the same
 * password hashing as a known one, so the time of the answer does not tell which accounts exist.
 */
export async function userWithCredentials(knex: Knex, email: string, password: string) {
  const user = await knex('users').whereRaw('lower(email) = ?', [email.toLowerCase()]).first();
  unknownAccountHash ??= hashPassword(randomBytes(16).toString('hex'));
  const matches = await verifyPassword(password, user?.passwordHash ?? (await unknownAccountHash));
  return user && matches ? user : undefined;
}
