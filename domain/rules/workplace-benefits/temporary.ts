import { phrase } from '../../../i18n/phrase';
import { addDays, assertIsoDate, daysBetween, type IsoDate } from '../calendar';
import { DAYS_PER_YEAR, type BaseWage } from './base-wage';
import { periodDays, type IncapacityPeriod } from './certificates';
import { assertCents, roundedDivision, type ComputationLine, type WorkerStatus } from './money';

/**
 * Temporary total incapacity (tijdelijke volledige arbeidsongeschiktheid), law of 10 April 1971 art. 22:
 * the day of the accident the victim keeps the wage of the hours lost (paid by the employer); from the day
 * after the accident a daily allowance of (base wage × 90 %) / 365 for every calendar day, weekends included
 * (Fedris, "Vergoeding voor tijdelijke arbeidsongeschiktheid", private sector; socialsecurity.be,
 * "Arbeidsongeval: vergoedingen voor tijdelijke arbeidsongeschiktheid": "(basisloon x 90 %) / 365").
 * For the first 30 days the employer pays the guaranteed wage (gewaarborgd loon, law of 3 July 1978 on
 * employment contracts, blue-collar arts. 52–54, white-collar art. 70 — article numbers as the team's brief
 * gives them, not checked against the text here; the amounts differ by status, the 30 days do not); the
 * insurer pays the allowance for those days to the employer, and from then on to the victim (Securex
 * Lex4You, "Le travailleur a-t-il droit au salaire garanti ?": "le travailleur a droit au salaire garanti à
 * charge de l'employeur durant une période de 30 jours … À l'issue de la période de 30 jours précitée,
 * l'assureur accidents du travail verse directement au travailleur les indemnités"). The day of the accident
 * is the guaranteed period's first day (Securex Lex4You, "Quand débute la période couverte par le salaire garanti ?").
 */

/** Art. 22; Fedris: "90 % van uw basisloon, gedeeld door 365 dagen". */
export const TEMPORARY_ALLOWANCE_PERCENT = 90;
/** Guaranteed-wage days by status (Securex Lex4You, see above): 30 for both, the employer pays them differently. */
export const GUARANTEED_WAGE_DAYS: Readonly<Record<WorkerStatus, number>> = { white_collar: 30, blue_collar: 30 };

export interface TemporaryRules {
  allowancePercent: number;
  guaranteedWageDays: Readonly<Record<WorkerStatus, number>>;
}

export const TEMPORARY_RULES: TemporaryRules = { allowancePercent: TEMPORARY_ALLOWANCE_PERCENT, guaranteedWageDays: GUARANTEED_WAGE_DAYS };

export interface TemporaryBenefit {
  period: IncapacityPeriod;
  /** The first day with an allowance: the period's first day, or the day after the accident. */
  firstPaidDay: IsoDate;
  /** Days with an allowance: the period's days after the accident day. */
  days: number;
  dailyAllowanceCents: number;
  totalCents: number;
  /** the part for days the employer paid guaranteed wage (reimbursed to the employer) */
  toEmployerCents: number;
  toVictimCents: number;
  lines: ComputationLine[];
}

/** (base wage for temporary incapacity × 90 %) / 365, rounded once to the cent. */
export function dailyAllowanceCents(baseWage: BaseWage, rules: TemporaryRules = TEMPORARY_RULES): number {
  assertCents('temporaryAnnualCents', baseWage.temporaryAnnualCents);
  return roundedDivision(baseWage.temporaryAnnualCents * rules.allowancePercent, 100 * DAYS_PER_YEAR);
}

/** The last day of the employer's guaranteed-wage period: the accident day is its first. */
export const guaranteedWageUntil = (accidentDate: IsoDate, status: WorkerStatus, rules: TemporaryRules = TEMPORARY_RULES): IsoDate =>
  addDays(accidentDate, rules.guaranteedWageDays[status] - 1);

const maxDate = (a: IsoDate, b: IsoDate) => (daysBetween(a, b) > 0 ? b : a);
const minDate = (a: IsoDate, b: IsoDate) => (daysBetween(a, b) < 0 ? b : a);
const daysFromTo = (from: IsoDate, to: IsoDate) => Math.max(0, daysBetween(from, to) + 1);

