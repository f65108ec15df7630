import { phrase, type Phrase } from '../../i18n/phrase';
import { addDays, addMonths, daysBetween, monthsBetween, type IsoDate } from './calendar';

/**
 * Accident income insurance, "Verzekerd Inkomen" (seed 003): a replacement income for 12 or 24
 * months after an accident causing death or permanent total invalidity. Pure rules; amounts are
 * integer cents. Reasons are phrases (i18n/locales/<language>/assessment.json), worded at the edge.
 */

export type Formula = '12' | '12/24' | '24';

export interface BenefitTerms {
  /** Months over which the benefit is spread (gespreid over). */
  spreadMonths: 12 | 24;
  /** 1 = single benefit (enkele uitkering), 2 = double (dubbele uitkering). */
  multiplier: 1 | 2;
  minCents: number;
  maxCents: number;
}

const SINGLE: BenefitTerms = { spreadMonths: 12, multiplier: 1, minCents: 750_000, maxCents: 3_000_000 };
const DOUBLE: BenefitTerms = { spreadMonths: 24, multiplier: 2, minCents: 1_500_000, maxCents: 6_000_000 };

/** Per formula: its terms for any accident, and for a traffic accident (verkeersongeval). */
export const FORMULA_TERMS: Record<Formula, { standard: BenefitTerms; traffic: BenefitTerms }> = {
  '12': { standard: SINGLE, traffic: SINGLE },
  '12/24': { standard: SINGLE, traffic: DOUBLE }, // a traffic accident doubles it, over 24 months
  '24': { standard: DOUBLE, traffic: DOUBLE },
};
/** Jaarlijkse premie. */
export const ANNUAL_PREMIUM_CENTS: Record<Formula, number> = { '12': 2_349, '12/24': 3_099, '24': 3_849 };
/** "Minder dan 30 jaar? Dan is uw verzekering (Formule 12/24) het 1e jaar gratis." */
export const FREE_FIRST_YEAR_BELOW_AGE = 30;
export const FREE_FIRST_YEAR_FORMULA: Formula = '12/24';
/** The base looks at "de 12 maanden die voorafgaan aan het ongeval". */
export const BASE_REFERENCE_MONTHS = 12;
/** Self-employed: "forfaitair: zes keer de sociale bijdragen van de laatste vier kwartalen". */
export const SELF_EMPLOYED_CONTRIBUTION_MULTIPLIER = 6;
/** Death: 2 500 euro at once, the rest over 11 or 23 months. */
export const DEATH_LUMP_SUM_CENTS = 250_000;
export const DEATH_INSTALMENT_MONTHS: Record<BenefitTerms['spreadMonths'], number> = { 12: 11, 24: 23 };
/** Permanent total invalidity (blijvende volledige invaliditeit): "min. 67 %". */
export const MIN_INVALIDITY_PERCENT = 67;

/** General exclusions (algemene uitsluitingen), as the seed words them: flags for the handler, who decides. */
export const EXCLUSIONS = {
  war: '(burger)oorlog of gelijkaardige feiten',
  riots: 'oproer of collectieve gewelddaden',
  suicide_or_attempt: '(poging tot) zelfmoord',
  nuclear: 'een wijziging in de atoomkernstructuur',
  ionising_radiation: 'gelijk welke bron van ioniserende straling',
  voluntary_exceptional_danger: 'zich vrijwillig blootstellen aan een uitzonderlijk gevaar',
  criminal_conduct: 'zich misdadig gedragen',
  mental_disorder: 'een staat van geestesstoornis',
  drunkenness_or_intoxication: 'dronkenschap, alcoholintoxicatie of een gelijkaardige staat (bv. verdovende middelen)',
  flying_private_plane: 'een privévliegtuig besturen',
  air_sports: 'een luchtsport beoefenen',
  speed_races: 'deelnemen aan snelheidswedstrijden',
} as const;
export type Exclusion = keyof typeof EXCLUSIONS;
/** Terrorism is covered (law of 1 April 2007); listed so that saying so is explicit. */
export type Circumstance = Exclusion | 'terrorism';

