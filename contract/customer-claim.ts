import { z } from 'zod';
import { attachmentKinds } from '../domain/attachments';
import { cents, moment } from './common';

/**
 * What a customer follows on their claim in My claims, beyond its status: how far it got, what the insurer waits
 * for from them, and the money paid on it. Never the insurer's reserves, never who approved what.
 */

/** The claim's way, each step with the moment it was reached (null: not yet). */
export const progressSteps = ['declared', 'opened', 'decided', 'paid', 'closed'] as const;
export const progressStep = z.object({ step: z.enum(progressSteps), at: moment.nullable() });

/** Why a document is asked for, worded in the reader's language, with its key for a client that words it itself. */
const worded = z.object({ key: z.string(), params: z.record(z.string(), z.unknown()).optional(), text: z.string() });

/**
 * One thing the insurer waits for: a document the claim's type needs and nobody attached yet (`document`), or an
 * item the handler named when accepting under reservation (`reservation`), until the customer answers it with a file.
 */
export const waitingItem = z.object({
  id: z.string().describe('document:<kind> or reservation:<n>'),
  source: z.enum(['document', 'reservation']),
  /** The kind of file that answers it; for a reservation item the customer says which kind they send. */
  kind: z.enum(attachmentKinds).nullable(),
  /** The reservation's missing item, as the handler wrote it. */
  item: z.string().nullable(),
  reason: worded.nullable(),
  since: moment.nullable(),
});
export type WaitingItem = z.infer<typeof waitingItem>;

/**
 * A payment on the claim as its customer sees it: on its way (approved, in a batch), paid (the bank confirmed) or
 * returned by the bank. Requests still awaiting approval, rejected or cancelled ones are the insurer's own business.
 */
export const customerPaymentStatuses = ['on_its_way', 'paid', 'returned'] as const;
export const customerPayment = z.object({
  id: z.string(),
  amountCents: cents,
  costType: z.string(),
  payeeName: z.string(),
  /** The account's last four characters: enough to recognise it, not to copy it. */
  accountEnding: z.string(),
  status: z.enum(customerPaymentStatuses),
  /** When it was paid, sent or approved, whichever is latest known. */
  at: moment,
});
export type CustomerPayment = z.infer<typeof customerPayment>;

export const customerFollowUp = {
  progress: z.array(progressStep),
  waitingFor: z.array(waitingItem),
  payments: z.array(customerPayment),
  /** Whether this reader may add documents now: the claim is opened, not closed, and they see its medical details. */
  mayAddDocuments: z.boolean(),
};

/** Adding documents to a claim (multipart, next to the files): their kind, and the reservation item they answer. */
export const customerDocumentFields = z.object({
  kind: z.enum(attachmentKinds),
  answers: z.string().trim().min(1).max(500).optional(),
});
