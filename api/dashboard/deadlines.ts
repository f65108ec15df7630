import type { Knex } from 'knex';
import { withPenalties } from '../routes/backoffice-claims';
import { type DashboardScope, selectSummaries, summaryPeriodCondition } from './scope';

/** The deadlines in the order the law sets them running. */
const codes = ['reasoned_answer', 'reminder_answer', 'payment', 'inspection_report'];
const counted = ['met', 'missed', 'running'] as const;

/**
 * Legal deadlines of the claims in scope due in the period: met, missed and running per deadline, and the penalties
 * due. Deadlines alike (same deadline, status, day and recorded penalty) come as one group, priced once the way the
 * claim file prices a deadline (a missed reminder accrues €300 a day until today, so its summary rows keep the due day)
 * and counted as many times.
 */
export async function deadlines(knex: Knex, { filters }: DashboardScope) {
  const groups: { code: string; status: (typeof counted)[number]; dueOn: string; penaltyCents: number; deadlines: number }[] =
    await selectSummaries(knex('dashboardDeadlineCounts as s'), filters)
      .whereRaw(...summaryPeriodCondition(filters))
      .groupBy('s.code', 's.status', 's.day', 's.penaltyCents').havingRaw('sum(s.deadlines) > 0')
      .select('s.code', 's.status', 's.day as dueOn', 's.penaltyCents', knex.raw('sum(s.deadlines)::int as deadlines'));

  const byCode = new Map<string, { code: string; met: number; missed: number; running: number; penaltyCents: number }>();
  for (const group of groups) {
    const figure = byCode.get(group.code) ?? { code: group.code, met: 0, missed: 0, running: 0, penaltyCents: 0 };
    const [priced] = withPenalties([group]);
    figure[group.status] += group.deadlines;
    figure.penaltyCents += priced.penaltyCents * group.deadlines;
    byCode.set(group.code, figure);
  }
  const order = (code: string) => (codes.includes(code) ? codes.indexOf(code) : codes.length);
  return [...byCode.values()].sort((a, b) => order(a.code) - order(b.code) || a.code.localeCompare(b.code));
}
