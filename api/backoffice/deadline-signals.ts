import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { SignalDefinition } from '@temporalio/common';
import { deadlinesWorkflowId } from '../../workflows/claim-deadlines/definitions';

/** Tells a claim's deadlines workflow what happened; a claim opened before deadlines were tracked has none. */
export async function signalDeadlines<A extends unknown[]>(client: Client, declarationId: string, signal: SignalDefinition<A>, ...args: A): Promise<boolean> {
  try {
    await client.workflow.getHandle(deadlinesWorkflowId(declarationId)).signal(signal, ...args);
    return true;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}
