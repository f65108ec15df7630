import type { ProductLine } from '../product-lines';
import { addDays, addMonths, addWorkingDays, daysBetween, IsoDate } from './calendar';

/**
 * Claim-handling deadlines of the law of 17 March 2024 (DOMAIN.md §5): the general regime for claims
 * filed since 1 October 2024. Workplace accidents and motor liability keep their own regimes, and so do
 * simple fire risks; the serious-workplace-accident inspection report comes from seed 004.
 */
export const REASONED_ANSWER_MONTHS = 3; // gemotiveerd antwoord binnen drie maanden
export const REASONED_ANSWER_FLAT_SUM_CENTS = 30_000; // forfaitair €300 when the three months pass
export const REMINDER_START_WORKING_DAYS = 3; // counted from the third working day after the reminder was sent
export const REMINDER_ANSWER_DAYS = 11;
export const REMINDER_PENALTY_PER_DAY_CENTS = 30_000; // €300 per day of delay after those 11 days
export const PAYMENT_DAYS = 30; // payment within 30 days of an agreed amount; late: twice the legal interest rate

export type DeadlineCode = 'reasoned_answer' | 'reminder_answer' | 'payment' | 'inspection_report';

export interface Regime {
  reasonedAnswer: boolean;
  reminder: boolean;
  payment: boolean;
}

/** Which deadlines of the general regime apply to a product line (simple fire risks have their own). */
export function regimeOf(productLine: ProductLine, simpleFireRisk = false): Regime {
  const ownRegime = productLine === 'workplace_accident' || productLine === 'motor' || (productLine === 'fire' && simpleFireRisk);
  return { reasonedAnswer: !ownRegime, reminder: !ownRegime, payment: true };
}

export const reasonedAnswerDue = (claimFiledOn: IsoDate): IsoDate => addMonths(claimFiledOn, REASONED_ANSWER_MONTHS);

/** 11 days, counted from the third working day after the claimant sent the reminder. */
export const reminderAnswerDue = (reminderSentOn: IsoDate): IsoDate =>
  addDays(addWorkingDays(reminderSentOn, REMINDER_START_WORKING_DAYS), REMINDER_ANSWER_DAYS);

export const paymentDue = (amountAgreedOn: IsoDate): IsoDate => addDays(amountAgreedOn, PAYMENT_DAYS);

/** €300 for every day past the reminder deadline, up to the day of the answer (or today). */
export const reminderPenaltyCents = (dueOn: IsoDate, answeredOrToday: IsoDate): number =>
  Math.max(0, daysBetween(dueOn, answeredOrToday)) * REMINDER_PENALTY_PER_DAY_CENTS;
