import type { Knex } from 'knex';
import { cycleStages } from '../../contract/dashboard';
import { type DashboardScope, selectSummaries, summaryPeriodCondition, withinPeriod } from './scope';

type Stage = (typeof cycleStages)[number];
const MS_PER_DAY = 86_400_000;

/** Durations of one stage in one whole-day bucket: how many, and their value when they are all equal. */
interface Bucket { stage: Stage; days: number; claims: number; uniform: boolean; meanMs: string }

/**
 * The duration of the given rank (0: the shortest) among the claims in scope that reached the stage: the buckets
 * locate it, and only when its bucket holds different durations are they read, in order, from the claims' own rows.
 */
async function durationsAt(knex: Knex, { filters }: DashboardScope, buckets: Bucket[], ranks: number[]): Promise<number[]> {
  const values: number[] = [];
  let before = 0;
  for (const bucket of buckets) {
    const inBucket = ranks.filter((rank) => rank >= before && rank < before + bucket.claims);
    if (inBucket.length && bucket.uniform) values.push(...inBucket.map(() => Number(bucket.meanMs)));
    else if (inBucket.length) {
      const column = `s.${bucket.stage}Ms`;
      const rows: { ms: string }[] = await withinPeriod(selectSummaries(knex('dashboardCycleTimes as s'), filters), 's.submitted_day', filters)
        .where(column, '>=', bucket.days * MS_PER_DAY).where(column, '<', (bucket.days + 1) * MS_PER_DAY)
        .orderBy(column).offset(inBucket[0] - before).limit(inBucket.at(-1)! - inBucket[0] + 1).select(`${column} as ms`);
      values.push(...inBucket.map((rank) => Number(rows[rank - inBucket[0]].ms)));
    }
    before += bucket.claims;
  }
  return values;
}

/** percentile_cont: linear interpolation between the two nearest durations, in seconds. */
async function percentile(knex: Knex, scope: DashboardScope, buckets: Bucket[], claims: number, share: number): Promise<number> {
  const rank = share * (claims - 1);
  const below = Math.floor(rank);
  const [low, high] = await durationsAt(knex, scope, buckets, below + 1 < claims ? [below, below + 1] : [below]);
  return high === undefined ? low / 1000 : low / 1000 + (high / 1000 - low / 1000) * (rank - below);
}

/**
 * From the declaration's submission to the claim opened, to the decision in force and to the claim closed, for the
 * declarations submitted in the period: how many reached each stage, and the median and 90th percentile in seconds,
 * exact to the millisecond, read from the histograms of `dashboard_cycle_counts`.
 */
export async function cycleTimes(knex: Knex, scope: DashboardScope) {
  const buckets: Bucket[] = await selectSummaries(knex('dashboardCycleCounts as s'), scope.filters)
    .whereRaw(...summaryPeriodCondition(scope.filters))
    .groupBy('s.stage', 's.days').havingRaw('sum(s.claims) > 0').orderBy('s.stage').orderBy('s.days')
    .select('s.stage', 's.days', knex.raw([
      'sum(s.claims)::int as claims',
      'sum(s.ms_squares) * sum(s.claims) = sum(s.ms_sum) * sum(s.ms_sum) as uniform', // equal durations (Cauchy–Schwarz)
      '(sum(s.ms_sum) / sum(s.claims))::bigint as mean_ms',
    ].join(', ')));
  return Promise.all(cycleStages.map(async (stage) => {
    const ofStage = buckets.filter((bucket) => bucket.stage === stage);
    const claims = ofStage.reduce((sum, bucket) => sum + bucket.claims, 0);
    if (claims === 0) return { stage, claims, p50Seconds: null, p90Seconds: null };
    const [p50Seconds, p90Seconds] = await Promise.all([0.5, 0.9].map((share) => percentile(knex, scope, ofStage, claims, share)));
    return { stage, claims, p50Seconds, p90Seconds };
  }));
}
