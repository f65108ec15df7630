import { ActivityFailure, ApplicationFailure, log, proxyActivities, uuid4 } from '@temporalio/workflow';
import type { createActivities } from '../../activities';
import { activityOptions } from '../shared';
import { claimRefusedBatchFailureType, type PaymentBatchInput, type PaymentBatchSummary } from './definitions';

const { claimsWithApprovedPayments, takeClaimPaymentsForBatch, recordPaymentBatch } = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);

const claimRefused = (error: unknown) =>
  error instanceof ActivityFailure && error.cause instanceof ApplicationFailure && error.cause.type === claimRefusedBatchFailureType;

/**
 * One SEPA batch: every claim holding approved payments hands them over (its process marks them sent in this
 * batch), then the batch and its pain.001 file are recorded. The batch id is the execution's own, stable over
 * replays and retries, so each claim answers the same payments however often it is asked. Nothing waiting: null.
 */
export async function paymentBatchWorkflow({ requestedBy }: PaymentBatchInput): Promise<PaymentBatchSummary | null> {
  const batchId = uuid4();
  const claims = await claimsWithApprovedPayments();
  const handedOver = await Promise.all(claims.map((declarationId) =>
    takeClaimPaymentsForBatch({ declarationId, batchId }).catch((error) => {
      if (!claimRefused(error)) throw error;
      log.warn('A claim kept its approved payments out of the batch', { declarationId, batchId, reason: error.cause?.message });
      return [];
    })));
  const payments = handedOver.flat();
  if (payments.length === 0) return null;
  return recordPaymentBatch({ batchId, createdBy: requestedBy, payments });
}
