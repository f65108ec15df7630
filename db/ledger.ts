import type { Knex } from 'knex';
import { CostType, costTypes, MoneyRefusal, MoneyTotals, moneyTotals, payableStatuses } from '../domain/money';
import { fieldProblem } from '../i18n/field-problems';
import { phrase, type Phrase } from '../i18n/phrase';
import type { PaymentRequest } from '../workflows/payment-approval/definitions';
import { audit } from './audit';

/**
 * A claim's money: reserves, payments and the promises of payment schedules. Every change locks the
 * claim's row first, so two payments on one claim cannot both fit a reserve that holds only one.
 */
export class MoneyRefused extends Error {
  constructor(readonly refusal: MoneyRefusal) {
    super(refusal.phrase.key);
  }
}
const refuse = (code: MoneyRefusal['code'], said: Phrase, problems: MoneyRefusal['problems'] = []) => new MoneyRefused({ code, phrase: said, problems });

export interface LockedClaim { declarationId: string; organisationId: string; claimNumber: string; status: string }

export async function lockClaim(trx: Knex.Transaction, declarationId: string): Promise<LockedClaim> {
  const claim = await trx('claims').join('declarations', 'declarations.id', 'claims.declarationId')
    .where('claims.declarationId', declarationId).forUpdate('claims')
    .first('claims.declarationId', 'claims.claimNumber', 'declarations.organisationId', 'declarations.status');
  if (!claim) throw refuse('claim_not_found', phrase('money.refusal.claimNotFound'));
  return claim;
}

const mustBePayable = (claim: LockedClaim) => {
  if (!payableStatuses.includes(claim.status)) throw refuse('not_payable', phrase('money.refusal.notPayable', { claimNumber: claim.claimNumber, status: claim.status }));
};

/** The money per cost type and for the claim as a whole. */
export async function claimTotals(db: Knex | Knex.Transaction, declarationId: string): Promise<Record<CostType | 'overall', MoneyTotals>> {
  const sums = async (query: Knex.QueryBuilder) =>
    Object.fromEntries((await query).map((row: { costType: CostType; cents: string }) => [row.costType, Number(row.cents)])) as Partial<Record<CostType, number>>;
  const [reserve, paid, awaiting, scheduled] = await Promise.all([
    sums(db('reserveEntries').where({ declarationId }).groupBy('costType').select('costType', db.raw('sum(amount_cents) as cents'))),
    sums(db('payments').where({ declarationId, status: 'paid' }).groupBy('costType').select('costType', db.raw('sum(amount_cents) as cents'))),
    sums(db('payments').where({ declarationId, status: 'awaiting_approval' }).groupBy('costType').select('costType', db.raw('sum(amount_cents) as cents'))),
    // A running schedule promises what it has not paid yet.
    sums(db('paymentSchedules as s').where({ 's.declarationId': declarationId, 's.status': 'running' }).groupBy('s.costType')
      .select('s.costType', db.raw('sum(s.total_cents - coalesce((select sum(p.amount_cents) from payments p where p.schedule_id = s.id), 0)) as cents'))),
  ]);
  const perType = Object.fromEntries(costTypes.map((type) => [type, moneyTotals(reserve[type] ?? 0, paid[type] ?? 0, awaiting[type] ?? 0, scheduled[type] ?? 0)]));
  const sum = (field: keyof MoneyTotals) => costTypes.reduce((total, type) => total + perType[type][field], 0);
  return { ...perType, overall: moneyTotals(sum('reserveCents'), sum('paidCents'), sum('awaitingApprovalCents'), sum('scheduledCents')) } as Record<CostType | 'overall', MoneyTotals>;
}

/** A payment as the ledger records it: what the approval process was asked, or a payment made at once. */
export type PaymentOrder = PaymentRequest;

/**
 * Records a payment that fits the available reserve: paid at once (within the requester's authority), or
 * awaiting a senior handler's approval (its workflow named). Recording the same payment again changes nothing.
 */
export async function recordPayment(knex: Knex, order: PaymentOrder, outcome: { status: 'paid' } | { status: 'awaiting_approval'; workflowId: string }) {
  return knex.transaction(async (trx) => {
    const existing = await trx('payments').where({ id: order.paymentId }).first();
    if (existing) return existing;
    const claim = await lockClaim(trx, order.declarationId);
    mustBePayable(claim);
    const available = (await claimTotals(trx, order.declarationId))[order.costType].availableCents;
    if (order.amountCents > available) {
      throw refuse('invalid', phrase('money.refusal.paymentExceedsReserve'), [
        fieldProblem('amountCents', 'money.problem.available', { costType: order.costType, availableCents: Math.max(0, available) }),
      ]);
    }
    const paid = outcome.status === 'paid';
    const [payment] = await trx('payments').insert({
      id: order.paymentId, declarationId: order.declarationId, costType: order.costType, amountCents: order.amountCents,
      payeeName: order.payeeName, iban: order.iban, status: outcome.status,
      requestedById: order.requestedBy.userId, requestedByName: order.requestedBy.name,
      workflowId: paid ? null : outcome.workflowId, paidAt: paid ? trx.fn.now() : null,
    }).returning('*');
    await audit(trx, {
      actor: { id: order.requestedBy.userId, name: order.requestedBy.name }, action: paid ? 'payment_paid' : 'payment_approval_requested',
      subject: { type: 'payment', id: order.paymentId }, organisationId: claim.organisationId,
      details: { claimNumber: claim.claimNumber, costType: order.costType, amountCents: order.amountCents, payeeName: order.payeeName, iban: order.iban },
    });
    return payment;
  });
}

export interface ScheduleOrder { scheduleId: string; workflowId: string; declarationId: string; costType: CostType; totalCents: number }

/** Before a schedule starts, its whole total must fit the available reserve: from then on it is promised. */
export async function checkScheduleFits(trx: Knex.Transaction, order: ScheduleOrder): Promise<LockedClaim> {
  const claim = await lockClaim(trx, order.declarationId);
  mustBePayable(claim);
  const available = (await claimTotals(trx, order.declarationId))[order.costType].availableCents;
  if (order.totalCents > available) {
    throw refuse('invalid', phrase('money.refusal.scheduleExceedsReserve'), [
      fieldProblem('totalCents', 'money.problem.available', { costType: order.costType, availableCents: Math.max(0, available) }),
    ]);
  }
  return claim;
}
