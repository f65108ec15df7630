import type { Actor } from '../../domain/declaration';

/** The Temporal Schedule that runs the batch every day at config.sepa.batchAt, Brussels time. */
export const dailyPaymentBatchScheduleId = 'daily-payment-batch';

/** A batch a person asks for: the request's idempotency key names it, so a retry reaches the same batch. */
export const paymentBatchWorkflowId = (requestKey: string) => `payment-batch-${requestKey}`;

/** The failure of a claim that would not hand its payments over: asked again, it answers the same; it keeps them for another batch. */
export const claimRefusedBatchFailureType = 'claim_refused_batch';

export interface PaymentBatchInput {
  /** Null: the daily schedule. */
  requestedBy: Actor | null;
}

/** A batch as it was recorded; the workflow answers null when no approved payment waited. */
export interface PaymentBatchSummary {
  batchId: string;
  number: number;
  messageId: string;
  executionDate: string;
  paymentCount: number;
  totalCents: number;
}
