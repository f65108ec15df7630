import type { Knex } from 'knex';
import { withPenalties } from '../routes/backoffice-claims';
import { type DashboardScope, selectClaims, withinPeriod } from './scope';

/** The deadlines in the order the law sets them running. */
const codes = ['reasoned_answer', 'reminder_answer', 'payment', 'inspection_report'];
const counted = ['met', 'missed', 'running'] as const;

/**
 * Legal deadlines of the claims in scope due in the period: met, missed and running per deadline, and the penalties
 * due. Deadlines alike (same deadline, status, day and recorded penalty) come as one group, priced once the way the
 * claim file prices a deadline (a missed reminder accrues €300 a day until today) and counted as many times.
 */
export async function deadlines(knex: Knex, { filters }: DashboardScope) {
  const query = selectClaims(knex('claimDeadlines as cd').join('claims as c', 'c.declarationId', 'cd.declarationId'), filters)
    .whereIn('cd.status', counted)
    .groupBy('cd.code', 'cd.status', 'cd.dueOn', 'cd.penaltyCents')
    .select('cd.code', 'cd.status', 'cd.dueOn', 'cd.penaltyCents', knex.raw('count(*)::int as deadlines'));
  const groups: { code: string; status: (typeof counted)[number]; dueOn: string; penaltyCents: number; deadlines: number }[] =
    await withinPeriod(query, 'cd.due_on', filters);

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