export function benefitTerms(formula: Formula, trafficAccident: boolean): BenefitTerms {
  return trafficAccident ? FORMULA_TERMS[formula].traffic : FORMULA_TERMS[formula].standard;
}

/** Income and regular expenses that count, when domiciled on the linked account. */
export type IncomeKind = 'salary' | 'replacement_income' | 'child_benefit'; // salary includes holiday pay and bonuses
export type ExpenseKind = 'utilities' | 'rent' | 'non_life_premium'; // water, gas, electricity, TV, telephone; rent; Belfius non-life premiums
const INCOME_KINDS: readonly string[] = ['salary', 'replacement_income', 'child_benefit'];

export interface DomiciledTransaction {
  date: IsoDate;
  kind: IncomeKind | ExpenseKind;
  amountCents: number;
}

export interface BaseInput {
  accidentDate: IsoDate;
  transactions: readonly DomiciledTransaction[];
  /** Self-employed: the social contributions of the last four quarters, one amount per quarter. */
  selfEmployedQuarterlyContributionsCents?: readonly [number, number, number, number];
}

export interface Base {
  /** First and last day of the twelve months before the accident. */
  from: IsoDate;
  to: IsoDate;
  incomeCents: number;
  selfEmployedFlatIncomeCents: number;
  regularExpensesCents: number;
  /** The larger of income (flat self-employed income included) and regular expenses. */
  baseCents: number;
  basedOn: 'income' | 'regular_expenses';
}

/**
 * The base for one year of replacement income. The seed bases the benefit on "uw inkomsten en
 * uitgaven" without saying how they combine. We take the LARGER of the two twelve-month totals:
 * adding them would count the same money twice (the expenses are paid out of the income) and give
 * more than the household ever had; the larger one is what the household lived on, or the fixed
 * charges that keep running, whichever is greater — both measures the seed names.
 * The twelve months run from the same day a year before the accident to the day before it.
 */
export function benefitBase(input: BaseInput): Base {
  const from = addMonths(input.accidentDate, -BASE_REFERENCE_MONTHS);
  const to = addDays(input.accidentDate, -1);
  const inWindow = input.transactions.filter((t) => daysBetween(from, t.date) >= 0 && daysBetween(t.date, to) >= 0);
  const sum = (list: readonly DomiciledTransaction[]) => list.reduce((total, t) => total + t.amountCents, 0);
  const incomeCents = sum(inWindow.filter((t) => INCOME_KINDS.includes(t.kind)));
  const regularExpensesCents = sum(inWindow.filter((t) => !INCOME_KINDS.includes(t.kind)));
  const contributions = input.selfEmployedQuarterlyContributionsCents ?? [0, 0, 0, 0];
  const selfEmployedFlatIncomeCents = SELF_EMPLOYED_CONTRIBUTION_MULTIPLIER * contributions.reduce((total, q) => total + q, 0);
  const totalIncome = incomeCents + selfEmployedFlatIncomeCents;
  const basedOn = totalIncome >= regularExpensesCents ? 'income' : 'regular_expenses';
  return { from, to, incomeCents, selfEmployedFlatIncomeCents, regularExpensesCents, baseCents: Math.max(totalIncome, regularExpensesCents), basedOn };
}

/** The total benefit: the base, doubled for a double benefit, clamped to the formula's minimum and maximum. */
export function totalBenefitCents(baseCents: number, terms: BenefitTerms): number {
  return Math.min(terms.maxCents, Math.max(terms.minCents, baseCents * terms.multiplier));
}

/**
 * `totalCents` in `count` monthly instalments that add up exactly. Rounding: every instalment gets
 * the total divided by the count, rounded down to the cent; the cents left over go one each to the
 * first instalments. They stay as equal as cents allow (at most 1 cent apart), and the extra cent
 * is paid sooner rather than later.
 */
