import type { Knex } from 'knex';
import type { DashboardFilters } from '../../contract/dashboard';
import type { IsoDate } from '../../domain/rules/calendar';

/** What every figure is computed for: the filters as asked, and the day ages and accruing penalties count to. */
export interface DashboardScope {
  filters: DashboardFilters;
  today: IsoDate;
}

/** The Brussels calendar day of a timestamp column (SQL, snake_case): a claim opened at 23:30 UTC in winter counts the next day. */
export const brusselsDay = (column: string) => `(${column} at time zone 'Europe/Brussels')::date`;

/** The Brussels month of a timestamp column, as YYYY-MM. */
export const brusselsMonth = (column: string) => `to_char(${column} at time zone 'Europe/Brussels', 'YYYY-MM')`;

/** The claims (alias `c`) the filters select: product line, the handler they are assigned to now, catastrophe event. */
export function selectClaims(query: Knex.QueryBuilder, { productLine, handlerId, catastropheId }: DashboardFilters): Knex.QueryBuilder {
  if (productLine) query.where('c.productLine', productLine);
  if (handlerId) query.where('c.handlerId', handlerId);
  if (catastropheId) query.where('c.catastropheId', catastropheId);
  return query;
}

/** The period as an SQL condition on a day expression, both ends included, with its bindings: true when no period is set. */
export function periodCondition(day: string, { from, to }: DashboardFilters): [string, string[]] {
  const parts: string[] = [];
  const bindings: string[] = [];
  if (from) { parts.push(`${day} >= ?::date`); bindings.push(from); }
  if (to) { parts.push(`${day} <= ?::date`); bindings.push(to); }
  return [parts.length ? parts.join(' and ') : 'true', bindings];
}

/** Keeps the rows whose day (an SQL day expression) lies in the period. */
export const withinPeriod = (query: Knex.QueryBuilder, day: string, filters: DashboardFilters): Knex.QueryBuilder =>
  query.whereRaw(...periodCondition(day, filters));
