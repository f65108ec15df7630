import { phrase } from '../../../i18n/phrase';
import { assertCents, roundedDivision, type ComputationLine } from './money';

/**
 * Wage lost for a medical check the insurer asks for once back at work (seed 004 q.12: "alleen de uren
 * loonverlies voor de medische controle … en niet bijvoorbeeld een volledige dag"): the hours lost times the
 * hourly wage. Hours are counted to the minute; the amount is rounded to the cent.
 */

/** A check costs hours, not days: more than a day's hours is not a check's wage loss. */
export const MEDICAL_CHECK_MAX_HOURS = 24;

export function medicalCheckWageLoss(input: { hourlyWageCents: number; hoursLost: number }): { amountCents: number; lines: ComputationLine[] } {
  assertCents('hourlyWageCents', input.hourlyWageCents);
  if (!Number.isFinite(input.hoursLost) || input.hoursLost <= 0 || input.hoursLost > MEDICAL_CHECK_MAX_HOURS) {
    throw new RangeError(`Hours lost for a medical check: more than 0, at most ${MEDICAL_CHECK_MAX_HOURS}: ${input.hoursLost}`);
  }
  const minutes = Math.round(input.hoursLost * 60);
  const amountCents = roundedDivision(input.hourlyWageCents * minutes, 60);
  return {
    amountCents,
    lines: [{ phrase: phrase('benefitsRules.medicalCheck.hours', { hours: minutes / 60, hourlyWageCents: input.hourlyWageCents }), amountCents }],
  };
}

