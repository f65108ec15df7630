import type { Knex } from 'knex';
import type { MoneyTotals, Totals } from '../../contract/money';
import { claimTotals } from '../../db/ledger';
import { costTypes } from '../../domain/money';
import { paymentView, scheduleView } from './view';

/** Payment statuses whose money has left, or is committed to leave, the insurer ('paid': a payment of the time before). */
const paidStatuses = ['paid', 'approved', 'sent', 'confirmed'];

/**
 * A claim's money as its process last computed it (claims.money). A claim opened before claims had a process
 * has none yet: its ledger totals stand in, with nothing in transit and nothing recovered.
 */
export async function totalsOf(knex: Knex, declarationId: string): Promise<Totals> {
  const claim = await knex('claims').where({ declarationId }).first('money');
  if (claim?.money) return claim.money as Totals;
  const ledger = await claimTotals(knex, declarationId);
  const widened = (totals: (typeof ledger)['overall']): MoneyTotals => ({
    ...totals, inTransitCents: 0, recoveryExpectedCents: 0, recoveredCents: 0, netIncurredCents: totals.paidCents,
  });
  return { ...Object.fromEntries(costTypes.map((type) => [type, widened(ledger[type])])), overall: widened(ledger.overall) } as Totals;
}

/** Payments with the number of the SEPA batch that took them to the bank, oldest first (`narrow`: what a reader may not see). */
export async function paymentsWhere(knex: Knex, where: Record<string, unknown>, narrow: (query: Knex.QueryBuilder) => unknown = () => undefined) {
  const rows = await knex('payments as p').leftJoin('paymentBatches as b', 'b.id', 'p.batchId').join('claims as c', 'c.declarationId', 'p.declarationId')
    .where(Object.fromEntries(Object.entries(where).map(([column, value]) => [`p.${column}`, value])))
    .modify(narrow)
    .orderBy('p.createdAt').orderBy('p.id').select('p.*', 'b.number as batchNumber', 'c.claimNumber');
  return rows.map(paymentView);
}

/** Schedules with what they paid (returned, rejected or cancelled instalments paid nothing). */
export async function schedulesWhere(knex: Knex, where: Record<string, string>) {
  const schedules = await knex('paymentSchedules').where(where).orderBy('createdAt');
  const paid = await knex('payments').whereIn('scheduleId', schedules.map((s) => s.id)).whereIn('status', paidStatuses).groupBy('scheduleId')
    .select('scheduleId', knex.raw('count(*)::int as count'), knex.raw('sum(amount_cents)::int as cents'));
  const byId = new Map(paid.map((row) => [row.scheduleId, { count: row.count, cents: row.cents }]));
  return schedules.map((schedule) => scheduleView(schedule, byId.get(schedule.id) ?? { count: 0, cents: 0 }));
}
