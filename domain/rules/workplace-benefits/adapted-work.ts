import { phrase } from '../../../i18n/phrase';
import { assertCents, type ComputationLine } from './money';

/**
 * Temporary partial incapacity, adapted work (aangepast werk), law of 10 April 1971 art. 23: the insurer
 * pays the difference between the wage at the accident and the wage earned in the adapted work, from the
 * payslip of that period (seed 004 q.12: "Uitbetaling van het verschil in loon"; Fedris, "Vergoeding voor tijdelijke
 * arbeidsongeschiktheid", private sector: "het verschil tussen het loon dat u vóór uw arbeidsongeval ontving en uw
 * verminderde loon").
 */
export function adaptedWorkBenefit(input: { wageAtAccidentCents: number; adaptedWageCents: number }): { amountCents: number; lines: ComputationLine[] } {
  assertCents('wageAtAccidentCents', input.wageAtAccidentCents);
  assertCents('adaptedWageCents', input.adaptedWageCents);
  // Earning as much as before leaves no loss to make good: never a negative benefit.
  const amountCents = Math.max(0, input.wageAtAccidentCents - input.adaptedWageCents);
  return {
    amountCents,
    lines: [
      { phrase: phrase('benefitsRules.adaptedWork.wageAtAccident'), amountCents: input.wageAtAccidentCents },
      { phrase: phrase('benefitsRules.adaptedWork.adaptedWage'), amountCents: input.adaptedWageCents },
      { phrase: phrase('benefitsRules.adaptedWork.difference'), amountCents },
    ],
  };
}
