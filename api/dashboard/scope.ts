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

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The grains coarser than a day, coarsest first, with the first day of the unit holding a day and of the next unit. */
const coarseGrains = ['year', 'month'] as const;
type CoarseGrain = (typeof coarseGrains)[number];
const startOf: Record<CoarseGrain, (day: string) => string> = {
  year: (day) => `${day.slice(0, 4)}-01-01`,
  month: (day) => `${day.slice(0, 7)}-01`,
};
const nextStart: Record<CoarseGrain, (day: string) => string> = {
  year: (day) => `${String(Number(day.slice(0, 4)) + 1).padStart(4, '0')}-01-01`,
  month: (day) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1)).toISOString().slice(0, 10),
};

/** The summary rows of one grain whose day lies in [from, until); an end left out is open. */
export interface SummaryRows { grain: CoarseGrain | 'day' | 'all'; from?: string; until?: string }

/** [from, until) as the coarsest grain's whole units inside it, and what is left at each edge in the finer grains. */
function cover(from: string | undefined, until: string | undefined, grains: readonly CoarseGrain[]): SummaryRows[] {
  const [grain, ...finer] = grains;
  if (!grain) return [{ grain: 'day', from, until }];
  const wholeFrom = from && (startOf[grain](from) === from ? from : nextStart[grain](from));
  const wholeUntil = until && startOf[grain](until);
  if (wholeFrom && wholeUntil && wholeFrom >= wholeUntil) return cover(from, until, finer);
  return [
    ...(from && wholeFrom && from < wholeFrom ? cover(from, wholeFrom, finer) : []),
    { grain, from: wholeFrom, until: wholeUntil },
    ...(until && wholeUntil && wholeUntil < until ? cover(wholeUntil, until, finer) : []),
  ];
}

/**
 * The summary rows that add up to the period: the years it covers whole from their year's row, the whole months left
 * at its edges from theirs, the days left from theirs; without a period, the row for all time. A figure that shows
 * months (`coarsest` 'month') reads no year's or all time's row.
 */
export function periodRows({ from, to }: DashboardFilters, coarsest: 'all' | CoarseGrain = 'all'): SummaryRows[] {
  if (!from && !to && coarsest === 'all') return [{ grain: 'all' }];
  return cover(from, to && nextDay(to), coarseGrains.slice(coarseGrains.indexOf(coarsest === 'all' ? 'year' : coarsest)));
}

/** `periodRows` as an SQL condition on the summary rows (alias `s`, by `grain` and `day`), with its bindings. */
export function summaryPeriodCondition(filters: DashboardFilters, coarsest: 'all' | CoarseGrain = 'all'): [string, string[]] {
  const pieces = periodRows(filters, coarsest).map(({ grain, from, until }) => ({
    condition: [`s.grain = '${grain}'`, ...(from ? ['s.day >= ?::date'] : []), ...(until ? ['s.day < ?::date'] : [])].join(' and '),
    bindings: [from, until].filter((day): day is string => !!day),
  }));
  // Parenthesised whole: knex's whereRaw joins it to the other conditions with `and` as it stands.
  return [`(${pieces.map(({ condition }) => `(${condition})`).join(' or ')})`, pieces.flatMap(({ bindings }) => bindings)];
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
