import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { currentSchemaVersion } from '../../domain/declaration-schemas/versions';
import { processClient } from '../process-client';
import { OrganisationId } from '../search-attributes';
import { type ChangeInput, type ChangeSnapshot, changeWorkflowId, type SaveChange, saveChangeUpdate } from './definitions';

/** A change to the hospitalisation register: its first save starts it; every action is an update answered with the change. */
export const changeProcess = processClient({
  workflowType: 'hospitalisationChangeWorkflow', subject: 'change', startsAs: 'draft', firstUpdate: saveChangeUpdate,
});

/** Starts the change's workflow with its first save, in one step; the change keeps the schema version current today. */
export function startChange(client: Client, taskQueue: string, input: Omit<ChangeInput, 'id' | 'schemaVersion'>, firstSave: Omit<SaveChange, 'version'>): Promise<ChangeSnapshot> {
  const id = randomUUID();
  return changeProcess.start(client, {
    taskQueue, workflowId: changeWorkflowId(id), args: [{ ...input, id, schemaVersion: currentSchemaVersion }], firstUpdateArgs: [{ ...firstSave, version: 0 }],
    // Auditors find a customer's workflows by organisation.
    typedSearchAttributes: [{ key: OrganisationId, value: input.organisationId }],
  });
}
