import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { invalidFields } from '../refusals';
import type { ClaimState } from '../../domain/claim/state';
import { requireStaff } from './checks';
import { messageCustomerUpdate, type MessageCustomer } from './definitions';
import type { ClaimProcess } from './process';

/** Long enough for any letter-length message; keeps one message, and so the claim's history, bounded. */
export const MAX_CUSTOMER_MESSAGE_CHARACTERS = 10_000;
export const MAX_CUSTOMER_MESSAGE_SUBJECT = 200;

/** A message to the customer needs a subject and a text, within their bounds; a handler writes it. */
export function checkCustomerMessage(_state: ClaimState, { actor, subject, body }: MessageCustomer) {
  requireStaff(actor);
  const problems = [
    ...(!subject?.trim() ? [fieldProblem('subject', 'assignment.problem.subject')] : []),
    ...(subject && subject.length > MAX_CUSTOMER_MESSAGE_SUBJECT ? [fieldProblem('subject', 'field.limit.tooLong', { maximum: MAX_CUSTOMER_MESSAGE_SUBJECT })] : []),
    ...(!body?.trim() ? [fieldProblem('body', 'assignment.problem.body')] : []),
    ...(body && body.length > MAX_CUSTOMER_MESSAGE_CHARACTERS ? [fieldProblem('body', 'field.limit.tooLong', { maximum: MAX_CUSTOMER_MESSAGE_CHARACTERS })] : []),
  ];
  if (problems.length) throw invalidFields(phrase('assignment.refusal.messageIncomplete'), problems);
}

/**
 * The insurer writes to the customer of a claim, open or closed: the message reaches the customer's thread and the
 * audit log (claim_customer_messaged). Keyed: a retried request (a bulk message sent again) writes it once.
 */
export function registerCustomerMessages(p: ClaimProcess) {
  p.register(messageCustomerUpdate, p.keyed(checkCustomerMessage, async ({ actor, messageId, subject, body }) => p.commit({
    action: 'customer_messaged', by: actor, details: { messageId, subject: subject.trim() },
    customerMessages: [{ id: messageId, subject: subject.trim(), body: body.trim(), by: actor }],
  })));
}
