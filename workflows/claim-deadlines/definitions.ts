import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { ProductLine } from '../../domain/product-lines';
import type { DeadlineCode } from '../../domain/rules/claim-deadlines';

export const deadlinesWorkflowId = (declarationId: string) => `claim-deadlines-${declarationId}`;

export interface Deadline {
  code: DeadlineCode;
  dueOn: string;
  status: 'running' | 'met' | 'missed' | 'cancelled';
  penaltyCents: number;
}

export interface DeadlinesInput {
  declarationId: string;
  productLine: ProductLine;
  /** The day the written claim came in (the declaration's submission, Brussels date). */
  claimFiledOn: string;
  simpleFireRisk: boolean;
  /** Serious workplace accident: the detailed report to the labour inspection is due then. */
  inspectionReportDueOn: string | null;
}

export interface DeadlinesSnapshot {
  declarationId: string;
  deadlines: Deadline[];
  closed: boolean;
  revision: number;
}

export const claimAnsweredSignal = defineSignal<[{ answeredOn: string }]>('claimAnswered');
export const reminderReceivedSignal = defineSignal<[{ sentOn: string }]>('reminderReceived');
export const amountAgreedSignal = defineSignal<[{ agreedOn: string }]>('amountAgreed');
export const paymentMadeSignal = defineSignal<[{ paidOn: string }]>('paymentMade');
export const inspectionReportSentSignal = defineSignal<[{ sentOn: string }]>('inspectionReportSent');
export const claimClosedSignal = defineSignal<[]>('claimClosed');
export const deadlinesQuery = defineQuery<DeadlinesSnapshot>('deadlines');
