import { z } from 'zod';
import { messageBody, messageFields } from '../api/messages/fields';
import { actor, moment, named } from './common';

/** What a customer writes (multipart, next to its files) and what a handler answers: request bodies. */
export { messageFields };
export const messageReply = z.strictObject({ body: messageBody('claimMessage.problem.writeAnswer') });

export const messageStatuses = ['sent', 'read', 'answered', 'withdrawn'] as const;

/** A message as both sides see it in the thread: about a claim, or to the back office about group hospitalisation. */
export const message = z.object({
  id: z.string(),
  declarationId: z.string().nullable(),
  addressedTo: z.enum(['handler', 'back_office', 'customer']), // customer: the insurer's message to them
  subject: z.string(),
  body: z.string(),
  sender: actor,
  status: z.enum(messageStatuses),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string() })),
  read: z.object({ by: named, at: moment }).nullable(),
  reply: z.object({ body: z.string(), by: named, at: moment }).nullable(),
  reminderSentAt: moment.nullable(),
  escalatedAt: moment.nullable(),
  createdAt: moment,
  updatedAt: moment.nullable(),
});
export type Message = z.infer<typeof message>;
export const messages = z.array(message);

/** A message in the handlers' inbox, with where it comes from. */
export const inboxMessage = message.extend({ organisationName: z.string(), handlerId: z.string().nullable(), claimNumber: z.string().nullable() });
export type InboxMessage = z.infer<typeof inboxMessage>;
export const inbox = z.array(inboxMessage);
