import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { paymentApprovalWorkflow, paymentScheduleWorkflow } from '../../workflows';
import { PaymentApprovalInput, paymentApprovalWorkflowId, requestPaymentUpdate } from '../../workflows/payment-approval/definitions';
import { PaymentScheduleInput, paymentScheduleWorkflowId, registerScheduleUpdate } from '../../workflows/payment-schedule/definitions';
import { httpErrorOf } from '../declarations/temporal-errors';

/** Starts the approval of a payment above its requester's limit and records it, in one step; refused, nothing remains. */
export async function startPaymentApproval(client: Client, taskQueue: string, input: PaymentApprovalInput) {
  const workflowId = paymentApprovalWorkflowId(input.paymentId);
  const startWorkflowOperation = new WithStartWorkflowOperation<typeof paymentApprovalWorkflow>('paymentApprovalWorkflow', {
    workflowId, taskQueue, workflowIdConflictPolicy: 'FAIL', args: [input],
  });
  try {
    return await client.workflow.executeUpdateWithStart(requestPaymentUpdate, { args: [], startWorkflowOperation });
  } catch (error) {
    await client.workflow.getHandle(workflowId).terminate('the payment was refused').catch(() => undefined);
    throw httpErrorOf(error, 'refused', 'This payment');
  }
}

/** Starts a payment schedule once its total fits the reserve, in one step; refused, nothing remains. */
export async function startPaymentSchedule(client: Client, taskQueue: string, input: PaymentScheduleInput) {
  const workflowId = paymentScheduleWorkflowId(input.scheduleId);
  const startWorkflowOperation = new WithStartWorkflowOperation<typeof paymentScheduleWorkflow>('paymentScheduleWorkflow', {
    workflowId, taskQueue, workflowIdConflictPolicy: 'FAIL', args: [input],
  });
  try {
    return await client.workflow.executeUpdateWithStart(registerScheduleUpdate, { args: [], startWorkflowOperation });
  } catch (error) {
    await client.workflow.getHandle(workflowId).terminate('the payment schedule was refused').catch(() => undefined);
    throw httpErrorOf(error, 'refused', 'This payment schedule');
  }
}

/** Asks a payment's or a schedule's workflow for a decision; a refusal comes back as an HTTP error. */
export async function runMoneyUpdate<R, A>(client: Client, subject: { workflowId: string; status: string; what: string }, update: UpdateDefinition<R, [A]>, arg: A): Promise<R> {
  try {
    return await client.workflow.getHandle(subject.workflowId).executeUpdate(update, { args: [arg] });
  } catch (error) {
    throw httpErrorOf(error, subject.status, subject.what);
  }
}
