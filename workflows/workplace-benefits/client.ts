import type { Config } from '../../runtime/config';
import { processClient } from '../process-client';
import { openBenefitsUpdate, type BenefitsTiming } from './definitions';

/** The benefits file's process: opened with its first update, every change after it an update of it. */
export const benefitsProcess = processClient({ workflowType: 'workplaceBenefitsWorkflow', subject: 'claim', startsAs: 'accepted', firstUpdate: openBenefitsUpdate });

/** What every request to a benefits file needs: where its worker listens, and the law's durations (the workflow's input). */
export const benefitsContextOf = (config: Config): { taskQueue: string; timing: BenefitsTiming } => ({
  taskQueue: config.temporal.taskQueue,
  timing: {
    month: config.benefits.month, revisionPeriod: config.benefits.revisionPeriod,
    ratificationRemindAfter: config.benefits.ratificationRemindAfter, year: config.benefits.year,
  },
});
