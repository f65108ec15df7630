import type { Knex } from 'knex';
import { cycleStages } from '../../contract/dashboard';
import { brusselsDay, type DashboardScope, selectClaims, withinPeriod } from './scope';

/** When each stage was reached; timestamps to the millisecond, as the API and its readers carry them. */
const reachedAt: Record<(typeof cycleStages)[number], string> = {
  opened: 'c.opened_at',
  decided: "(d.decision->>'decidedAt')::timestamptz",
  closed: 'c.closed_at',
};
const seconds = (at: string) => `extract(epoch from date_trunc('milliseconds', ${at}) - date_trunc('milliseconds', d.submitted_at))::float8`;

/**
 * From the declaration's submission to the claim opened, to the decision in force and to the claim closed, for the
 * declarations submitted in the period: how many reached each stage, and the median and 90th percentile in seconds
 * (percentile_cont: linear interpolation between the two nearest durations).
 */
export async function cycleTimes(knex: Knex, { filters }: DashboardScope) {
  const columns = cycleStages.flatMap((stage) => [
    `count(${reachedAt[stage]})::int as ${stage}_claims`,
    `percentile_cont(0.5) within group (order by ${seconds(reachedAt[stage])}) as ${stage}_p50`,
    `percentile_cont(0.9) within group (order by ${seconds(reachedAt[stage])}) as ${stage}_p90`,
  ]);
  const query = selectClaims(knex('claims as c').join('declarations as d', 'd.id', 'c.declarationId'), filters);
  const [row] = await withinPeriod(query, brusselsDay('d.submitted_at'), filters).select(knex.raw(columns.join(', ')));
  return cycleStages.map((stage) => ({
    stage, claims: row[`${stage}Claims`] as number, p50Seconds: row[`${stage}P50`] as number | null, p90Seconds: row[`${stage}P90`] as number | null,
  }));
}
