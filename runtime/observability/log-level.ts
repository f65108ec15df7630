import type { Env } from '../env';

const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof levels)[number];

/** LOG_LEVEL: pino's level names; a misspelt one stops the start rather than silently logging everything or nothing. */
export function logLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL || 'info';
  if (!(levels as readonly string[]).includes(raw)) throw new Error(`LOG_LEVEL must be one of ${levels.join(', ')}, got "${raw}"`);
  return raw as LogLevel;
}
