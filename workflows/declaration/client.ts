import type { Client } from '@temporalio/client';
import type { DeclarationSnapshot } from '../../domain/declaration';
import { currentSchemaVersion } from '../../domain/declaration-schemas/versions';
import { processClient } from '../process-client';
import { DeclarationStatus, DeclarationType, OrganisationId } from '../search-attributes';
import { type DeclarationInput, declarationWorkflowId, type SaveDraft, saveDraftUpdate } from './definitions';

/** A declaration's process: its first save starts it; every action is an update answered with the declaration. */
export const declarationProcess = processClient({
  workflowType: 'declarationWorkflow', subject: 'declaration', startsAs: 'draft', firstUpdate: saveDraftUpdate,
});

/**
 * Starts the declaration's workflow and saves its first draft in one step. With an idempotency key (the
 * declaration id is derived from it) a retry reaches the same workflow and the same update: Temporal answers it
 * with the first attempt's outcome. The declaration keeps the schema version current today for its handlers.
 */
export function startDeclaration(
  client: Client, taskQueue: string, input: Omit<DeclarationInput, 'schemaVersion'>, firstSave: SaveDraft, idempotencyKey?: string,
): Promise<DeclarationSnapshot> {
  return declarationProcess.start(client, {
    taskQueue, workflowId: declarationWorkflowId(input.declarationId), args: [{ ...input, schemaVersion: currentSchemaVersion }], firstUpdateArgs: [firstSave], idempotencyKey,
    typedSearchAttributes: [
      { key: OrganisationId, value: input.organisationId },
      { key: DeclarationType, value: input.type },
      { key: DeclarationStatus, value: 'draft' },
    ],
  });
}
