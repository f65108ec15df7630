import { z } from 'zod';
import { safeString } from '../../domain/text';

/** What a customer or a handler writes in a message thread. */
export const MAX_MESSAGE_CHARACTERS = 10_000;
export const messageSubject = safeString(200).trim();
export const messageBody = (whenEmpty: string) => safeString(MAX_MESSAGE_CHARACTERS).trim().min(1, whenEmpty);
/** The text fields of a new message (multipart, next to its files). */
export const messageFields = z.object({ subject: messageSubject.optional(), body: messageBody('api.field.writeMessage') });
