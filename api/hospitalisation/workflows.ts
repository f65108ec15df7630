import { randomUUID } from 'node:crypto';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { hospitalisationChangeWorkflow } from '../../workflows';
import { ChangeInput, ChangeSnapshot, changeWorkflowId, SaveChange, saveChangeUpdate } from '../../workflows/hospitalisation-change/definitions';
import { OrganisationId } from '../../workflows/search-attributes';
import { httpErrorOf } from '../declarations/temporal-errors';

/** Starts the change's workflow with its first save, in one step. */
export async function startChange(client: Client, taskQueue: string, input: Omit<ChangeInput, 'id'>, firstSave: Omit<SaveChange, 'version'>): Promise<ChangeSnapshot> {
  const id = randomUUID();
  const startWorkflowOperation = new WithStartWorkflowOperation<typeof hospitalisationChangeWorkflow>('hospitalisationChangeWorkflow', {
    workflowId: changeWorkflowId(id), taskQueue, workflowIdConflictPolicy: 'FAIL', args: [{ ...input, id }],
    // Auditors find a customer's workflows by organisation.
    typedSearchAttributes: [{ key: OrganisationId, value: input.organisationId }],
  });
  try {
    return await client.workflow.executeUpdateWithStart(saveChangeUpdate, { args: [{ ...firstSave, version: 0 }], startWorkflowOperation });
  } catch (error) {
    await client.workflow.getHandle(changeWorkflowId(id)).terminate('the first save failed').catch(() => undefined);
    throw httpErrorOf(error, 'draft', 'This change');
  }
}

export async function runChangeUpdate<A>(client: Client, change: { workflowId: string; status: string }, update: UpdateDefinition<ChangeSnapshot, [A]>, arg: A) {
  try {
    return await client.workflow.getHandle(change.workflowId).executeUpdate(update, { args: [arg] });
  } catch (error) {
    throw httpErrorOf(error, change.status, 'This change');
  }
}

/** A change as the requester and the back office see it. */
export function changeView(change: Record<string, any>) {
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
  return {
    id: change.id, policyId: change.policyId, kind: change.kind, role: change.role, data: change.data, effectiveDate: change.effectiveDate,
    status: change.status, version: change.version, requestedBy: change.requestedBy, decision: change.decision, history: change.actions,
    createdAt: iso(change.createdAt), updatedAt: iso(change.updatedAt), submittedAt: iso(change.submittedAt),
  };
}