export function temporaryBenefit(input: { accidentDate: IsoDate; period: IncapacityPeriod; baseWage: BaseWage; status: WorkerStatus },
  rules: TemporaryRules = TEMPORARY_RULES): TemporaryBenefit {
  const { accidentDate, period, baseWage, status } = input;
  assertIsoDate(accidentDate);
  if (periodDays(period) < 1) throw new RangeError(`A period ends before it starts: ${period.from} – ${period.to}`);
  if (daysBetween(accidentDate, period.from) < 0) throw new RangeError(`A period from ${period.from} starts before the accident of ${accidentDate}`);

  const lines: ComputationLine[] = [];
  const firstPaid = maxDate(period.from, addDays(accidentDate, 1));
  if (period.from === accidentDate) {
    lines.push({ phrase: phrase('benefitsRules.temporary.accidentDay', { date: accidentDate }), amountCents: null });
  }
  const days = daysFromTo(firstPaid, period.to);
  const daily = dailyAllowanceCents(baseWage, rules);
  lines.push({
    phrase: phrase('benefitsRules.temporary.dailyAllowance', { annualCents: baseWage.temporaryAnnualCents, percent: rules.allowancePercent, daysPerYear: DAYS_PER_YEAR }),
    amountCents: daily,
  });
  const totalCents = days * daily;
  lines.push({ phrase: phrase('benefitsRules.temporary.days', { from: firstPaid, to: period.to, days, dailyAllowanceCents: daily }), amountCents: totalCents });

  const guaranteedUntil = guaranteedWageUntil(accidentDate, status, rules);
  const employerDays = days === 0 ? 0 : daysFromTo(firstPaid, minDate(period.to, guaranteedUntil));
  const toEmployerCents = employerDays * daily;
  const toVictimCents = totalCents - toEmployerCents;
  if (employerDays > 0) {
    lines.push({ phrase: phrase('benefitsRules.temporary.toEmployer', { days: employerDays, until: guaranteedUntil }), amountCents: toEmployerCents });
  }
  lines.push({ phrase: phrase('benefitsRules.temporary.toVictim', { days: days - employerDays }), amountCents: toVictimCents });
  return { period, firstPaidDay: firstPaid, days, dailyAllowanceCents: daily, totalCents, toEmployerCents, toVictimCents, lines };
}

/**
 * Rechtzetting (seed 004 q.11): what the periods are owed on the detailed base wage minus what was paid on
 * the simplified one, for the victim and for the employer, period by period (negative: overpaid).
 */
export function correction(input: { accidentDate: IsoDate; periods: IncapacityPeriod[]; detailed: BaseWage; status: WorkerStatus;
  paidToVictimCents: number; paidToEmployerCents: number }, rules: TemporaryRules = TEMPORARY_RULES): { victimCents: number; employerCents: number; lines: ComputationLine[] } {
  const lines: ComputationLine[] = [];
  let owedToVictim = 0;
  let owedToEmployer = 0;
  for (const period of input.periods) {
    const owed = temporaryBenefit({ accidentDate: input.accidentDate, period, baseWage: input.detailed, status: input.status }, rules);
    owedToVictim += owed.toVictimCents;
    owedToEmployer += owed.toEmployerCents;
    lines.push({ phrase: phrase('benefitsRules.correction.period', { from: owed.firstPaidDay, to: period.to, days: owed.days, dailyAllowanceCents: owed.dailyAllowanceCents }),
      amountCents: owed.totalCents });
  }
  const victimCents = owedToVictim - input.paidToVictimCents;
  const employerCents = owedToEmployer - input.paidToEmployerCents;
  lines.push(
    { phrase: phrase('benefitsRules.correction.victim', { owedCents: owedToVictim, paidCents: input.paidToVictimCents }), amountCents: victimCents },
    { phrase: phrase('benefitsRules.correction.employer', { owedCents: owedToEmployer, paidCents: input.paidToEmployerCents }), amountCents: employerCents },
  );
  return { victimCents, employerCents, lines };
}
