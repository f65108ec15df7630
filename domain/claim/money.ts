import { costTypes, type CostType } from '../money';
import { committedPaymentStatuses, type ClaimState } from './state';

/**
 * One cost type's money on a claim. Paid is what is committed to leave or has left the insurer (approved, sent,
 * confirmed); a returned payment is no longer paid, so its amount is back on the reserve. Outstanding is the
 * reserve minus paid; available is what a new payment may still use: outstanding minus what is promised
 * (payments awaiting approval, instalments still to come). Net incurred is paid minus what was recovered.
 */
export interface ClaimMoney {
  reserveCents: number;
  paidCents: number;
  /** Of paid: approved or sent, not yet confirmed by the bank. */
  inTransitCents: number;
  awaitingApprovalCents: number;
  scheduledCents: number;
  outstandingCents: number;
  availableCents: number;
  recoveryExpectedCents: number;
  recoveredCents: number;
  netIncurredCents: number;
}

const sum = <T>(items: T[], cents: (item: T) => number) => items.reduce((total, item) => total + cents(item), 0);

export function moneyOf(state: ClaimState, costType: CostType): ClaimMoney {
  const payments = state.payments.filter((payment) => payment.costType === costType);
  const committed = payments.filter((payment) => committedPaymentStatuses.includes(payment.status));
  const inTransitCents = sum(committed.filter((payment) => payment.status !== 'confirmed'), (payment) => payment.amountCents);
  const paidCents = state.settledPaidCents[costType] + sum(committed, (payment) => payment.amountCents);
  const awaitingApprovalCents = sum(payments.filter((payment) => payment.status === 'awaiting_approval'), (payment) => payment.amountCents);
  // A running schedule promises what it has not paid yet; so do the approvals and schedules of the time before.
  const scheduledCents = sum(state.schedules.filter((s) => s.costType === costType && s.status === 'running'), (s) => s.totalCents - s.paidCents)
    + state.legacyPromisedCents[costType];
  const reserveCents = state.reserveCents[costType];
  const recoveries = state.recoveries.filter((recovery) => recovery.costType === costType);
  const recoveredCents = sum(recoveries, (recovery) => recovery.receivedCents);
  const outstandingCents = reserveCents - paidCents;
  return {
    reserveCents, paidCents, inTransitCents, awaitingApprovalCents, scheduledCents, outstandingCents,
    availableCents: outstandingCents - awaitingApprovalCents - scheduledCents,
    recoveryExpectedCents: sum(recoveries.filter((r) => r.status !== 'written_off'), (r) => Math.max(r.expectedCents, r.receivedCents)),
    recoveredCents, netIncurredCents: paidCents - recoveredCents,
  };
}

export type ClaimMoneyTotals = Record<CostType | 'overall', ClaimMoney>;

export function claimMoneyOf(state: ClaimState): ClaimMoneyTotals {
  const perType = Object.fromEntries(costTypes.map((type) => [type, moneyOf(state, type)])) as Record<CostType, ClaimMoney>;
  const overall = Object.fromEntries(
    (Object.keys(perType.indemnity) as (keyof ClaimMoney)[]).map((field) => [field, sum([...costTypes], (type) => perType[type][field])]),
  ) as unknown as ClaimMoney;
  return { ...perType, overall };
}
