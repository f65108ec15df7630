import {
  type Client, isGrpcServiceError, ServiceError, WorkflowExecutionAlreadyStartedError, type WorkflowResultType, type WorkflowStartOptions,
} from '@temporalio/client';
import type * as processes from './index';
import { HttpError } from '../api/errors';
import { phrase } from '../i18n/phrase';

type Processes = typeof processes;

/** A caller waits this long for a run's result; then it may ask again with the same key and join the same run. */
const RESULT_WITHIN_MS = 60_000;

/**
 * Starts the workflow under its id, or joins the execution that already has that id, running or ended (an ended
 * one is never started again), and answers its result: the same request asked twice is one run with one answer.
 */
export async function resultOfRunOnce<P extends keyof Processes>(
  client: Client, workflowType: P, start: { taskQueue: string; workflowId: string; args: Parameters<Processes[P]> },
): Promise<WorkflowResultType<Processes[P]>> {
  const { taskQueue, workflowId, args } = start;
  try {
    return await client.withDeadline(Date.now() + RESULT_WITHIN_MS, async () => {
      try {
        await client.workflow.start<Processes[P]>(workflowType, {
          taskQueue, workflowId, args, workflowIdConflictPolicy: 'USE_EXISTING', workflowIdReusePolicy: 'REJECT_DUPLICATE',
        } as WorkflowStartOptions<Processes[P]>);
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
      return client.workflow.getHandle<Processes[P]>(workflowId).result();
    });
  } catch (error) {
    // No answer in time, or Temporal out of reach: the run may be under way; the same request joins it.
    if (error instanceof ServiceError || isGrpcServiceError(error)) throw new HttpError(503, 'outcome_unknown', phrase('process.outcomeUnknown'));
    throw error;
  }
}
