import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { Request } from 'express';
import type { DeclarationSnapshot } from '../../domain/declaration';
import type { Declaration } from '../../db/models/declaration';
import type { declarationWorkflow } from '../../workflows';
import { DeclarationInput, declarationWorkflowId, SaveDraft, saveDraftUpdate } from '../../workflows/declaration/definitions';
import { DeclarationStatus, DeclarationType, OrganisationId } from '../../workflows/search-attributes';
import { httpErrorOf } from './temporal-errors';

/** Retrying a request with the same Idempotency-Key makes Temporal apply the action once. */
const updateIdOf = (req: Request) => {
  const key = req.get('Idempotency-Key');
  return key ? `${req.auth?.user.id}:${key}`.slice(0, 255) : undefined;
};

/** Starts the declaration's workflow and saves its first draft in one step, so a new declaration is never half-made. */
export async function startDeclaration(client: Client, taskQueue: string, input: DeclarationInput, firstSave: SaveDraft): Promise<DeclarationSnapshot> {
  const startWorkflowOperation = new WithStartWorkflowOperation<typeof declarationWorkflow>('declarationWorkflow', {
    workflowId: declarationWorkflowId(input.declarationId),
    taskQueue,
    args: [input],
    workflowIdConflictPolicy: 'FAIL',
    typedSearchAttributes: [
      { key: OrganisationId, value: input.organisationId },
      { key: DeclarationType, value: input.type },
      { key: DeclarationStatus, value: 'draft' },
    ],
  });
  try {
    return await client.workflow.executeUpdateWithStart(saveDraftUpdate, { args: [firstSave], startWorkflowOperation });
  } catch (error) {
    // A declaration whose first save failed must not linger as a half-made workflow.
    await client.workflow.getHandle(declarationWorkflowId(input.declarationId))
      .terminate('the first save of the declaration failed')
      .catch(() => undefined);
    throw httpErrorOf(error, 'draft');
  }
}

/** Asks the declaration's workflow to perform an action; a refusal comes back as an HTTP error. */
export async function runDeclarationUpdate<A>(
  client: Client, req: Request, declaration: Declaration, update: UpdateDefinition<DeclarationSnapshot, [A]>, arg: A,
): Promise<DeclarationSnapshot> {
  try {
    return await client.workflow.getHandle(declaration.workflowId).executeUpdate(update, { args: [arg], updateId: updateIdOf(req) });
  } catch (error) {
    throw httpErrorOf(error, declaration.status);
  }
}
