import { randomUUID } from 'node:crypto';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { Knex } from 'knex';
import type { MessageSnapshot } from '../../domain/message';
import type { claimMessageWorkflow } from '../../workflows';
import { deliverUpdate, MessageInput, MessageTiming, messageWorkflowId } from '../../workflows/claim-message/definitions';
import { OrganisationId } from '../../workflows/search-attributes';
import { httpErrorOf } from '../declarations/temporal-errors';
import type { ReceivedFile } from '../uploads';

/**
 * Stores the files, then starts the message's workflow and has it delivered in one step, so the thread
 * shows the message as soon as this returns. If delivery fails, neither files nor message remain.
 */
export async function sendMessage(
  knex: Knex, client: Client, taskQueue: string, timing: MessageTiming,
  message: Omit<MessageInput, 'id' | 'attachments' | 'timing'>, files: ReceivedFile[],
): Promise<MessageSnapshot> {
  const id = randomUUID();
  if (files.length) {
    await knex('messageAttachments').insert(files.map(({ ref, content, sha256 }) => ({ ...ref, messageId: id, content, sha256, uploadedBy: message.sender.userId })));
  }
  const startWorkflowOperation = new WithStartWorkflowOperation<typeof claimMessageWorkflow>('claimMessageWorkflow', {
    workflowId: messageWorkflowId(id), taskQueue, workflowIdConflictPolicy: 'FAIL',
    args: [{ ...message, id, attachments: files.map((file) => file.ref), timing }],
    // Auditors find a customer's workflows by organisation.
    typedSearchAttributes: [{ key: OrganisationId, value: message.organisationId }],
  });
  try {
    return await client.workflow.executeUpdateWithStart(deliverUpdate, { startWorkflowOperation });
  } catch (error) {
    await client.workflow.getHandle(messageWorkflowId(id)).terminate('delivery failed').catch(() => undefined);
    await knex('messageAttachments').where({ messageId: id }).delete();
    throw httpErrorOf(error, 'sent', 'This message');
  }
}

/** Asks a message's workflow to act; a refusal comes back as an HTTP error. */
export async function runMessageUpdate<A>(client: Client, message: { workflowId: string; status: string }, update: UpdateDefinition<MessageSnapshot, [A]>, arg: A) {
  try {
    return await client.workflow.getHandle(message.workflowId).executeUpdate(update, { args: [arg] });
  } catch (error) {
    throw httpErrorOf(error, message.status, 'This message');
  }
}
