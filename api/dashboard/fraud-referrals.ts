import type { Knex } from 'knex';
import { brusselsDay, brusselsMonth, type DashboardScope, selectClaims, withinPeriod } from './scope';

/**
 * Referrals to the special investigation unit of the claims in scope, per month (Brussels) of referral in the
 * period: how many were referred, how many are still open, and how the closed ones ended (cleared or fraud confirmed).
 */
export async function fraudReferrals(knex: Knex, { filters }: DashboardScope) {
  const month = brusselsMonth('ci.referred_at');
  const query = selectClaims(knex('claimInvestigations as ci').join('claims as c', 'c.declarationId', 'ci.declarationId'), filters);
  const rows: Record<string, any>[] = await withinPeriod(query, brusselsDay('ci.referred_at'), filters)
    .groupByRaw(month).orderByRaw(month)
    .select(knex.raw([
      `${month} as month`,
      'count(*)::int as referred',
      'count(*) filter (where ci.closed_at is null)::int as open',
      "count(*) filter (where ci.closed_at is not null and ci.outcome = 'cleared')::int as cleared",
      "count(*) filter (where ci.closed_at is not null and ci.outcome = 'fraud_confirmed')::int as fraud_confirmed",
    ].join(', ')));
  return rows.map((row) => ({ month: row.month, referred: row.referred, open: row.open, cleared: row.cleared, fraudConfirmed: row.fraudConfirmed }));
}
