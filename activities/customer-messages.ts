import type { Knex } from 'knex';
import type { ClaimChange } from '../domain/claim/change';

/**
 * The insurer's messages to the customer, written to the claim's thread (the messages read model both sides read)
 * in the claim's own transaction. A message has no process of its own: it is sent, and the customer reads it.
 */
export async function writeCustomerMessages(trx: Knex.Transaction, change: ClaimChange, now: string): Promise<void> {
  const { state } = change;
  for (const message of change.customerMessages ?? []) {
    await trx('messages').insert({
      id: message.id, workflowId: `${state.workflowId}/message/${message.id}`, organisationId: state.organisationId, declarationId: state.declarationId,
      addressedTo: 'customer', handlerId: state.handler?.id ?? null, sender: JSON.stringify(message.by), senderId: message.by.userId,
      subject: message.subject, body: message.body, attachments: JSON.stringify([]), status: 'sent', read: null, reply: null,
      revision: 1, createdAt: now, updatedAt: now,
    }).onConflict('id').ignore();
  }
}
