import type { Knex } from 'knex';
import type { MessageSnapshot } from '../domain/message';
import { logLatestAction } from './projection';

export interface StaffNotification {
  /** One notification per event, however often the activity runs. */
  dedupeKey: string;
  to: { userId: string } | { role: 'handler' | 'senior_handler' };
  kind: 'message_reminder' | 'message_escalated';
  messageId: string;
  /**
   * The message's subject: the notice is its kind (a code) and this subject, worded where it is read.
   * Executions started before carry `text`, an English sentence, instead.
   */
  subject?: string;
  text?: string;
}

export function messageActivities(knex: Knex) {
  return {
    /** Writes the message to the read model; an older revision never overwrites a newer one. */
    async projectMessage(message: MessageSnapshot): Promise<void> {
      const row = {
        id: message.id,
        workflowId: message.workflowId,
        organisationId: message.organisationId,
        declarationId: message.declarationId,
        addressedTo: message.addressedTo,
        handlerId: message.handlerId,
        sender: JSON.stringify(message.sender),
        senderId: message.sender.userId,
        subject: message.subject,
        body: message.body,
        attachments: JSON.stringify(message.attachments),
        status: message.status,
        read: JSON.stringify(message.read),
        reply: JSON.stringify(message.reply),
        reminderSentAt: message.reminderSentAt,
        escalatedAt: message.escalatedAt,
        revision: message.revision,
        createdAt: message.createdAt,
        updatedAt: message.updatedAt,
      };
      await knex.transaction(async (trx) => {
        await trx('messages').insert(row).onConflict('id').merge().where('messages.revision', '<', message.revision);
        // The message's own history is its status: log each change of it.
        const by = message.reply?.by ?? (message.status === 'read' ? message.read?.by : message.sender) ?? message.sender;
        await logLatestAction(trx, 'message', message.id, message.organisationId, message.workflowId, message.revision, { action: message.status, by });
      });
    },

    /** Puts a notice in the inbox of a handler, or of everyone in a role (the senior handlers on escalation). */
    async notifyStaff(notice: StaffNotification): Promise<void> {
      const recipients: { id: string }[] = 'userId' in notice.to
        ? [{ id: notice.to.userId }]
        : await knex('users').where({ role: notice.to.role }).select('id');
      if (recipients.length === 0) return;
      await knex('notifications')
        .insert(recipients.map((recipient) => ({
          dedupeKey: `${notice.dedupeKey}:${recipient.id}`, userId: recipient.id, messageId: notice.messageId, kind: notice.kind,
          // An execution from before notices carried their subject sends an English sentence: kept as it came.
          params: { subject: notice.subject ?? null }, message: notice.subject === undefined ? notice.text ?? null : null,
        })))
        .onConflict('dedupeKey').ignore();
    },
  };
}
