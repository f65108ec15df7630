import { type Client, WithStartWorkflowOperation, type WorkflowStartOptions } from '@temporalio/client';
import type { SearchAttributePair, UpdateDefinition } from '@temporalio/common';
import type * as processes from './index';
import { httpErrorOf, type ProcessSubject } from './process-errors';

/** The worker's workflows by name; type-only, so the API never loads workflow code. */
type Processes = typeof processes;
type ProcessType = keyof Processes;

/** One process as its callers know it; each process defines it once, in its own client.ts. */
export interface ProcessDefinition<P extends ProcessType, Snapshot, FirstArgs extends unknown[]> {
  /** The workflow function's name, checked against workflows/index.ts. */
  workflowType: P;
  /** How a refusal names it. */
  subject: ProcessSubject;
  /** The status a new process has in its projection. */
  startsAs: string;
  /** The update that arrives with the start; the process exists for its callers once it is answered. */
  firstUpdate: UpdateDefinition<Snapshot, FirstArgs>;
}

export interface StartWithFirstUpdate<P extends ProcessType, FirstArgs extends unknown[]> {
  taskQueue: string;
  workflowId: string;
  args: Parameters<Processes[P]>;
  firstUpdateArgs: FirstArgs;
  /** With a key (the workflow id is derived from it), a retry reaches the same workflow and the same first update. */
  idempotencyKey?: string;
  typedSearchAttributes?: SearchAttributePair[];
}

/** A running process as the API finds it in the projection. */
export interface ProcessRef {
  workflowId: string;
  status: string;
}

/**
 * Bounded: an update that lands exactly while the run hands over to the next relies on Temporal's own retries
 * (temporalio/temporal#7164); the caller gets 503 outcome_unknown rather than a request that never answers.
 */
const UPDATE_ANSWER_WITHIN_MS = 60_000;

/** Temporal keeps update ids up to this length. */
const updateIdOf = (key: string) => key.slice(0, 255);

/**
 * How the API talks to a process: start it with its first update, ask it for an action, and turn its refusals
 * into HTTP errors. Every update of a process answers with its snapshot, the first update's result.
 */
export function processClient<P extends ProcessType, Snapshot, FirstArgs extends unknown[]>(process: ProcessDefinition<P, Snapshot, FirstArgs>) {
  const failureOf = (error: unknown, status: string) => httpErrorOf(error, { subject: process.subject, status });
  return {
    /**
     * Starts the workflow and applies its first update in one step, so the process is never half-made. A failure is
     * never answered by terminating the workflow: a timeout may hide a first update that happened. A workflow whose
     * first update never arrived ends by itself.
     */
    async start(client: Client, start: StartWithFirstUpdate<P, FirstArgs>): Promise<Snapshot> {
      const { taskQueue, workflowId, args, firstUpdateArgs, idempotencyKey, typedSearchAttributes } = start;
      const options = {
        workflowId,
        taskQueue,
        args,
        workflowIdConflictPolicy: idempotencyKey ? 'USE_EXISTING' : 'FAIL',
        // A process that has ended is never started again under its id.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        ...(typedSearchAttributes ? { typedSearchAttributes } : {}),
      } as WorkflowStartOptions<Processes[P]> & { workflowIdConflictPolicy: 'USE_EXISTING' | 'FAIL' };
      const startWorkflowOperation = new WithStartWorkflowOperation<Processes[P]>(process.workflowType, options);
      try {
        return await client.workflow.executeUpdateWithStart(process.firstUpdate, {
          args: firstUpdateArgs, startWorkflowOperation, ...(idempotencyKey ? { updateId: updateIdOf(`create:${idempotencyKey}`) } : {}),
        });
      } catch (error) {
        throw failureOf(error, process.startsAs);
      }
    },

    /** Asks the process for an action; with an idempotency key (the update id) a retry gets the first attempt's answer. */
    async update<A>(client: Client, target: ProcessRef, update: UpdateDefinition<Snapshot, [A]>, arg: A, idempotencyKey?: string): Promise<Snapshot> {
      try {
        return await client.withDeadline(Date.now() + UPDATE_ANSWER_WITHIN_MS, () =>
          client.workflow.getHandle(target.workflowId).executeUpdate(update, { args: [arg], ...(idempotencyKey ? { updateId: updateIdOf(idempotencyKey) } : {}) }));
      } catch (error) {
        throw failureOf(error, target.status);
      }
    },
  };
}
