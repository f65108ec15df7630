import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../domain/assessment';
import { optionLabel } from '../../i18n/labels';
import { MIN_INVALIDITY_PERCENT } from '../../../../domain/rules/accident-income';
import { currentLanguage } from '../../i18n';
import { formatDate, formatEuros, formatPercent } from '../../i18n/format';
import { Fact, FactLines, Facts } from './Facts';
import { scheduleSummary } from './schedule-summary';

/**
 * Verzekerd Inkomen (seed 003): the formula's bounds, cover, the invalidity test, the exclusions to
 * check and the schedules at the bounds; the handler sets the benefit between them.
 */
export function AccidentIncomeAssessment({ assessment, eventDate }: { assessment: NonNullable<Assessment['accidentIncome']>; eventDate?: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const words = (key: string, values?: Record<string, unknown>) => t(`backofficeAssessment.accidentIncome.${key}`, values ?? {});
  const answer = (yes: boolean) => t(yes ? 'backofficeAssessment.yes' : 'backofficeAssessment.no');
  const { formula, terms, covered, outcome, invalidity, exclusionsToCheck, scheduleAtMinimum, scheduleAtMaximum } = assessment;
  // A double benefit under formula 12/24 comes from the traffic accident; formula 24 is always double.
  const doubledBy = terms.multiplier === 1 ? null : formula === '24' ? 'formula' : 'traffic';
  const minimum = formatPercent(MIN_INVALIDITY_PERCENT);
  return (
    <Facts title={words('title')} testId="assessment-accident-income">
      <Fact term={words('formula')}>{words('formulaName', { formula })} — {doubledBy ? words(`doubled.${doubledBy}`) : words('single')}</Fact>
      <Fact term={words('bounds')}>{words('boundsValue', { min: formatEuros(terms.minCents), max: formatEuros(terms.maxCents), months: terms.spreadMonths })}</Fact>
      {covered !== null && <Fact term={words('covered')}>{words('coveredOn', { answer: answer(covered), date: formatDate(eventDate) })}</Fact>}
      <Fact term={words('outcome')}>{outcome ? optionLabel(outcome, language) : words('notGiven')}</Fact>
      {invalidity && (
        <Fact term={words('invalidity')}>
          {words('invalidityCounts', { percent: formatPercent(invalidity.countingDegreePercent), minimum })}: {words(invalidity.eligible ? 'eligible' : 'notEligible')}
        </Fact>
      )}
      <Fact term={words('exclusions')}>
        {exclusionsToCheck.length > 0 ? <FactLines lines={exclusionsToCheck.map(({ code }) => optionLabel(code, language))} /> : t('backofficeAssessment.none')}
      </Fact>
      {scheduleAtMinimum && scheduleAtMaximum ? (
        <>
          <Fact term={words('atMinimum')}>{scheduleSummary(scheduleAtMinimum, t)}</Fact>
          <Fact term={words('atMaximum')}>{scheduleSummary(scheduleAtMaximum, t)}</Fact>
        </>
      ) : <Fact term={words('schedule')}>{words('notPayable', { minimum })}</Fact>}
    </Facts>
  );
}
