import { z } from 'zod';
import { paymentStatuses } from '../domain/money';
import { actor, cents, day, moment } from './common';

/** A payment as its batch shows it: to whom, where, how much, and what the bank made of it so far. */
export const batchPayment = z.object({
  id: z.string(),
  claimId: z.string(),
  claimNumber: z.string(),
  payee: z.string(),
  iban: z.string(),
  amountCents: cents,
  status: z.enum(paymentStatuses),
});

/** A SEPA batch: one pain.001 file sent to the bank, numbered in the order the batches were made. */
export const paymentBatch = z.object({
  id: z.string(),
  number: z.number().int(),
  executionDate: day,
  paymentCount: z.number().int(),
  totalCents: cents,
  createdBy: actor,
  createdAt: moment,
  payments: z.array(batchPayment),
});
export type PaymentBatch = z.infer<typeof paymentBatch>;
export const paymentBatches = z.array(paymentBatch);

/** What one transfer of an imported bank statement did. */
export const statementResult = z.object({
  endToEndId: z.string().nullable(),
  paymentId: z.string().nullable(),
  claimNumber: z.string().nullable(),
  outcome: z.enum(['confirmed', 'returned']),
  result: z.enum(['applied', 'unchanged', 'unknown_payment']),
});

/** A bank statement (camt.054) imported: per transfer what it did, and how many were confirmed, returned, unchanged or not ours. */
export const bankStatementImport = z.object({
  statementId: z.string().describe('sha-256 of the file: the same file imported again is the same statement'),
  notificationId: z.string(),
  fileName: z.string(),
  /** Set when this file was imported before: the results are that import's, and nothing changed now. */
  importedBefore: moment.nullable(),
  results: z.array(statementResult),
  counts: z.object({ confirmed: z.number().int(), returned: z.number().int(), unchanged: z.number().int(), unknown: z.number().int() }),
});
export type BankStatementImport = z.infer<typeof bankStatementImport>;
