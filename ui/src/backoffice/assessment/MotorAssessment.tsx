import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../domain/assessment';
import { fieldLabel } from '../../i18n/labels';
import { currentLanguage } from '../../i18n';
import { formatEuros } from '../../i18n/format';
import { Fact, Facts } from './Facts';
import { usePhraseText } from './phrase-text';

/** Auto (seed 001): whether and by whom the damage is paid, the deductible, the replacement vehicle and a total loss's valuation. */
export function MotorAssessment({ assessment }: { assessment: NonNullable<Assessment['motor']> }) {
  const { t } = useTranslation();
  const say = usePhraseText();
  const words = (key: string, values?: Record<string, unknown>) => t(`backofficeAssessment.motor.${key}`, values ?? {});
  const { insurerIntervenes, interventionReason, payer, ownDamageCovered, deductibleCents, replacementVehicle, totalLoss, documents } = assessment;
  const mandatory = documents.filter((document) => document.mandatory).map((document) => fieldLabel(document.code, currentLanguage()));
  const flag = !insurerIntervenes && <Alert severity="error" role="status" sx={{ my: 1 }}>{words('noIntervention')}: {say(interventionReason)}</Alert>;
  return (
    <Facts title={words('title')} testId="assessment-motor" flag={flag}>
      <Fact term={words('payer')}>{words(`payerName.${payer}`)}</Fact>
      <Fact term={words('covered')}>{ownDamageCovered ? t('backofficeAssessment.yes') : words('notCovered')}</Fact>
      <Fact term={words('deductible')}>{deductibleCents > 0 ? formatEuros(deductibleCents) : t('backofficeAssessment.none')}</Fact>
      <Fact term={words('replacementVehicle')}>
        {replacementVehicle.days > 0 ? words('replacementDays', { count: replacementVehicle.days }) : t('backofficeAssessment.none')} — {say(replacementVehicle.reason)}
      </Fact>
      {totalLoss && (
        <Fact term={words('totalLoss')}>
          {words(`basis.${totalLoss.basis}`)}: {totalLoss.compensationCents === null ? words('byExpert') : formatEuros(totalLoss.compensationCents)}
          {' — '}{words('monthsSinceSigning', { months: totalLoss.monthsSinceSigning, period: words(`period.${totalLoss.period}`) })}. {say(totalLoss.reason)}
        </Fact>
      )}
      <Fact term={words('mandatoryDocuments')}>{mandatory.length > 0 ? mandatory.join(', ') : t('backofficeAssessment.none')}</Fact>
    </Facts>
  );
}
