import type { Knex } from 'knex';
import { productLines } from '../../domain/product-lines';
import { brusselsDay, type DashboardScope, selectClaims, withinPeriod } from './scope';

/** A claim's age in days since it was opened, to today (Brussels days). */
const age = (today: string, knex: Knex) => knex.raw(`?::date - ${brusselsDay('c.opened_at')} as age_days`, [today]);

/** The age buckets of a manager's backlog report: 0–7, 8–30, 31–90 and more than 90 days. */
const buckets = [
  'count(*) filter (where age_days <= 7)::int as week',
  'count(*) filter (where age_days between 8 and 30)::int as month',
  'count(*) filter (where age_days between 31 and 90)::int as quarter',
  'count(*) filter (where age_days > 90)::int as older',
  'count(*)::int as total',
].join(', ');

interface BucketRow { week: number; month: number; quarter: number; older: number; total: number }
const bucketsOf = (row: BucketRow) => ({ upTo7Days: row.week, from8To30Days: row.month, from31To90Days: row.quarter, over90Days: row.older, total: row.total });

/** The open claims in scope opened in the period, with their age, product line and handler. */
const openClaims = (knex: Knex, { filters, today }: DashboardScope) =>
  withinPeriod(selectClaims(knex('claims as c').whereNull('c.closedAt'), filters), brusselsDay('c.opened_at'), filters)
    .select('c.productLine', 'c.handlerId', age(today, knex));

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
