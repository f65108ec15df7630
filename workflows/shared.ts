import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';
import type { Actor } from '../domain/declaration';

/**
 * Every activity here is idempotent. Only what a retry can fix is retried (an unreachable database or mail
 * server), without end, backing off to once every 30 seconds, so an outage heals; data the database refuses
 * fails at once as non-retryable bad_data (activities/failures.ts), and the workflow refuses the action.
 */
export const activityOptions: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '30 seconds' },
};

/**
 * The same promise for the quick database writes and reads an action waits for (projections, the claim's opening):
 * run as local activities, in the worker that runs the workflow, they add one marker to the history instead of a
 * task of the engine and a workflow task each, so an action answers in one workflow task.
 */
export const localActivityOptions: LocalActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '30 seconds' },
};

export const isStaff = (actor: Actor) => actor.role === 'handler' || actor.role === 'senior_handler';

/**
 * Runs update handlers one at a time: each awaits activities, and none may see another's half-done
 * change. Deterministic: a promise chain inside the workflow.
 */
export function serially() {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
}

/**
 * The state as the database last stored it. When a projection is refused, the workflow goes back to it, so
 * the refused action leaves no change and the caller can try again against the same version.
 */
/** A deep copy of plain data: what a process answers must not be changed by its next command. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The recent idempotency keys with `key` last, at most `bound` of them: a retry after a continue-as-new is still recognised. */
export const remembered = (keys: string[], key: string, bound: number): string[] => [...keys.filter((known) => known !== key), key].slice(-bound);

export function checkpointOf<S extends object>(state: S) {
  let stored = JSON.stringify(state);
  return {
    stored: () => { stored = JSON.stringify(state); },
    restore: () => {
      const saved = JSON.parse(stored);
      // A field the stored state did not have yet (a first motor liability, a first referral) goes too.
      for (const key of Object.keys(state)) if (!(key in saved)) delete (state as Record<string, unknown>)[key];
      Object.assign(state, saved);
    },
  };
}
