import type { Message } from '../../contract/messages';

/** A message as both sides see it in the thread. */
export function messageView(message: Record<string, any>): Message {
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
  return {
    id: message.id,
    declarationId: message.declarationId,
    addressedTo: message.addressedTo,
    subject: message.subject,
    body: message.body,
    sender: message.sender,
    status: message.status,
    attachments: message.attachments,
    read: message.read,
    reply: message.reply,
    reminderSentAt: iso(message.reminderSentAt),
    escalatedAt: iso(message.escalatedAt),
    createdAt: new Date(message.createdAt).toISOString(),
    updatedAt: iso(message.updatedAt),
  };
}
