import type { Knex } from 'knex';
import { brusselsDay, type DashboardScope, periodCondition, selectClaims } from './scope';

/**
 * Per handler (the one assigned now) of the claims in scope: claims open now, opened in the period, closed in the
 * period, and the legal deadlines running on their open claims. Handlers with none of these are left out.
 */
export async function workload(knex: Knex, { filters }: DashboardScope) {
  const [opened, openedBindings] = periodCondition(brusselsDay('c.opened_at'), filters);
  const [closed, closedBindings] = periodCondition(brusselsDay('c.closed_at'), filters);
  const running = knex('claimDeadlines').where({ status: 'running' }).groupBy('declarationId').select('declarationId', knex.raw('count(*)::int as deadlines'));
  const rows: Record<string, any>[] = await selectClaims(knex('claims as c').join('users as u', 'u.id', 'c.handlerId').leftJoin(running.as('rd'), 'rd.declarationId', 'c.declarationId'), filters)
    .groupBy('c.handlerId', 'u.fullName')
    .select('c.handlerId', 'u.fullName', knex.raw(
      [
        'count(*) filter (where c.closed_at is null)::int as open_claims',
        `count(*) filter (where ${opened})::int as opened_in_period`,
        `count(*) filter (where c.closed_at is not null and ${closed})::int as closed_in_period`,
        'coalesce(sum(rd.deadlines) filter (where c.closed_at is null), 0)::int as running_deadlines',
      ].join(', '),
      [...openedBindings, ...closedBindings],
    ))
    .orderBy('u.fullName').orderBy('c.handlerId');
  return rows
    .map((row) => ({
      handlerId: row.handlerId, handlerName: row.fullName, openClaims: row.openClaims, openedInPeriod: row.openedInPeriod,
      closedInPeriod: row.closedInPeriod, runningDeadlines: row.runningDeadlines,
    }))
    .filter((row) => row.openClaims + row.openedInPeriod + row.closedInPeriod > 0);
}
