import type { Duration } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/declaration';
import type { CostType, PlannedPayment, ScheduleKind } from '../../domain/money';

export const paymentScheduleWorkflowId = (scheduleId: string) => `payment-schedule-${scheduleId}`;

export interface ScheduleRequest {
  scheduleId: string;
  declarationId: string;
  kind: ScheduleKind;
  costType: CostType;
  totalCents: number;
  spreadMonths: 12 | 24;
  payeeName: string;
  iban: string;
  createdBy: Actor;
}

export interface PaymentScheduleInput extends ScheduleRequest {
  /** Between two instalments (config INSTALMENT_PERIOD). */
  timing: {
    instalmentPeriod: Duration;
    /** A workflow whose registration never came (its start's answer was lost) ends after this long; default '1 hour'. */
    firstUpdateWithin?: Duration;
  };
}

export interface PaymentScheduleSnapshot extends ScheduleRequest {
  workflowId: string;
  plan: PlannedPayment[];
  /** requested: not yet recorded; refused: it did not fit the reserve, nothing was recorded. */
  status: 'requested' | 'refused' | 'running' | 'completed' | 'stopped';
  paidCount: number;
  stopped: { by: Actor; reason: string; at: string } | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** Sent with the start: records the schedule (its total promised on the reserve), or refuses it. */
export const registerScheduleUpdate = defineUpdate<PaymentScheduleSnapshot, []>('registerSchedule');
export const stopScheduleUpdate = defineUpdate<PaymentScheduleSnapshot, [{ actor: Actor; reason: string }]>('stopSchedule');
export const paymentScheduleQuery = defineQuery<PaymentScheduleSnapshot>('paymentSchedule');
