import type { Client } from '@temporalio/client';
import { processClient } from '../process-client';
import { type PaymentScheduleInput, type PaymentScheduleSnapshot, paymentScheduleWorkflowId, registerScheduleUpdate } from './definitions';

/** A payment schedule (Verzekerd Inkomen): registering it starts it; stopping it is an update. */
export const paymentScheduleProcess = processClient({
  workflowType: 'paymentScheduleWorkflow', subject: 'schedule', startsAs: 'running', firstUpdate: registerScheduleUpdate,
});

/** Starts a payment schedule once its total fits the reserve, in one step; refused, nothing is recorded. */
export function startPaymentSchedule(client: Client, taskQueue: string, input: PaymentScheduleInput): Promise<PaymentScheduleSnapshot> {
  return paymentScheduleProcess.start(client, { taskQueue, workflowId: paymentScheduleWorkflowId(input.scheduleId), args: [input], firstUpdateArgs: [] });
}
