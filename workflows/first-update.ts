import type { Duration } from '@temporalio/common';
import { allHandlersFinished, condition } from '@temporalio/workflow';

/**
 * Waits for a process's first update, sent with its start (update-with-start). If it never arrives — the
 * start's answer was lost and nobody retried, or the update was refused — no caller knows the process and
 * nothing of it is stored: it ends by itself instead of being terminated by a caller who cannot tell.
 */
export async function firstUpdateArrived(arrived: () => boolean, within: Duration = '1 hour'): Promise<boolean> {
  if (arrived() || (await condition(arrived, within))) return true;
  await condition(allHandlersFinished); // one being handled right now still counts
  return arrived();
}
