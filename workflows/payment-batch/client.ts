import { type Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';
import type { Actor } from '../../domain/declaration';
import { resultOfRunOnce } from '../run-once';
import { dailyPaymentBatchScheduleId, paymentBatchWorkflowId, type PaymentBatchSummary } from './definitions';

/** Runs a batch now and answers it (null: no approved payment waited); the same request key joins the same run. */
export function runPaymentBatch(client: Client, taskQueue: string, request: { requestKey: string; requestedBy: Actor }): Promise<PaymentBatchSummary | null> {
  return resultOfRunOnce(client, 'paymentBatchWorkflow', {
    taskQueue, workflowId: paymentBatchWorkflowId(request.requestKey), args: [{ requestedBy: request.requestedBy }],
  });
}

/**
 * The daily batch as a Temporal Schedule, at `batchAt` ('HH:MM') Brussels time: created on the worker's first
 * start, brought up to date on every later one. A run still busy at the next time skips that time; a time missed
 * while Temporal was down runs when it is back, within a day (later ones would find nothing new to send anyway).
 */
export async function scheduleDailyPaymentBatch(client: Client, { taskQueue, batchAt }: { taskQueue: string; batchAt: string }): Promise<void> {
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(batchAt);
  if (!time) throw new Error(`SEPA_BATCH_AT must be a time of day, HH:MM: ${batchAt}`);
  const [hour, minute] = [Number(time[1]), Number(time[2])];
  const schedule = {
    spec: { calendars: [{ hour, minute }], timezone: 'Europe/Brussels' },
    action: { type: 'startWorkflow' as const, workflowType: 'paymentBatchWorkflow', taskQueue, workflowId: dailyPaymentBatchScheduleId, args: [{ requestedBy: null }] },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
  } satisfies Omit<ScheduleOptions, 'scheduleId'>;
  try {
    await client.schedule.create({ scheduleId: dailyPaymentBatchScheduleId, ...schedule });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(dailyPaymentBatchScheduleId).update((current) => ({ ...current, ...schedule, policies: { ...current.policies, ...schedule.policies } }));
  }
}
