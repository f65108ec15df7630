import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import type { MessageSnapshot } from '../../domain/message';
import { deliverMessage } from '../../workflows/claim-message/client';
import type { MessageInput, MessageTiming } from '../../workflows/claim-message/definitions';
import { HttpError } from '../errors';
import type { ReceivedFile } from '../uploads';

/**
 * Stores the files, then starts the message's workflow and has it delivered in one step, so the thread
 * shows the message as soon as this returns. Refused, neither files nor message remain; an answer lost on the
 * way keeps the files, since the message may have been delivered.
 */
export async function sendMessage(
  knex: Knex, client: Client, taskQueue: string, timing: MessageTiming,
  message: Omit<MessageInput, 'id' | 'attachments' | 'timing'>, files: ReceivedFile[],
): Promise<MessageSnapshot> {
  const id = randomUUID();
  if (files.length) {
    await knex('messageAttachments').insert(files.map(({ ref, content, sha256 }) => ({ ...ref, messageId: id, content, sha256, uploadedBy: message.sender.userId })));
  }
  try {
    return await deliverMessage(client, taskQueue, { ...message, id, attachments: files.map((file) => file.ref), timing });
  } catch (error) {
    const refused = error instanceof HttpError && error.status < 500;
    if (refused) await knex('messageAttachments').where({ messageId: id }).delete();
    throw error;
  }
}
