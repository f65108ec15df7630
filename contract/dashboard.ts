import { z } from 'zod';
import { checkPeriod } from '../api/audit/period';
import { isoDate } from '../domain/declaration-schemas/building-blocks';
import { productLines } from '../domain/product-lines';
import { cents, day, moment } from './common';

/**
 * The manager's view of the portfolio (issue 12 §5): figures over the claims the filters select. Product line,
 * handler and catastrophe event select claims; the period (Brussels days, both ends included) selects, per figure,
 * the moment that figure is about — see `dashboard` below.
 */
export const dashboardFilterFields = {
  from: isoDate.optional().describe('First day of the period (YYYY-MM-DD)'),
  to: isoDate.optional().describe('Last day of the period (YYYY-MM-DD)'),
  productLine: z.enum(productLines).optional(),
  handlerId: z.uuid().optional().describe('The handler the claims are assigned to now'),
  catastropheId: z.uuid().optional().describe('The catastrophe event the claims are tagged with'),
};
export const dashboardFilters = z.object(dashboardFilterFields).superRefine(checkPeriod);
export type DashboardFilters = z.output<typeof dashboardFilters>;

/** Each figure by the name of its CSV: `/api/backoffice/dashboard/<figure>.csv`. */
export const dashboardFigures = ['backlog-by-product-line', 'backlog-by-handler', 'cycle-times', 'deadlines', 'money', 'workload', 'fraud-referrals'] as const;
export type DashboardFigure = (typeof dashboardFigures)[number];

/** Open claims by age in days since the claim was opened: 0–7, 8–30, 31–90, more than 90. */
const ageBuckets = {
  upTo7Days: z.number().int(), from8To30Days: z.number().int(), from31To90Days: z.number().int(), over90Days: z.number().int(), total: z.number().int(),
};
export const ageBucketNames = ['upTo7Days', 'from8To30Days', 'from31To90Days', 'over90Days'] as const;

const handlerRef = { handlerId: z.string(), handlerName: z.string() };

/** The stages a claim reaches, each timed from the declaration's submission. */
export const cycleStages = ['opened', 'decided', 'closed'] as const;

export const dashboard = z.object({
  filters: z.object({ from: day.nullable(), to: day.nullable(), productLine: z.enum(productLines).nullable(), handlerId: z.string().nullable(), catastropheId: z.string().nullable() }),
  /** The day the ages and the accruing penalties are counted to. */
  today: day,
  generatedAt: moment,
  /** Claims open now, opened in the period. */
  backlogByProductLine: z.array(z.object({ productLine: z.enum(productLines), ...ageBuckets })),
  backlogByHandler: z.array(z.object({ ...handlerRef, ...ageBuckets })),
  /**
   * Declarations submitted in the period, from submission to the claim opened, to the decision in force (accept,
   * reserve or refuse) and to the claim closed: the claims that reached the stage, and the median and 90th
   * percentile (linear interpolation) in seconds.
   */
  cycleTimes: z.array(z.object({ stage: z.enum(cycleStages), claims: z.number().int(), p50Seconds: z.number().nullable(), p90Seconds: z.number().nullable() })),
  /** Legal deadlines due in the period, by deadline: met, missed, still running, and the penalties due (accruing ones until today). */
  deadlines: z.array(z.object({ code: z.string(), met: z.number().int(), missed: z.number().int(), running: z.number().int(), penaltyCents: cents })),
  /** Per month (Brussels) of the period: reserve movements booked, payments made (approved on, not returned), recoveries received. */
  money: z.array(z.object({ month: z.string().describe('YYYY-MM'), reservesCents: cents, paymentsCents: cents, recoveriesCents: cents })),
  /** Per handler: claims open now, claims opened and closed in the period, legal deadlines running on their open claims. */
  workload: z.array(z.object({ ...handlerRef, openClaims: z.number().int(), openedInPeriod: z.number().int(), closedInPeriod: z.number().int(), runningDeadlines: z.number().int() })),
  /** Per month (Brussels) of referral to the special investigation unit in the period: referred, still open, cleared, fraud confirmed. */
  fraudReferrals: z.array(z.object({
    month: z.string().describe('YYYY-MM'), referred: z.number().int(), open: z.number().int(), cleared: z.number().int(), fraudConfirmed: z.number().int(),
  })),
  /** What the filters can choose from. */
  choices: z.object({
    handlers: z.array(z.object({ id: z.string(), name: z.string() })),
    catastrophes: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
});
export type Dashboard = z.infer<typeof dashboard>;
