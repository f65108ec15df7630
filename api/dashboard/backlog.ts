import type { Knex } from 'knex';
import { productLines } from '../../domain/product-lines';
import { type DashboardScope, selectSummaries, withinPeriod } from './scope';

/** The age buckets of a manager's backlog report, in days since the claim was opened: 0–7, 8–30, 31–90 and more than 90. */
const buckets = [
  'sum(open_now) filter (where age_days <= 7)',
  'sum(open_now) filter (where age_days between 8 and 30)',
  'sum(open_now) filter (where age_days between 31 and 90)',
  'sum(open_now) filter (where age_days > 90)',
  'sum(open_now)',
].map((sum, index) => `coalesce(${sum}, 0)::int as ${['week', 'month', 'quarter', 'older', 'total'][index]}`).join(', ');

interface BucketRow { week: number; month: number; quarter: number; older: number; total: number }
const bucketsOf = (row: BucketRow) => ({ upTo7Days: row.week, from8To30Days: row.month, from31To90Days: row.quarter, over90Days: row.older, total: row.total });

/** The open claims in scope opened in the period, per day opened (Brussels) with its age today, product line and handler. */
const openClaims = (knex: Knex, { filters, today }: DashboardScope) =>
  withinPeriod(selectSummaries(knex('dashboardClaimCounts as s').where('s.grain', 'day').where('s.openNow', '>', 0), filters), 's.day', filters)
    .select('s.productLine', 's.handlerId', 's.openNow', knex.raw('?::date - s.day as age_days', [today]));

/** Open claims per product line by age, in the catalogue's order of product lines. */
export async function backlogByProductLine(knex: Knex, scope: DashboardScope) {
  const rows = await knex.from(openClaims(knex, scope).as('b')).groupBy('b.productLine').select('b.productLine', knex.raw(buckets));
  return rows
    .map((row) => ({ productLine: row.productLine, ...bucketsOf(row) }))
    .sort((a, b) => productLines.indexOf(a.productLine) - productLines.indexOf(b.productLine));
}

/** Open claims per handler (the one assigned now) by age, by the handler's name. */
export async function backlogByHandler(knex: Knex, scope: DashboardScope) {
  const rows = await knex.from(openClaims(knex, scope).as('b')).join('users as u', 'u.id', 'b.handlerId')
    .groupBy('b.handlerId', 'u.fullName').orderBy('u.fullName').orderBy('b.handlerId')
    .select('b.handlerId', 'u.fullName', knex.raw(buckets));
  return rows.map((row) => ({ handlerId: row.handlerId, handlerName: row.fullName, ...bucketsOf(row) }));
}
