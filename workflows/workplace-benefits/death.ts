import { addDays, addMonths } from '../../domain/rules/calendar';
import { phrase } from '../../i18n/phrase';
import { paidUntil, type Allowance, type RecordDeath } from './definitions';
import type { BenefitsFile } from './file';

/**
 * The victim's death ends the benefits file: a life annuity lasts a life, and the yearly allowance of the revision
 * period stops with it too.
 *
 * The month of the death is paid in full, nothing after it. Neither seed 004 nor the sources at hand say how the law of
 * 10 April 1971 (arbeidsongevallenwet) treats the month of the death, so no article is cited: this is our decision,
 * the way Belgian monthly benefits (pensions) are commonly paid, to confirm with the business. A "month" is the
 * allowance's monthly term (a calendar month from its start, see paidUntil): the term the death falls in is the last one owed.
 *
 * Out of scope: survivors' benefits (rente voor nabestaanden, overlijdensbijslag) and the funeral costs, and the
 * recovery of terms paid after the death (counted here for the handler).
 */

/** How many monthly terms of an allowance are owed for a victim who died on a day: those beginning on or before it. */
export function monthsOwedUntilDeath(allowance: Pick<Allowance, 'startsOn'>, diedOn: string): number {
  let months = 0;
  // Term m runs from the day after startsOn + (m-1) months up to startsOn + m months.
  while (addMonths(allowance.startsOn, months) < diedOn) months += 1;
  return months;
}

/** Records the death: pays the terms still owed up to its month, stops the allowance, reminders and revision timer. */
export async function recordDeath(f: BenefitsFile, { actor, diedOn }: RecordDeath) {
  const { state } = f;
  const allowance = state.allowance;
  let monthsOwed: number | null = null;
  if (allowance) {
    monthsOwed = monthsOwedUntilDeath(allowance, diedOn);
    // During the revision period the allowance runs up to its deadline at most (the final settlement covers no more).
    if (allowance.kind === 'allowance' && state.revisionPeriod.deadline !== null) {
      monthsOwed = Math.min(monthsOwed, monthsOwedUntilDeath(allowance, state.revisionPeriod.deadline));
    }
    const item = allowance.kind === 'allowance' ? 'allowance' : 'annuity';
    const key = allowance.kind === 'allowance' ? 'benefits.basis.allowance' : 'benefits.basis.annuity';
    // The same items (and so the same keys) the monthly payments use: a term paid already is never paid again.
    while (allowance.monthsPaid < monthsOwed) {
      const month = allowance.monthsPaid + 1;
      const from = addDays(paidUntil(allowance), 1);
      await f.pay(item, `m${month}`, 'victim', allowance.monthlyCents, phrase(key, { month, from, until: addMonths(allowance.startsOn, month) }), allowance.lines);
      allowance.monthsPaid = month;
    }
    allowance.nextDueAt = null;
  }
  for (const agreement of state.agreements) agreement.remindAt = null;
  state.death = {
    diedOn, recordedBy: actor, recordedAt: f.now(), monthsOwed, monthsPaidAfter: monthsOwed === null ? 0 : Math.max(0, (allowance?.monthsPaid ?? 0) - monthsOwed),
  };
  return f.commit({ action: 'death_recorded', by: actor, details: { diedOn, monthsOwed, monthsPaidAfter: state.death.monthsPaidAfter } });
}
