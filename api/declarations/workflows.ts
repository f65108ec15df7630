import { createHash } from 'node:crypto';
import { Client, WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
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

/** The namespace of declaration ids derived from an Idempotency-Key (a fixed, random UUID). */
const declarationIdNamespace = Buffer.from('8d1f6c3e4b2a4f0e9c7d5a1b3e6f2d40', 'hex');

/** A name-based UUID (RFC 9562 version 5): the same user, organisation and key always give the same declaration id. */
export function declarationIdFor(userId: string, organisationId: string, idempotencyKey: string): string {
  const hash = createHash('sha1').update(declarationIdNamespace).update(`${userId}\n${organisationId}\n${idempotencyKey}`, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Starts the declaration's workflow and saves its first draft in one step, so a new declaration is never
 * half-made. With an idempotency key (the declaration id is derived from it) a retry reaches the same
 * workflow and the same update: Temporal answers it with the first attempt's outcome.
 */
export async function startDeclaration(
  client: Client, taskQueue: string, input: DeclarationInput, firstSave: SaveDraft, idempotencyKey?: string,
): Promise<DeclarationSnapshot> {
  const workflowId = declarationWorkflowId(input.declarationId);
  const startWorkflowOperation = new WithStartWorkflowOperation<typeof declarationWorkflow>('declarationWorkflow', {
    workflowId,
    taskQueue,
    args: [input],
    workflowIdConflictPolicy: idempotencyKey ? 'USE_EXISTING' : 'FAIL',
    // A declaration's workflow that has ended is never started again under its id.
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: [
      { key: OrganisationId, value: input.organisationId },
      { key: DeclarationType, value: input.type },
      { key: DeclarationStatus, value: 'draft' },
    ],
  });
  try {
    return await client.workflow.executeUpdateWithStart(saveDraftUpdate, {
      args: [firstSave], startWorkflowOperation, ...(idempotencyKey ? { updateId: `create:${idempotencyKey}`.slice(0, 255) } : {}),
    });
  } catch (error) {
    // A first save the workflow refused left nothing stored; a fresh workflow of ours can go at once. Any other
    // failure may have saved it: the workflow stays, and ends by itself if its first save never happened.
    if (!idempotencyKey && error instanceof WorkflowUpdateFailedError) {
      await client.workflow.getHandle(workflowId).terminate('the first save of the declaration was refused').catch(() => undefined);
    }
    throw httpErrorOf(error, 'draft');
  }
}

const UPDATE_ANSWER_WITHIN_MS = 60_000;

/** Asks the declaration's workflow to perform an action; a refusal comes back as an HTTP error. */
export async function runDeclarationUpdate<A>(
  client: Client, req: Request, declaration: Declaration, update: UpdateDefinition<DeclarationSnapshot, [A]>, arg: A,
): Promise<DeclarationSnapshot> {
  try {
    // Bounded: an update that lands exactly while the run hands over to the next relies on Temporal's own retries
    // (temporalio/temporal#7164); the caller gets 503 outcome_unknown rather than a request that never answers.
    return await client.withDeadline(Date.now() + UPDATE_ANSWER_WITHIN_MS, () =>
      client.workflow.getHandle(declaration.workflowId).executeUpdate(update, { args: [arg], updateId: updateIdOf(req) }));
  } catch (error) {
    throw httpErrorOf(error, declaration.status);
  }
}
