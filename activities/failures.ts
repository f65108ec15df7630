import { ApplicationFailure } from '@temporalio/common';

/** The failure type of an activity refused on the data it was given: retrying the same data fails the same way. */
export const badDataFailureType = 'bad_data';

/**
 * PostgreSQL refusals no retry can heal, by SQLSTATE: class 22 (data exceptions: a NUL or a lone surrogate in
 * JSON, "unsupported Unicode escape sequence", a value out of range) and class 23 (integrity: a foreign key
 * to a row that does not exist, a NOT NULL or CHECK), except 23505, a unique violation, which a concurrent
 * retry of the same idempotent write can cause and the next attempt resolves.
 */
export function isBadData(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return false;
  return code.startsWith('22') || (code.startsWith('23') && code !== '23505');
}

/**
 * A bad-data refusal as a non-retryable failure naming the problem; anything else (connections, timeouts) stays retryable.
 * The message is PostgreSQL's, for the logs; the workflow refuses with its own phrase and passes on the SQLSTATE (workflows/refusals.ts).
 */
export function classified(error: unknown): unknown {
  if (!isBadData(error)) return error;
  const { code, message, detail, column, constraint } = error as { code: string; message: string; detail?: string; column?: string; constraint?: string };
  return ApplicationFailure.create({
    type: badDataFailureType, nonRetryable: true, cause: error as Error,
    message: `The data cannot be stored: ${message.replace(/^.* - /s, '')}${detail ? ` (${detail})` : ''}`,
    details: [{ sqlState: code, ...(column ? { column } : {}), ...(constraint ? { constraint } : {}) }],
  });
}

/** Every activity of the object, its failures classified: only what a retry can fix is retried. */
export function withClassifiedFailures<T extends Record<string, (...args: never[]) => Promise<unknown>>>(activities: T): T {
  return Object.fromEntries(Object.entries(activities).map(([name, activity]) => [name, {
    async [name](...args: never[]) {
      try {
        return await activity(...args);
      } catch (error) {
        throw classified(error);
      }
    },
  }[name]])) as T;
}
