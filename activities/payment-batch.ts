import { type Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Knex } from 'knex';
import { audit } from '../db/audit';
import type { ClaimPayment } from '../domain/claim/state';
import { type Actor, systemActor } from '../domain/declaration';
import { brusselsDate } from '../domain/rules/calendar';
import { creditTransferFile, endToEndIdOf, type TransferBatch } from '../domain/sepa/credit-transfer';
import { claimNumberCode } from '../domain/declaration-types';
import { claimCommunication } from '../domain/sepa/structured-communication';
import { claimWorkflowId, takeForBatchUpdate } from '../workflows/claim/definitions';
import { claimRefusedBatchFailureType, type PaymentBatchSummary } from '../workflows/payment-batch/definitions';

/** A payment a claim handed over to a batch, with the claim it belongs to. */
export type BatchPayment = Pick<ClaimPayment, 'id' | 'amountCents' | 'payeeName' | 'iban' | 'bic'> & { declarationId: string };

export interface RecordBatch {
  batchId: string;
  createdBy: Actor | null;
  payments: BatchPayment[];
}

/** The insurer's account every transfer leaves from (config.sepa.debtor). */
export type SepaDebtor = TransferBatch['debtor'];

/** Activities that need the Temporal client or the debtor account refuse to run without them. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw ApplicationFailure.nonRetryable(`The worker was started without ${what}`, 'worker_misconfigured');
  return value;
}

const batchSummaryOf = (row: Record<string, any>): PaymentBatchSummary => ({
  batchId: row.id, number: row.number, messageId: row.messageId, executionDate: row.executionDate,
  paymentCount: row.paymentCount, totalCents: Number(row.totalCents),
});

/** The SEPA payment batch: approved payments leave the insurer in one pain.001 file a day (or when a senior handler asks). */
export function paymentBatchActivities(knex: Knex, temporal: Client | undefined, debtor: SepaDebtor | undefined) {
  return {
    /** The claims (their declaration ids) that hold approved payments not yet in a batch, as the projection shows them. */
    async claimsWithApprovedPayments(): Promise<string[]> {
      const rows = await knex('payments').where({ status: 'approved' }).whereNull('batchId').distinct('declarationId').orderBy('declarationId');
      return rows.map((row) => row.declarationId);
    },

    /**
     * Asks the claim's process for its approved payments; it marks them sent in this batch. The update id makes a
     * retry get the first answer. A claim that refuses (or whose process has ended) keeps its payments for another batch.
     */
    async takeClaimPaymentsForBatch({ declarationId, batchId }: { declarationId: string; batchId: string }): Promise<BatchPayment[]> {
      const client = required(temporal, 'a Temporal client');
      try {
        const payments = await client.workflow.getHandle(claimWorkflowId(declarationId))
          .executeUpdate(takeForBatchUpdate, { args: [{ batchId }], updateId: `batch:${batchId}` });
        return payments.map(({ id, amountCents, payeeName, iban, bic }) => ({ id, amountCents, payeeName, iban, bic, declarationId }));
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError || error instanceof WorkflowNotFoundError) {
          throw ApplicationFailure.create({ type: claimRefusedBatchFailureType, nonRetryable: true, message: `Claim ${declarationId} kept its payments: ${error.message}`, cause: error });
        }
        throw error;
      }
    },

    /**
     * Writes the batch and its pain.001 file, and puts its payments in it: payments.batch_id refers to the batch's
     * row, which exists only from here on, so this write (not the claim's) sets it. Once per batch id: a retry keeps
     * the batch written the first time, with the number, moment and file it got then.
     */
    async recordPaymentBatch({ batchId, createdBy, payments }: RecordBatch): Promise<PaymentBatchSummary> {
      const from = required(debtor, 'the SEPA debtor account');
      const by = createdBy ?? systemActor;
      return knex.transaction(async (trx) => {
        const known = await trx('payments').join('claims', 'claims.declarationId', 'payments.declarationId')
          .whereIn('payments.id', payments.map((payment) => payment.id)).select('payments.id', 'claims.claimNumber');
        const byId = new Map(known.map((row) => [row.id as string, row.claimNumber as string]));
        const now = new Date();
        const batch: TransferBatch = {
          messageId: batchId.replace(/-/g, ''), // 32 of the 35 characters a message id may have, unique as the batch is
          createdAt: now.toISOString(),
          executionDate: brusselsDate(now), // the bank executes it on the day it arrives, or its next business day
          debtor: from,
          transfers: payments.map((payment) => {
            const claimNumber = byId.get(payment.id);
            if (claimNumber === undefined) throw new Error(`Payment ${payment.id} is not in the projection`);
            return {
              endToEndId: endToEndIdOf(payment.id), amountCents: payment.amountCents, creditorName: payment.payeeName, iban: payment.iban,
              bic: payment.bic, communication: claimCommunication(claimNumber, Object.values(claimNumberCode)),
            };
          }),
        };
        const totalCents = payments.reduce((sum, payment) => sum + payment.amountCents, 0);
        await trx('paymentBatches').insert({
          id: batchId, messageId: batch.messageId, executionDate: batch.executionDate, paymentCount: payments.length, totalCents,
          file: creditTransferFile(batch), createdBy: JSON.stringify(by), createdAt: batch.createdAt,
        }).onConflict('id').ignore();
        const row = await trx('paymentBatches').where({ id: batchId }).first();
        await trx('payments').whereIn('id', payments.map((payment) => payment.id)).whereNull('batchId').update({ batchId });
        await audit(trx, {
          actor: { id: by.userId, name: by.name }, action: 'payment_batch_created', subject: { type: 'payment_batch', id: batchId },
          details: { number: row.number, messageId: row.messageId, executionDate: row.executionDate, paymentCount: row.paymentCount, totalCents: Number(row.totalCents) },
          eventKey: `payment-batch:${batchId}`,
        });
        return batchSummaryOf(row);
      });
    },
  };
}
