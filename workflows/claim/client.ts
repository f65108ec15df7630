import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { ClaimState } from '../../domain/claim/state';
import { processClient } from '../process-client';
import { ClaimNumber, OrganisationId } from '../search-attributes';
import type { HistoryLimits } from '../declaration/definitions';
import { claimStateUpdate, claimWorkflowId, type ClaimTiming } from './definitions';

/** The claim's process: every change to a claim after it opens is an update of it. */
export const claimProcess = processClient({ workflowType: 'claimWorkflow', subject: 'claim', startsAs: 'in_handling', firstUpdate: claimStateUpdate });

export interface ClaimTarget {
  declarationId: string;
  organisationId: string;
  claimNumber: string;
  /** The claim's status as the projection shows it, for the refusal of a process that has ended. */
  status: string;
  /** False: a claim opened before claims had their own process; its first action starts that process, which takes it over. */
  hasProcess: boolean;
}

const processExists = (client: Client, workflowId: string) =>
  client.workflow.getHandle(workflowId).describe().then(() => true, (error) => {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  });

/**
 * Asks the claim's process for an action. A claim of the time before gets its process first (started with a no-op
 * update, idempotently: two first actions at once start one process), which takes the claim over from the ledger.
 */
export async function updateClaim<A, R = ClaimState>(
  client: Client, context: { taskQueue: string; timing: ClaimTiming; limits?: Partial<HistoryLimits> }, target: ClaimTarget,
  update: UpdateDefinition<R, [A]>, arg: A, idempotencyKey?: string,
): Promise<R> {
  const workflowId = claimWorkflowId(target.declarationId);
  // The projection lags its process by a moment after the opening: only a claim with no process at all is adopted.
  if (!target.hasProcess && !(await processExists(client, workflowId))) {
    await claimProcess.start(client, {
      taskQueue: context.taskQueue, workflowId, args: [{ declarationId: target.declarationId, timing: context.timing, limits: context.limits }], firstUpdateArgs: [],
      idempotencyKey: `adopt:${target.declarationId}`,
      typedSearchAttributes: [{ key: OrganisationId, value: target.organisationId }, { key: ClaimNumber, value: target.claimNumber }],
    });
  }
  return claimProcess.update(client, { workflowId, status: target.status }, update as unknown as UpdateDefinition<ClaimState, [A]>, arg, idempotencyKey) as Promise<R>;
}
