import type { Duration } from '@temporalio/common';
import { durationMs } from '../domain/duration';

/** The environment settings are read from (process.env, or a test's own). */
export type Env = Record<string, string | undefined>;

/** A Temporal duration string ('14 days', '30s'); a malformed one stops the start with the setting named. */
export function duration(env: Env, name: string, fallback: Duration): Duration {
  const raw = env[name];
  if (!raw) return fallback;
  try {
    durationMs(raw as Duration);
  } catch {
    throw new Error(`${name} must be a duration such as '30 minutes' or '14 days', got "${raw}"`);
  }
  return raw as Duration;
}

/** A whole number of at least `min`. */
export function wholeNumber(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return value;
}
