import type { Knex } from 'knex';
import { brusselsDay, brusselsMonth, type DashboardScope, selectClaims, withinPeriod } from './scope';

type Movement = 'reservesCents' | 'paymentsCents' | 'recoveriesCents';

/** Where one kind of money is booked: its table, amount, the day it counts on (SQL) and which rows count. */
interface Ledger { table: string; alias: string; amount: string; month: string; day: string; only?: string }

/**
 * Reserve movements are signed (a release lowers them). A payment counts from its approval, as the claim's money does,
 * and no longer once the bank returned it: paid_at is set exactly then. A recovery counts on the day it was received.
 */
const ledgers: Record<Movement, Ledger> = {
  reservesCents: { table: 'reserve_entries', alias: 'r', amount: 'r.amount_cents', month: brusselsMonth('r.created_at'), day: brusselsDay('r.created_at') },
  paymentsCents: { table: 'payments', alias: 'p', amount: 'p.amount_cents', month: brusselsMonth('p.paid_at'), day: brusselsDay('p.paid_at'), only: 'p.paid_at is not null' },
  recoveriesCents: { table: 'recovery_receipts', alias: 'rr', amount: 'rr.amount_cents', month: "to_char(rr.received_on, 'YYYY-MM')", day: 'rr.received_on' },
};

/** One ledger's sum per month for the claims in scope, booked in the period. */
async function perMonth(knex: Knex, { filters }: DashboardScope, { table, alias, amount, month, day, only }: Ledger) {
  const query = selectClaims(knex(`${table} as ${alias}`).join('claims as c', 'c.declarationId', `${alias}.declarationId`), filters);
  if (only) query.whereRaw(only);
  const rows: { month: string; cents: string }[] = await withinPeriod(query, day, filters)
    .groupByRaw(month).select(knex.raw(`${month} as month, sum(${amount})::bigint as cents`));
  return rows;
}

/** Per month (Brussels) of the period: reserves booked, payments made and recoveries received, oldest month first. */
export async function money(knex: Knex, scope: DashboardScope) {
  const months = new Map<string, Record<Movement, number> & { month: string }>();
  for (const movement of Object.keys(ledgers) as Movement[]) {
    for (const row of await perMonth(knex, scope, ledgers[movement])) {
      const month = months.get(row.month) ?? { month: row.month, reservesCents: 0, paymentsCents: 0, recoveriesCents: 0 };
      month[movement] += Number(row.cents);
      months.set(row.month, month);
    }
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
