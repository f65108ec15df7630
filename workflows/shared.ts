import type { ActivityOptions } from '@temporalio/workflow';
import type { Actor } from '../domain/declaration';

/** Every activity here is idempotent: retried without end, backing off to once every 30 seconds. */
export const activityOptions: ActivityOptions = {
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
