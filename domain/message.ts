import type { AttachmentRef } from './attachments';
import type { Actor } from './declaration';

/** A message from a customer to the insurer: to a claim's handler, or to the back office. */
export const messageStatuses = ['sent', 'read', 'answered', 'withdrawn'] as const;
export type MessageStatus = (typeof messageStatuses)[number];

export interface MessageSnapshot {
  id: string;
  workflowId: string;
  organisationId: string;
  /** The claim it is about (the declaration's id); null for a message to the back office. */
  declarationId: string | null;
  addressedTo: 'handler' | 'back_office';
  handlerId: string | null;
  sender: Actor;
  subject: string;
  body: string;
  attachments: AttachmentRef[];
  status: MessageStatus;
  read: { by: Actor; at: string } | null;
  reply: { body: string; by: Actor; at: string } | null;
  reminderSentAt: string | null;
  escalatedAt: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** Until the handler has read it, the sender may take a message back (seed 000 and issue 4). */
export const senderMayWithdraw = (status: MessageStatus) => status === 'sent';
export const awaitsAnswer = (status: MessageStatus) => status === 'sent' || status === 'read';
