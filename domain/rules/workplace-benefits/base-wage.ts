import { phrase } from '../../../i18n/phrase';
import { assertIsoDate, type IsoDate } from '../calendar';
import { assertCents, roundedDivision, type ComputationLine } from './money';

/**
 * The base wage (basisloon / rémunération de base), law of 10 April 1971 on workplace accidents
 * (arbeidsongevallenwet), arts. 34–39: the wage the victim earned in the 365 days before the accident
 * in the function held at the accident (art. 34; Fedris, "Basisloon", fedris.be/nl/professional/privesector/basisloon).
 * Benefits are a percentage of it, counted only up to a yearly maximum (art. 39, first paragraph, "loongrens"),
 * and for apprentices and minors in temporary incapacity not below a floor (art. 39, second paragraph,
 * "bodembedrag"). Both are indexed each 1 January by a notice of the FOD Sociale Zekerheid in the Belgisch
 * Staatsblad, "Indexering van de loongrenzen bedoeld bij artikel 39, eerste en tweede lid, van de
 * arbeidsongevallenwet" (in execution of art. 43 of the royal decree of 21 December 1971). The limits of
 * the year of the accident apply.
 */

/** One year's limits as the FOD Sociale Zekerheid publishes them (in force from 1 January). */
export interface BaseWageLimits {
  year: number;
  /** Floor for apprentices and minors in temporary incapacity (art. 39, second paragraph); null: not confirmed, no floor applied. */
  minimumCents: number | null;
  /** The base wage counts only up to this (art. 39, first paragraph). */
  maximumCents: number;
  source: string;
}

/**
 * Researched, per year; a year not in the table uses the latest earlier one (baseWageLimitsFor).
 * Not confirmed from a source, hence left out: 2015 and 2021–2023 (maximum and floor), 2025 and 2026 —
 * an accident in 2025 or 2026 is capped at the 2024 maximum until their figures are added; and the 2024
 * floor (null). Add a year as soon as its notice is at hand.
 */
export const BASE_WAGE_LIMITS: readonly BaseWageLimits[] = [
  {
    year: 2012, minimumCents: 618_885, maximumCents: 3_856_491,
    source: 'FOD Sociale Zekerheid, Belgisch Staatsblad 25 July 2013 p. 47024, as reported by Easypay Group, "Loongrenzen arbeidsongevallen 2013 definitief bekend" (2 Aug 2013): 2012 loongrens 38.564,91 EUR, bodembedrag 6.188,85 EUR',
  },
  {
    year: 2013, minimumCents: 643_920, maximumCents: 4_092_718,
    source: 'FOD Sociale Zekerheid, indexation notice art. 39 (Belgisch Staatsblad 25 July 2013 p. 47024; etaamb numac 2013204282): 40.927,18 EUR and 6.439,20 EUR from 1 January 2013',
  },
  {
    year: 2014, minimumCents: 643_920, maximumCents: 4_092_718,
    source: 'FOD Sociale Zekerheid, indexation notice art. 39, Belgisch Staatsblad 22 January 2014 (numac 2014200226; Depla Law, "Loongrenzen in arbeidsongevallenregeling ongewijzigd"): unchanged, 40.927,18 EUR and 6.439,20 EUR',
  },
  {
    year: 2016, minimumCents: 643_920, maximumCents: 4_144_243,
    source: 'FOD Sociale Zekerheid, "Indexering van de loongrenzen bedoeld bij artikel 39, eerste en tweede lid", Belgisch Staatsblad 12 February 2016 p. 11305 (numac 2016200645): 41.442,43 EUR and 6.439,20 EUR from 1 January 2016',
  },
  {
    year: 2017, minimumCents: 656_838, maximumCents: 4_227_008,
    source: 'FOD Sociale Zekerheid, indexation notice art. 39, Belgisch Staatsblad 2 February 2017 p. 15558 (Easypay Group, "Loongrenzen arbeidsongevallen 2017 definitief bekend"): 42.270,08 EUR and 6.568,38 EUR',
  },
  {
    year: 2018, minimumCents: 669_973, maximumCents: 4_346_034,
    source: 'FOD Sociale Zekerheid, indexation notice art. 39, Belgisch Staatsblad 15 January 2018 (Wolters Kluwer Legalworld, "Arbeidsongevallen: loonbedragen voor 2018"): 43.460,34 EUR and 6.699,73 EUR',
  },
  {
    year: 2019, minimumCents: 683_384, maximumCents: 4_433_026,
    source: 'FOD Sociale Zekerheid indexation notice art. 39 (Wolters Kluwer HSE World, "Arbeidsongevallen: loongrenzen voor 2020", 13 Jan 2020, column 2019): 44.330,26 EUR and 6.833,84 EUR',
  },
  {
    year: 2020, minimumCents: 683_384, maximumCents: 4_481_789,
    source: 'FOD Sociale Zekerheid indexation notice art. 39 (Wolters Kluwer HSE World, "Arbeidsongevallen: loongrenzen voor 2020", 13 Jan 2020): 44.817,89 EUR and 6.833,84 EUR from 1 January 2020',
  },
  {
    year: 2024, minimumCents: null, maximumCents: 5_474_348,
    source: 'Bill on miscellaneous social provisions adopted by the Chamber on 29 Feb 2024, raising the ceiling by 1.1 % for accidents from 1 January 2024: "fixée en 2024 à 54.743,48 euros, précise Fedris" (RTL Info, 29 Feb 2024). The 2024 floor is not confirmed.',
  },
];

