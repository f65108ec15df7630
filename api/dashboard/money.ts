import type { Knex } from 'knex';
import { type DashboardScope, selectSummaries, summaryPeriodCondition } from './scope';

const month = "to_char(s.day, 'YYYY-MM')";

/**
 * Per month (Brussels) of the period: reserves booked, payments made and recoveries received, oldest month first, for
 * the claims in scope. Reserve movements are signed (a release lowers them); a payment counts from its approval and no
 * longer once the bank returned it; a recovery on the day it was received (`dashboard_money_movements`).
 */
export async function money(knex: Knex, { filters }: DashboardScope) {
  const rows: Record<string, string>[] = await selectSummaries(knex('dashboardMoney as s'), filters)
    .whereRaw(...summaryPeriodCondition(filters, 'month'))
    .groupByRaw(month).havingRaw('sum(s.movements) > 0').orderByRaw(month)
    .select(knex.raw(`${month} as month, sum(s.reserves_cents)::bigint as reserves_cents, sum(s.payments_cents)::bigint as payments_cents, sum(s.recoveries_cents)::bigint as recoveries_cents`));
  return rows.map((row) => ({
    month: row.month, reservesCents: Number(row.reservesCents), paymentsCents: Number(row.paymentsCents), recoveriesCents: Number(row.recoveriesCents),
  }));
}
