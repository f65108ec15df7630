import { defineSignal } from '@temporalio/workflow';

/** The claim's deadlines process tells the claim which legal deadlines run (after each change of them). */
export interface RunningDeadlines {
  running: { code: string; dueOn: string }[];
}
export const legalDeadlinesChangedSignal = defineSignal<[RunningDeadlines]>('legalDeadlinesChanged');
