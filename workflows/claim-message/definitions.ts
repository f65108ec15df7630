import type { Duration } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/declaration';
import type { MessageSnapshot } from '../../domain/message';

export const messageWorkflowId = (messageId: string) => `message-${messageId}`;

export interface MessageTiming {
  /** Unanswered this long: the handler is reminded. */
  reminderAfter: Duration;
  /** Unanswered this long: a senior handler is told. */
  escalateAfter: Duration;
  /** A workflow whose message was never delivered (its start's answer was lost) ends after this long; default '1 hour'. */
  firstUpdateWithin?: Duration;
}

export type MessageInput = Pick<MessageSnapshot, 'id' | 'organisationId' | 'declarationId' | 'addressedTo' | 'handlerId' | 'sender' | 'subject' | 'body' | 'attachments'> & {
  timing: MessageTiming;
};

export const deliverUpdate = defineUpdate<MessageSnapshot, []>('deliver');
export const withdrawMessageUpdate = defineUpdate<MessageSnapshot, [{ actor: Actor }]>('withdrawMessage');
export const markReadUpdate = defineUpdate<MessageSnapshot, [{ actor: Actor }]>('markRead');
export const replyUpdate = defineUpdate<MessageSnapshot, [{ actor: Actor; body: string }]>('reply');
export const messageQuery = defineQuery<MessageSnapshot>('message');
