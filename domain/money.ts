import type { FieldProblem } from '../i18n/field-problems';
import type { Phrase } from '../i18n/phrase';
import { benefitTerms, deathSchedule, invaliditySchedule } from './rules/accident-income';

/** Schadevergoeding (indemnity) or kosten (expenses: experts, lawyers): each has its own reserve. */
export const costTypes = ['indemnity', 'expenses'] as const;
export type CostType = (typeof costTypes)[number];

/** The claim process's payment statuses (domain/claim/state.ts), and 'paid': a payment made before claims had a process. */
export const paymentStatuses = ['awaiting_approval', 'approved', 'sent', 'confirmed', 'returned', 'rejected', 'cancelled', 'paid'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/** A claim is paid while it is handled, under reservation or accepted; a refused claim never. */
export const payableStatuses: readonly string[] = ['in_handling', 'under_reservation', 'accepted'];

/**
 * One cost type's money. Outstanding is the reserve minus what is paid; available is what a new payment
 * may still use: outstanding minus what is promised (payments awaiting approval, instalments still to come).
 */
export interface MoneyTotals {
  reserveCents: number;
  paidCents: number;
  awaitingApprovalCents: number;
  scheduledCents: number;
  outstandingCents: number;
  availableCents: number;
}

export function moneyTotals(reserveCents: number, paidCents: number, awaitingApprovalCents: number, scheduledCents: number): MoneyTotals {
  const outstandingCents = reserveCents - paidCents;
  return { reserveCents, paidCents, awaitingApprovalCents, scheduledCents, outstandingCents, availableCents: outstandingCents - awaitingApprovalCents - scheduledCents };
}

/** Why the money rules refuse an action, as a phrase and field problems; the API and the workflows turn it into 404, 409 or 422. */
export interface MoneyRefusal {
  code: 'claim_not_found' | 'not_payable' | 'invalid';
  phrase: Phrase;
  problems: FieldProblem[];
}

export type ScheduleKind = 'death' | 'invalidity';
export interface PlannedPayment {
  /** 0: the death lump sum, paid at once; 1..n: the monthly instalments. */
  instalmentNumber: number;
  amountCents: number;
}

/** Verzekerd Inkomen: what a schedule pays, in order, adding up exactly to the total (rules module). */
export function schedulePlan(kind: ScheduleKind, totalCents: number, spreadMonths: 12 | 24): PlannedPayment[] {
  const terms = benefitTerms(spreadMonths === 12 ? '12' : '24', false);
  if (kind === 'invalidity') {
    return invaliditySchedule(totalCents, terms).instalmentsCents.map((amountCents, i) => ({ instalmentNumber: i + 1, amountCents }));
  }
  const death = deathSchedule(totalCents, terms);
  return [{ instalmentNumber: 0, amountCents: death.lumpSumCents }, ...death.instalmentsCents.map((amountCents, i) => ({ instalmentNumber: i + 1, amountCents }))]
    .filter((payment) => payment.amountCents > 0);
}
