import type { TFunction } from 'i18next';
import type { PaymentSchedule } from '../../../../domain/rules/accident-income';
import { formatEuros } from '../../i18n/format';

/** Equal instalments in a row, as "11 × € 625,00": the rounding cents make at most two runs. */
function runsOf(instalmentsCents: number[]) {
  const runs: { times: number; amountCents: number }[] = [];
  for (const amountCents of instalmentsCents) {
    const last = runs.at(-1);
    if (last?.amountCents === amountCents) last.times += 1;
    else runs.push({ times: 1, amountCents });
  }
  return runs;
}

/** A schedule in one line: "€ 2.500,00 meteen, daarna 11 × € 454,55 per maand over 11 maanden (totaal € 7.500,00)". */
export function scheduleSummary(schedule: PaymentSchedule, t: TFunction): string {
  const say = (key: string, values: Record<string, unknown>) => t(`backofficeAssessment.accidentIncome.${key}`, values);
  const runs = runsOf(schedule.instalmentsCents)
    .map(({ times, amountCents }) => say('run', { times, amount: formatEuros(amountCents) }))
    .join(` ${t('backofficeAssessment.and')} `);
  const monthly = say('monthly', { runs, months: schedule.instalmentsCents.length });
  const plan = schedule.lumpSumCents > 0 ? say('lumpSumThen', { amount: formatEuros(schedule.lumpSumCents), monthly }) : monthly;
  return say('withTotal', { plan, total: formatEuros(schedule.totalCents) });
}