export function equalInstalments(totalCents: number, count: number): number[] {
  if (!Number.isInteger(totalCents) || totalCents < 0 || !Number.isInteger(count) || count < 1) {
    throw new RangeError(`Cannot split ${totalCents} cents into ${count} instalments`);
  }
  const each = Math.floor(totalCents / count);
  const remainder = totalCents - each * count;
  return Array.from({ length: count }, (_, i) => (i < remainder ? each + 1 : each));
}

export interface PaymentSchedule {
  /** Paid at once. */
  lumpSumCents: number;
  /** Monthly, in order. */
  instalmentsCents: number[];
  totalCents: number;
}

/** Death: €2,500 at once ("om de eerste grote kosten te kunnen betalen"), the rest over 11 or 23 months. */
export function deathSchedule(totalCents: number, terms: BenefitTerms): PaymentSchedule {
  const lumpSumCents = Math.min(DEATH_LUMP_SUM_CENTS, totalCents);
  return { lumpSumCents, instalmentsCents: equalInstalments(totalCents - lumpSumCents, DEATH_INSTALMENT_MONTHS[terms.spreadMonths]), totalCents };
}

/** Invalidity: equal monthly instalments over 12 or 24 months. */
export function invaliditySchedule(totalCents: number, terms: BenefitTerms): PaymentSchedule {
  return { lumpSumCents: 0, instalmentsCents: equalInstalments(totalCents, terms.spreadMonths), totalCents };
}

export interface InvalidityAssessment {
  /** The degree caused by this accident: total minus what already existed on the day of the accident. */
  countingDegreePercent: number;
  eligible: boolean;
  reason: Phrase;
}

/** "Eventuele blijvende invaliditeiten die reeds bestaan op de dag van het ongeval, komen niet in aanmerking" for the 67 %. */
export function assessInvalidity(totalDegreePercent: number, preExistingDegreePercent: number): InvalidityAssessment {
  // In hundredths of a percent, so 70.3 − 3.3 is exactly 67.
  const counting = Math.round(totalDegreePercent * 100) - Math.round(preExistingDegreePercent * 100);
  const countingDegreePercent = counting / 100;
  const eligible = counting >= MIN_INVALIDITY_PERCENT * 100;
  const degrees = { percent: countingDegreePercent, minimum: MIN_INVALIDITY_PERCENT };
  const reason = eligible ? phrase('assessment.invalidity.counts', degrees) : phrase('assessment.invalidity.below', degrees);
  return { countingDegreePercent, eligible, reason };
}

/** The exclusions that the circumstances raise; terrorism raises none. The description words the code (assessment.exclusion.*). */
export function exclusionFlags(circumstances: readonly Circumstance[]): { code: Exclusion; description: Phrase }[] {
  return circumstances
    .filter((c): c is Exclusion => c !== 'terrorism')
    .map((code) => ({ code, description: phrase(`assessment.exclusion.${code}`) }));
}

/**
 * The cover starts the day after the signing of the membership form, "maar ten vroegste vanaf de
 * betaling van de eerste premie": from the payment day when that is later. No payment, no cover.
 */
export function coverStartDate(signedOn: IsoDate, firstPremiumPaidOn: IsoDate | null): IsoDate | null {
  if (firstPremiumPaidOn === null) return null;
  const dayAfterSigning = addDays(signedOn, 1);
  return daysBetween(dayAfterSigning, firstPremiumPaidOn) > 0 ? firstPremiumPaidOn : dayAfterSigning;
}

export function coveredOn(date: IsoDate, signedOn: IsoDate, firstPremiumPaidOn: IsoDate | null): boolean {
  const start = coverStartDate(signedOn, firstPremiumPaidOn);
  return start !== null && daysBetween(start, date) >= 0;
}

/** Age in whole years on a day (a birthday on 29 February falls on 28 February in other years). */
export const ageOn = (birthDate: IsoDate, date: IsoDate): number => Math.floor(monthsBetween(birthDate, date) / 12);