/** Salary in the year before the accident is a year of 365 days (Fedris, "Basisloon": "periode van 365 dagen"). */
export const DAYS_PER_YEAR = 365;
/**
 * The simplified base wage (vereenvoudigd basisloon, seed 004 q.11) is the insurer's provisional figure
 * while the year's wages are not known: the monthly gross wage at the accident times 12. The law does not
 * set this factor (it sets the detailed wage, art. 34); the correction (rechtzetting) settles the difference.
 */
export const SIMPLIFIED_BASE_WAGE_MONTHS = 12;

/** The limits in force for an accident in `year`: the latest year in the table not after it. */
export function baseWageLimitsFor(year: number, table: readonly BaseWageLimits[] = BASE_WAGE_LIMITS): BaseWageLimits {
  const earlier = table.filter((limits) => limits.year <= year).sort((a, b) => b.year - a.year);
  if (!earlier[0]) throw new RangeError(`No base-wage limits known for ${year} or before`);
  return earlier[0];
}

export interface BaseWage {
  kind: 'simplified' | 'detailed';
  /** Before the legal maximum (and floor) were applied. */
  uncappedCents: number;
  /** What benefits are computed on. */
  annualCents: number;
  /** annualCents / 365, rounded to the cent. */
  dailyCents: number;
  /** The holiday pay counted in it (0 for the simplified wage): not counted for temporary incapacity. */
  holidayPayCents: number;
  /** What temporary-incapacity allowances are computed on: the base wage without the holiday pay, within the same limits. */
  temporaryAnnualCents: number;
  /** temporaryAnnualCents / 365, rounded to the cent. */
  temporaryDailyCents: number;
  lines: ComputationLine[];
}

interface Limited { apprenticeOrMinor?: boolean }

function within(limits: BaseWageLimits, cents: number, apprenticeOrMinor: boolean): number {
  if (cents > limits.maximumCents) return limits.maximumCents;
  return apprenticeOrMinor && limits.minimumCents !== null && cents < limits.minimumCents ? limits.minimumCents : cents;
}

