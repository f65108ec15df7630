import {
  adaptedWorkBenefit, correction, detailedBaseWage, incapacityPeriods, medicalCheckWageLoss, needsDetailedBaseWage, periodDays, simplifiedBaseWage,
  temporaryBenefit, type BaseWage, type IncapacityPeriod,
} from '../../domain/rules/workplace-benefits';
import { phrase } from '../../i18n/phrase';
import { rulesOf, type BenefitsState } from './definitions';
import type { BenefitsFile } from './file';

/**
 * Temporary incapacity (art. 22–23): each period the certificates establish is paid as soon as they do, on the
 * simplified base wage, provisionally while the incapacity lasts over a month and the detailed wage is missing;
 * the detailed wage then corrects what was paid (rechtzetting), to the victim and the employer.
 */

export const periodsOf = (state: BenefitsState): IncapacityPeriod[] =>
  incapacityPeriods(state.certificates.map(({ id, kind, from, to }) => ({ id, kind, from, to })));

export const simplifiedOf = (state: BenefitsState): BaseWage => simplifiedBaseWage({ accidentDate: state.accidentDate, monthlyGrossCents: state.monthlyGrossCents }, rulesOf(state).baseWageLimits);
export const detailedOf = (state: BenefitsState): BaseWage | null =>
  (state.detailedWage ? detailedBaseWage({ accidentDate: state.accidentDate, ...state.detailedWage }, rulesOf(state).baseWageLimits) : null);
export const detailedNeeded = (state: BenefitsState) => needsDetailedBaseWage(state.accidentDate, periodsOf(state));

/** The base wage benefits are computed on now, and whether what it gives is provisional. */
export function currentBase(state: BenefitsState): { base: BaseWage; provisional: boolean } {
  const detailed = detailedOf(state);
  return detailed ? { base: detailed, provisional: false } : { base: simplifiedOf(state), provisional: detailedNeeded(state) };
}

/** Pays what the periods are owed beyond what was settled for them; each period paid is told in a letter. */
export async function payPeriods(f: BenefitsFile): Promise<{ from: string; to: string }[]> {
  const { state } = f;
  const { base, provisional } = currentBase(state);
  const paid: { from: string; to: string }[] = [];
  for (const period of periodsOf(state)) {
    const benefit = temporaryBenefit({ accidentDate: state.accidentDate, period, baseWage: base, status: state.workerStatus }, rulesOf(state).temporary);
    let settled = state.settlements.find((candidate) => candidate.from === period.from);
    if (!settled) {
      settled = { from: period.from, to: period.to, victimCents: 0, employerCents: 0, provisional };
      state.settlements.push(settled);
    }
    const toVictim = benefit.toVictimCents - settled.victimCents;
    const toEmployer = benefit.toEmployerCents - settled.employerCents;
    if (toVictim <= 0 && toEmployer <= 0) {
      settled.to = period.to;
      continue;
    }
    const ref = `${period.from}..${period.to}`;
    const basis = phrase('benefits.basis.period', { from: period.from, to: period.to, days: periodDays(period) });
    await f.pay('period', ref, 'victim', toVictim, basis, benefit.lines, provisional);
    await f.pay('period', ref, 'employer', toEmployer, basis, benefit.lines, provisional);
    Object.assign(settled, {
      to: period.to, victimCents: settled.victimCents + Math.max(0, toVictim), employerCents: settled.employerCents + Math.max(0, toEmployer), provisional,
    });
    paid.push({ from: period.from, to: period.to });
    f.queueLetter({
      step: 'period_paid',
      params: { from: period.from, to: period.to, days: periodDays(period), provisional, toVictimCents: Math.max(0, toVictim), toEmployerCents: Math.max(0, toEmployer), lines: benefit.lines },
    }, ref);
  }
  return paid;
}

/** The detailed wage known: what the periods are owed on it, minus what was paid, to each; then every period counts as settled on it. */
export async function correct(f: BenefitsFile) {
  const { state } = f;
  const detailed = detailedOf(state)!;
  const periods = periodsOf(state);
  const paidTo = (payee: 'victim' | 'employer') => state.payments.filter((p) => p.item === 'period' && p.payee === payee).reduce((sum, p) => sum + p.amountCents, 0);
  const result = correction({
    accidentDate: state.accidentDate, periods, detailed, status: state.workerStatus, paidToVictimCents: paidTo('victim'), paidToEmployerCents: paidTo('employer'),
  }, rulesOf(state).temporary);
  const basis = phrase('benefits.basis.correction');
  await f.pay('correction', 'detailed-wage', 'victim', result.victimCents, basis, result.lines);
  await f.pay('correction', 'detailed-wage', 'employer', result.employerCents, basis, result.lines);
  state.settlements = periods.map((period) => {
    const owed = temporaryBenefit({ accidentDate: state.accidentDate, period, baseWage: detailed, status: state.workerStatus }, rulesOf(state).temporary);
    return { from: period.from, to: period.to, victimCents: owed.toVictimCents, employerCents: owed.toEmployerCents, provisional: false };
  });
  for (const payment of state.payments) if (payment.item === 'period') payment.provisional = false;
  f.queueLetter({ step: 'correction', params: { toVictimCents: result.victimCents, toEmployerCents: result.employerCents, lines: result.lines } }, 'detailed-wage');
  return result;
}

/** Adapted work: the wage lost against the wage at the accident, month by month from the payslips. */
export async function payAdaptedWork(f: BenefitsFile, payslip: { id: string; month: string; adaptedWageCents: number }) {
  const benefit = adaptedWorkBenefit({ wageAtAccidentCents: f.state.monthlyGrossCents, adaptedWageCents: payslip.adaptedWageCents });
  await f.pay('adapted_work', payslip.month, 'victim', benefit.amountCents, phrase('benefits.basis.adaptedWork', { month: payslip.month }), benefit.lines);
  return benefit;
}

/** A medical check: only the hours lost. */
export async function payMedicalCheck(f: BenefitsFile, check: { on: string; hoursLost: number; hourlyWageCents: number }) {
  const loss = medicalCheckWageLoss({ hourlyWageCents: check.hourlyWageCents, hoursLost: check.hoursLost });
  await f.pay('medical_check', check.on, 'victim', loss.amountCents, phrase('benefits.basis.medicalCheck', { on: check.on, hours: check.hoursLost }), loss.lines);
  return loss;
}

