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

/** The summaries' rows (alias `s`) the filters select: the same product line, handler now and catastrophe event as `selectClaims`. */
export function selectSummaries(query: Knex.QueryBuilder, { productLine, handlerId, catastropheId }: DashboardFilters): Knex.QueryBuilder {
  if (productLine) query.where('s.productLine', productLine);
  if (handlerId) query.where('s.handlerId', handlerId);
  if (catastropheId) query.where('s.catastropheId', catastropheId);
  return query;
}

const firstOfMonth = (day: string, monthsLater: number) => {
  const [year, month] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + monthsLater, 1)).toISOString().slice(0, 10);
};
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The summary rows (alias `s`, by `grain` and `day`) that add up to the period: the months it covers whole from their
 * month's row, the days at its edges from theirs; without a period, every month's row.
 */
export function summaryPeriodCondition({ from, to }: DashboardFilters): [string, string[]] {
  const wholeFrom = from && (from.endsWith('-01') ? from : firstOfMonth(from, 1));
  const wholeUntil = to && firstOfMonth(nextDay(to), 0); // exclusive
  const months = ["s.grain = 'month'"];
  const monthBindings: string[] = [];
  if (wholeFrom) { months.push('s.day >= ?::date'); monthBindings.push(wholeFrom); }
  if (wholeUntil) { months.push('s.day < ?::date'); monthBindings.push(wholeUntil); }
  if (!wholeFrom && !wholeUntil) return [months.join(' and '), monthBindings];
  const [period, periodBindings] = periodCondition('s.day', { from, to });
  const edges = [...(wholeFrom ? ['s.day < ?::date'] : []), ...(wholeUntil ? ['s.day >= ?::date'] : [])].join(' or ');
  const edgeBindings = [...(wholeFrom ? [wholeFrom] : []), ...(wholeUntil ? [wholeUntil] : [])];
  return [
    `((${months.join(' and ')}) or (s.grain = 'day' and ${period} and (${edges})))`,
    [...monthBindings, ...periodBindings, ...edgeBindings],
  ];
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
