import type { Client } from '@temporalio/client';
import type { MessageSnapshot } from '../../domain/message';
import { processClient } from '../process-client';
import { OrganisationId } from '../search-attributes';
import { deliverUpdate, type MessageInput, messageWorkflowId } from './definitions';

/** A message to the insurer: delivered as it starts; every action is an update answered with the message. */
export const messageProcess = processClient({
  workflowType: 'claimMessageWorkflow', subject: 'message', startsAs: 'sent', firstUpdate: deliverUpdate,
});

/** Starts the message's workflow and delivers the message in one step, so the thread shows it as soon as this returns. */
export function deliverMessage(client: Client, taskQueue: string, message: MessageInput): Promise<MessageSnapshot> {
  return messageProcess.start(client, {
    taskQueue, workflowId: messageWorkflowId(message.id), args: [message], firstUpdateArgs: [],
    // Auditors find a customer's workflows by organisation.
    typedSearchAttributes: [{ key: OrganisationId, value: message.organisationId }],
  });
}