/** The premium of policy year `policyYear` (1 = the first year); age counts on the day of signing. */
export function annualPremiumCents(formula: Formula, birthDate: IsoDate, signedOn: IsoDate, policyYear: number): number {
  const free = formula === FREE_FIRST_YEAR_FORMULA && policyYear === 1 && ageOn(birthDate, signedOn) < FREE_FIRST_YEAR_BELOW_AGE;
  return free ? 0 : ANNUAL_PREMIUM_CENTS[formula];
}

export interface Family {
  partner?: { name: string; divorced: boolean; separatedFromBedAndBoard: boolean };
  /** Children, and their descendants by representation. */
  descendants: readonly string[];
  ascendantHeirs: readonly string[];
  rightfulClaimants: readonly string[];
}

/** 'insured': on invalidity the insured is the beneficiary ("Bij blijvende invaliditeit bent u de begunstigde"). */
export type BeneficiaryRank = 'named' | 'partner' | 'descendants' | 'ascendant_heirs' | 'rightful_claimants' | 'none' | 'insured';

/**
 * Who receives the death benefit: the persons the policyholder named, if any; else the first
 * group that exists of: the partner (not divorced, not separated from bed and board), the children
 * and descendants, the ascendant heirs, the rightful claimants.
 */
export function deathBeneficiaries(family: Family, named: readonly string[] = []): { rank: BeneficiaryRank; beneficiaries: string[] } {
  if (named.length > 0) return { rank: 'named', beneficiaries: [...named] };
  const partner = family.partner;
  if (partner && !partner.divorced && !partner.separatedFromBedAndBoard) return { rank: 'partner', beneficiaries: [partner.name] };
  if (family.descendants.length > 0) return { rank: 'descendants', beneficiaries: [...family.descendants] };
  if (family.ascendantHeirs.length > 0) return { rank: 'ascendant_heirs', beneficiaries: [...family.ascendantHeirs] };
  if (family.rightfulClaimants.length > 0) return { rank: 'rightful_claimants', beneficiaries: [...family.rightfulClaimants] };
  return { rank: 'none', beneficiaries: [] };
}

export type Outcome = { kind: 'death' } | { kind: 'invalidity'; totalDegreePercent: number; preExistingDegreePercent: number };

export interface AccidentIncomeClaim extends BaseInput {
  formula: Formula;
  trafficAccident: boolean;
  outcome: Outcome;
  signedOn: IsoDate;
  firstPremiumPaidOn: IsoDate | null;
  circumstances: readonly Circumstance[];
  family: Family;
  namedBeneficiaries?: readonly string[];
}

/** Everything the handler's screen shows: cover, exclusion flags, base, total, schedule and beneficiaries. */
export function assessAccidentIncome(claim: AccidentIncomeClaim) {
  const terms = benefitTerms(claim.formula, claim.trafficAccident);
  const base = benefitBase(claim);
  const invalidity = claim.outcome.kind === 'invalidity'
    ? assessInvalidity(claim.outcome.totalDegreePercent, claim.outcome.preExistingDegreePercent)
    : null;
  const entitled = invalidity === null || invalidity.eligible;
  const totalCents = entitled ? totalBenefitCents(base.baseCents, terms) : 0;
  return {
    covered: coveredOn(claim.accidentDate, claim.signedOn, claim.firstPremiumPaidOn),
    coverStartDate: coverStartDate(claim.signedOn, claim.firstPremiumPaidOn),
    exclusionFlags: exclusionFlags(claim.circumstances),
    notes: claim.circumstances.includes('terrorism') ? [phrase('assessment.accidentIncome.terrorismCovered')] : [],
    terms,
    base,
    invalidity,
    totalCents,
    schedule: !entitled ? null : claim.outcome.kind === 'death' ? deathSchedule(totalCents, terms) : invaliditySchedule(totalCents, terms),
    beneficiaries: claim.outcome.kind === 'death'
      ? deathBeneficiaries(claim.family, claim.namedBeneficiaries)
      : { rank: 'insured' as BeneficiaryRank, beneficiaries: [] as string[] },
  };
}
export type AccidentIncomeAssessment = ReturnType<typeof assessAccidentIncome>;
