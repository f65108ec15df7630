import { phrase } from '../../../i18n/phrase';
import { addMonths, assertIsoDate, daysBetween, type IsoDate } from '../calendar';
import { DAYS_PER_YEAR, type BaseWage } from './base-wage';
import { assertCents, hundredthsOfPercent, roundedDivision, type ComputationLine } from './money';

/**
 * Permanent incapacity (blijvende arbeidsongeschiktheid), law of 10 April 1971 art. 24: from the
 * consolidation date a yearly allowance of the degree of incapacity times the base wage, reduced for low
 * degrees — below 5 %: (base wage × degree) / 2; from 5 % to below 10 %: 75 % of it; from 10 %: in full
 * (socialsecurity.be, "Arbeidsongeval: vergoedingen voor blijvende arbeidsongeschiktheid"; Fedris,
 * "Vergoeding voor blijvende arbeidsongeschiktheid", private sector: "Graad … lager dan 5 %: (basisloon x
 * graad) / 2", public-sector page: "hoger dan of gelijk aan 5 % en lager dan 10 % … 75 %").
 * The allowance is paid during the three-year revision period (herzieningstermijn, art. 72), which starts on
 * the date of ratification (bekrachtiging) by Fedris, cannot be extended, and after which the degree is final;
 * the yearly allowance then becomes a life annuity (lijfrente) of the same formula (Fedris, private sector:
 * "U ontvangt een jaarlijkse vergoeding tijdens de herzieningstermijn en een lijfrente na afloop van die
 * herzieningstermijn"; "Uw vergoeding of rente is gelijk aan …").
 */

/** Art. 72: a revision can be asked for three years from the ratification. */
export const REVISION_PERIOD_YEARS = 3;
/** The allowance and the annuity are paid monthly: a twelfth of the yearly amount. */
export const MONTHS_PER_YEAR = 12;

/** A reduction for degrees below a bound (art. 24): the lowest bound that the degree is under applies. */
export interface LowDegreeReduction { belowPercent: number; reductionPercent: number }

/** Art. 24: below 5 % halved, 5 % to below 10 % reduced by a quarter. */
export const LOW_DEGREE_REDUCTIONS: readonly LowDegreeReduction[] = [
  { belowPercent: 5, reductionPercent: 50 },
  { belowPercent: 10, reductionPercent: 25 },
];

export interface PermanentRules { lowDegreeReductions: readonly LowDegreeReduction[] }
export const PERMANENT_RULES: PermanentRules = { lowDegreeReductions: LOW_DEGREE_REDUCTIONS };

export interface PermanentAmount { yearlyCents: number; monthlyCents: number; lines: ComputationLine[] }

/** The day the revision period ends: the same calendar day three years after the ratification (art. 72). */
export const revisionPeriodEnds = (ratifiedOn: IsoDate): IsoDate => {
  assertIsoDate(ratifiedOn);
  return addMonths(ratifiedOn, REVISION_PERIOD_YEARS * MONTHS_PER_YEAR);
};

function permanentAmount(kind: 'yearlyAllowance' | 'lifeAnnuity', input: { degreePercent: number; baseWage: BaseWage }, rules: PermanentRules): PermanentAmount {
  const degree = hundredthsOfPercent(input.degreePercent);
  assertCents('annualCents', input.baseWage.annualCents);
  const reduction = [...rules.lowDegreeReductions]
    .sort((a, b) => a.belowPercent - b.belowPercent)
    .find((candidate) => degree < candidate.belowPercent * 100);
  const reductionPercent = reduction?.reductionPercent ?? 0;
  // One rounding: base wage × degree (hundredths of a percent) × what remains after the reduction (percent).
  const yearlyCents = roundedDivision(input.baseWage.annualCents * degree * (100 - reductionPercent), 100 * 100 * 100);
  const lines: ComputationLine[] = [{
    phrase: phrase(`benefitsRules.permanent.${kind}`, { degreePercent: degree / 100, annualCents: input.baseWage.annualCents }),
    amountCents: roundedDivision(input.baseWage.annualCents * degree, 100 * 100),
  }];
  if (reduction) {
    lines.push({ phrase: phrase('benefitsRules.permanent.reduction', { reductionPercent, belowPercent: reduction.belowPercent }), amountCents: yearlyCents });
  }
  const monthlyCents = roundedDivision(yearlyCents, MONTHS_PER_YEAR);
  lines.push({ phrase: phrase('benefitsRules.permanent.monthly', { yearlyCents, months: MONTHS_PER_YEAR }), amountCents: monthlyCents });
  return { yearlyCents, monthlyCents, lines };
}

/** During the revision period (art. 24): degree × base wage, with the reductions for low degrees. */
export const yearlyAllowance = (input: { degreePercent: number; baseWage: BaseWage }, rules: PermanentRules = PERMANENT_RULES): PermanentAmount =>
  permanentAmount('yearlyAllowance', input, rules);

/** After the revision period: the life annuity, on the final degree, by the same formula. */
export const lifeAnnuity = (input: { degreePercent: number; baseWage: BaseWage }, rules: PermanentRules = PERMANENT_RULES): PermanentAmount =>
  permanentAmount('lifeAnnuity', input, rules);

/**
 * The allowance owed from the consolidation date up to a day, both included (arrears at ratification):
 * yearly amount × days / 365, rounded once to the cent.
 */
export function allowanceArrears(input: { consolidationDate: IsoDate; until: IsoDate; yearlyCents: number }): { amountCents: number; lines: ComputationLine[] } {
  assertIsoDate(input.consolidationDate);
  assertIsoDate(input.until);
  assertCents('yearlyCents', input.yearlyCents);
  const days = Math.max(0, daysBetween(input.consolidationDate, input.until) + 1);
  const amountCents = roundedDivision(input.yearlyCents * days, DAYS_PER_YEAR);
  return {
    amountCents,
    lines: [{
      phrase: phrase('benefitsRules.permanent.arrears', { from: input.consolidationDate, until: input.until, days, yearlyCents: input.yearlyCents, daysPerYear: DAYS_PER_YEAR }),
      amountCents,
    }],
  };
}
