import { defineUpdate } from '@temporalio/workflow';
import { moneyOf } from '../../domain/claim/money';
import type { ClaimState, Staff } from '../../domain/claim/state';
import { systemActor } from '../../domain/declaration';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { invalidFields, notAllowed } from '../refusals';
import * as checks from './checks';
import { copy, type ClaimProcess } from './process';

/**
 * A benefit of a workplace accident's benefits file (workflows/workplace-benefits), owed by law: the file asks its
 * claim to pay it, under a key and a payment id that follow from the file and the item paid. The claim approves it
 * with the system's authority and batches it into SEPA like every approved payment.
 */
export interface PayBenefit {
  key: string;
  paymentId: string;
  payee: 'victim' | 'employer';
  payeeName: string;
  iban: string;
  amountCents: number;
  /** What it pays (`benefit:<item>`), for the ledger. */
  basis: string;
}
export const payBenefitUpdate = defineUpdate<ClaimState, [PayBenefit]>('payBenefit');

/** Benefits are paid on an accepted claim only, and only what is owed (a positive amount). */
export function checkBenefit(state: ClaimState, order: PayBenefit) {
  checks.requirePayable(state);
  if (state.status !== 'accepted') throw notAllowed(phrase('money.refusal.notPayable', { claimNumber: state.claimNumber, status: state.status }));
  if (!Number.isInteger(order.amountCents) || order.amountCents <= 0) {
    throw invalidFields(phrase('money.refusal.paymentExceedsReserve'), [fieldProblem('amountCents', 'api.field.paymentPositive')]);
  }
}

export function registerBenefits(p: ClaimProcess) {
  p.register(payBenefitUpdate, p.keyed(checkBenefit, async (order) => {
    const { state } = p;
    if (state.payments.some((payment) => payment.id === order.paymentId)) return copy(state);
    const system: Staff = { ...systemActor, authorityLimitCents: null };
    // The law owes it whatever the reserve says: the reserve follows, under the payment's own key.
    const shortfall = order.amountCents - moneyOf(state, 'indemnity').availableCents;
    const at = p.now();
    if (shortfall > 0) state.reserveCents.indemnity += shortfall;
    state.payments.push(p.newPayment({
      id: order.paymentId, costType: 'indemnity', amountCents: order.amountCents, payeeName: order.payeeName, iban: order.iban, bic: null,
      requestedBy: system, status: 'approved', decidedBy: systemActor, decidedAt: at,
    }));
    const answer = await p.commit({
      action: 'benefit_paid', by: systemActor, paymentIds: [order.paymentId],
      details: { paymentId: order.paymentId, payee: order.payee, payeeName: order.payeeName, amountCents: order.amountCents, basis: order.basis, reserveRaisedCents: Math.max(0, shortfall) },
      ...(shortfall > 0
        ? { reserveEntries: [{ key: `${order.key}:reserve`, costType: 'indemnity' as const, amountCents: shortfall, reason: order.basis, author: system }] }
        : {}),
    });
    await p.paymentMade();
    return answer;
  }));
}
