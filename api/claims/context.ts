import type { Config } from '../../runtime/config';
import type { ClaimTiming } from '../../workflows/claim/definitions';
import type { HistoryLimits } from '../../workflows/declaration/definitions';

/** What every request to a claim's process needs: where its worker listens, and the claim's durations (workflow input). */
export interface ClaimContext {
  taskQueue: string;
  timing: ClaimTiming;
  limits: Partial<HistoryLimits>;
}

export const claimContextOf = (config: Config): ClaimContext => ({
  taskQueue: config.temporal.taskQueue,
  timing: {
    approvalEscalateAfter: config.money.paymentApprovalEscalateAfter,
    instalmentPeriod: config.money.instalmentPeriod,
    reopenWithin: config.money.reopenWithin,
    ...(config.catastrophes.fastTrack ? { fastTrack: config.catastrophes.fastTrack } : {}),
    diaryEscalateAfter: config.diary.escalateAfter,
  },
  limits: { historyEvents: config.money.claimHistoryEvents },
});