function limited(kind: BaseWage['kind'], accidentDate: IsoDate, uncappedCents: number, holidayPayCents: number, first: ComputationLine,
  apprenticeOrMinor: boolean, table: readonly BaseWageLimits[]): BaseWage {
  const limits = baseWageLimitsFor(Number(accidentDate.slice(0, 4)), table);
  const lines = [first];
  const annualCents = within(limits, uncappedCents, apprenticeOrMinor);
  if (annualCents < uncappedCents) {
    lines.push({ phrase: phrase('benefitsRules.baseWage.cappedAtMaximum', { year: limits.year, maximumCents: limits.maximumCents }), amountCents: annualCents });
  } else if (annualCents > uncappedCents) {
    lines.push({ phrase: phrase('benefitsRules.baseWage.raisedToMinimum', { year: limits.year, minimumCents: limits.minimumCents }), amountCents: annualCents });
  }
  const dailyCents = roundedDivision(annualCents, DAYS_PER_YEAR);
  lines.push({ phrase: phrase('benefitsRules.baseWage.daily', { annualCents, daysPerYear: DAYS_PER_YEAR }), amountCents: dailyCents });
  const temporaryAnnualCents = within(limits, uncappedCents - holidayPayCents, apprenticeOrMinor);
  const temporaryDailyCents = roundedDivision(temporaryAnnualCents, DAYS_PER_YEAR);
  if (holidayPayCents > 0) {
    lines.push({
      phrase: phrase('benefitsRules.baseWage.temporaryWithoutHolidayPay', { holidayPayCents, temporaryAnnualCents, daysPerYear: DAYS_PER_YEAR }),
      amountCents: temporaryDailyCents,
    });
  }
  return { kind, uncappedCents, annualCents, dailyCents, holidayPayCents, temporaryAnnualCents, temporaryDailyCents, lines };
}

/** Under a month of incapacity (and as the provisional base): from the wage at the accident. */
export function simplifiedBaseWage(input: { accidentDate: IsoDate; monthlyGrossCents: number } & Limited,
  table: readonly BaseWageLimits[] = BASE_WAGE_LIMITS): BaseWage {
  assertIsoDate(input.accidentDate);
  assertCents('monthlyGrossCents', input.monthlyGrossCents);
  const uncappedCents = input.monthlyGrossCents * SIMPLIFIED_BASE_WAGE_MONTHS;
  const line = {
    phrase: phrase('benefitsRules.baseWage.simplified', { monthlyGrossCents: input.monthlyGrossCents, months: SIMPLIFIED_BASE_WAGE_MONTHS }),
    amountCents: uncappedCents,
  };
  return limited('simplified', input.accidentDate, uncappedCents, 0, line, input.apprenticeOrMinor ?? false, table);
}

/**
 * Over a month: the wages of the year before the accident (art. 34), with the holiday pay and bonuses
 * of that year as the employer declares them. The holiday pay counts for the permanent allowance but not for
 * temporary incapacity (Fedris glossary, "basic salary": "The holiday bonus is not taken into account to
 * determine the benefits for temporary work incapacity"): hence temporaryAnnualCents.
 */
export function detailedBaseWage(input: { accidentDate: IsoDate; previousYearWagesCents: number; holidayPayCents: number; bonusesCents: number } & Limited,
  table: readonly BaseWageLimits[] = BASE_WAGE_LIMITS): BaseWage {
  assertIsoDate(input.accidentDate);
  assertCents('previousYearWagesCents', input.previousYearWagesCents);
  assertCents('holidayPayCents', input.holidayPayCents);
  assertCents('bonusesCents', input.bonusesCents);
  const uncappedCents = input.previousYearWagesCents + input.holidayPayCents + input.bonusesCents;
  const line = {
    phrase: phrase('benefitsRules.baseWage.detailed', {
      wagesCents: input.previousYearWagesCents, holidayPayCents: input.holidayPayCents, bonusesCents: input.bonusesCents,
    }),
    amountCents: uncappedCents,
  };
  return limited('detailed', input.accidentDate, uncappedCents, input.holidayPayCents, line, input.apprenticeOrMinor ?? false, table);
}
