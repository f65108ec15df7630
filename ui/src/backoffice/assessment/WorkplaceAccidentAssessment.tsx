import { Alert, AlertTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../i18n/labels';
import type { WorkplaceAccidentAssessment as Assessment } from '../../../../domain/rules/workplace-accident';
import { currentLanguage } from '../../i18n';
import { formatDate, formatEuros } from '../../i18n/format';
import { Fact, FactLines, Facts } from './Facts';
import { usePhraseText } from './phrase-text';

const severity = { on_time: 'success', due: 'info', late: 'warning', overdue: 'error' } as const;

/** Arbeidsongeval (seed 004): the declaration deadline and its lateness first, then seriousness and what the employer owes. */
export function WorkplaceAccidentAssessment({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const say = usePhraseText();
  const words = (key: string, values?: Record<string, unknown>) => t(`backofficeAssessment.workplaceAccident.${key}`, values ?? {});
  const { declaration, serious, seriousReason, simplifiedDeclarationAllowed, obligations, requiredDocuments } = assessment;
  const forBenefit = requiredDocuments.filter((document) => document.neededForTemporaryIncapacityBenefit);
  const flag = (
    <Alert severity={severity[declaration.timeliness]} role="status" data-testid="declaration-timeliness" sx={{ my: 1 }}>
      <AlertTitle>{words(`timeliness.${declaration.timeliness}`)}{declaration.late && ` — ${words('daysLate', { count: declaration.daysLate })}`}</AlertTitle>
      {declaration.late && words('fine', { min: formatEuros(declaration.fineRangeCents.min), max: formatEuros(declaration.fineRangeCents.max) })}
    </Alert>
  );
  return (
    <Facts title={words('title')} testId="assessment-workplace-accident" flag={flag}>
      <Fact term={words('deadline')}>{formatDate(declaration.deadline)}</Fact>
      <Fact term={words('declaredOn')}>{declaration.declaredOn ? formatDate(declaration.declaredOn) : words('notDeclared')}</Fact>
      <Fact term={words('serious')}>{t(serious ? 'backofficeAssessment.yes' : 'backofficeAssessment.no')} — {say(seriousReason)}</Fact>
      <Fact term={words('simplified')}>{words(simplifiedDeclarationAllowed ? 'simplifiedAllowed' : 'simplifiedRefused')}</Fact>
      <Fact term={words('obligations')}>
        <FactLines lines={obligations.map((obligation) =>
          `${words(`obligation.${obligation.code}`)}: ${words(obligation.immediately ? 'dueAtOnce' : 'dueBy', { date: formatDate(obligation.dueDate) })}`)} />
      </Fact>
      {forBenefit.length > 0 && (
        <Fact term={words('benefitDocuments')}>{forBenefit.map((document) => fieldLabel(document.code, currentLanguage())).join(', ')}</Fact>
      )}
    </Facts>
  );
}
