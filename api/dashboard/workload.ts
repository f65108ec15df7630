import type { Knex } from 'knex';
import { type DashboardScope, selectSummaries, summaryPeriodCondition } from './scope';

/**
 * Per handler (the one assigned now) of the claims in scope: claims open now, opened in the period, closed in the
 * period, and the legal deadlines running on their open claims. Handlers with none of these are left out.
 * What holds now reads the rows for all time; what happened in the period, the period's rows.
 */
export async function workload(knex: Knex, { filters }: DashboardScope) {
  const [period, bindings] = summaryPeriodCondition(filters);
  const rows: Record<string, any>[] = await selectSummaries(knex('dashboardClaimCounts as s').join('users as u', 'u.id', 's.handlerId'), filters)
    .where((rows) => rows.where('s.grain', 'all').orWhereRaw(period, bindings))
    .groupBy('s.handlerId', 'u.fullName')
    .select('s.handlerId', 'u.fullName', knex.raw(
      [
        "coalesce(sum(s.open_now) filter (where s.grain = 'all'), 0)::int as open_claims",
        `coalesce(sum(s.opened) filter (where ${period}), 0)::int as opened_in_period`,
        `coalesce(sum(s.closed) filter (where ${period}), 0)::int as closed_in_period`,
        "coalesce(sum(s.running_deadlines) filter (where s.grain = 'all'), 0)::int as running_deadlines",
      ].join(', '),
      [...bindings, ...bindings],
    ))
    .orderBy('u.fullName').orderBy('s.handlerId');
  return rows
    .map((row) => ({
      handlerId: row.handlerId, handlerName: row.fullName, openClaims: row.openClaims, openedInPeriod: row.openedInPeriod,
      closedInPeriod: row.closedInPeriod, runningDeadlines: row.runningDeadlines,
    }))
    .filter((row) => row.openClaims + row.openedInPeriod + row.closedInPeriod > 0);
}
