import type { Duration } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/declaration';
import type { CostType } from '../../domain/money';

export const paymentApprovalWorkflowId = (paymentId: string) => `payment-approval-${paymentId}`;

export interface PaymentRequest {
  paymentId: string;
  declarationId: string;
  costType: CostType;
  amountCents: number;
  payeeName: string;
  iban: string;
  requestedBy: Actor;
}

export interface PaymentApprovalInput extends PaymentRequest {
  /** Undecided this long: every senior handler is told (config PAYMENT_APPROVAL_ESCALATE_AFTER). */
  timing: {
    escalateAfter: Duration;
    /** A workflow whose request never came (its start's answer was lost) ends after this long; default '1 hour'. */
    firstUpdateWithin?: Duration;
  };
}

export interface PaymentApprovalSnapshot {
  paymentId: string;
  /** requested: not yet recorded; refused: it did not fit the reserve, nothing was recorded. */
  status: 'requested' | 'refused' | 'awaiting_approval' | 'paid' | 'rejected';
  escalatedAt: string | null;
  decision: { decision: 'approve' | 'reject'; reason: string | null; by: Actor; at: string } | null;
}

/** Sent with the start: records the payment as awaiting approval, or refuses it (reserve, claim status). */
export const requestPaymentUpdate = defineUpdate<PaymentApprovalSnapshot, []>('requestPayment');
export const approvePaymentUpdate = defineUpdate<PaymentApprovalSnapshot, [{ actor: Actor }]>('approvePayment');
export const rejectPaymentUpdate = defineUpdate<PaymentApprovalSnapshot, [{ actor: Actor; reason: string }]>('rejectPayment');
export const paymentApprovalQuery = defineQuery<PaymentApprovalSnapshot>('paymentApproval');
