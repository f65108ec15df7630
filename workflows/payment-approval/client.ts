import type { Client } from '@temporalio/client';
import { processClient } from '../process-client';
import { type PaymentApprovalInput, paymentApprovalWorkflowId, type PaymentApprovalSnapshot, requestPaymentUpdate } from './definitions';

/** The approval of a payment above its requester's limit: the request starts it; approval and rejection are updates. */
export const paymentApprovalProcess = processClient({
  workflowType: 'paymentApprovalWorkflow', subject: 'payment', startsAs: 'awaiting_approval', firstUpdate: requestPaymentUpdate,
});

/** Starts the approval and records the payment, in one step; refused (reserve, claim status), nothing is recorded. */
export function startPaymentApproval(client: Client, taskQueue: string, input: PaymentApprovalInput): Promise<PaymentApprovalSnapshot> {
  return paymentApprovalProcess.start(client, { taskQueue, workflowId: paymentApprovalWorkflowId(input.paymentId), args: [input], firstUpdateArgs: [] });
}
