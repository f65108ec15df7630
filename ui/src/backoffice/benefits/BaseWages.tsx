import { Alert, Box, Paper, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { asCents, fieldProps, useSchemaForm, useServerProblems } from '../../api/forms';
import { type BaseWageView, type BenefitsFile, benefitsActions, detailedWageInput, useBenefitsAction } from '../../api/workplace-benefits';
import { formatEuros } from '../../i18n/format';
import { BenefitForm } from './BenefitForm';
import { ComputationLines } from './ComputationLines';

/**
 * The base wages (basisloon): the simplified one from the wage at the accident, and, once the incapacity lasts more than
 * a month, the detailed one from the wages of the year before (seed 004 q.11); each with how it was computed.
 */
export function BaseWages({ claimId, benefits, canAct }: { claimId: string; benefits: BenefitsFile; canAct: boolean }) {
  const { t } = useTranslation();
  const { simplified, detailed, detailedNeeded } = benefits.baseWages;
  return (
    <Paper component="section" aria-labelledby="benefits-base-wages" sx={{ p: 3 }}>
      <Typography id="benefits-base-wages" component="h2" variant="h6">{t('benefitsUi.baseWage.title')}</Typography>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <BaseWage wage={simplified} />
        {detailed ? <BaseWage wage={detailed} /> : (
          <Box>
            <Typography component="h3" variant="subtitle1">{t('benefitsUi.baseWage.detailed')}</Typography>
            <Typography color="text.secondary">{t(detailedNeeded ? 'benefitsUi.baseWage.detailedMissing' : 'benefitsUi.baseWage.detailedNotNeeded')}</Typography>
          </Box>
        )}
      </Box>
      {detailedNeeded && !detailed && <Alert severity="info" sx={{ mt: 2 }}>{t('benefitsUi.baseWage.provisionalMeanwhile')}</Alert>}
      {canAct && !detailed && <DetailedWageForm claimId={claimId} />}
    </Paper>
  );
}

function BaseWage({ wage }: { wage: BaseWageView }) {
  const { t } = useTranslation();
  const title = t(`benefitsUi.baseWage.${wage.kind}`);
  return (
    <Box data-testid={`base-wage-${wage.kind}`}>
      <Typography component="h3" variant="subtitle1">{title}</Typography>
      <Typography>{t('benefitsUi.baseWage.amounts', { annual: formatEuros(wage.annualCents), daily: formatEuros(wage.dailyCents) })}</Typography>
      <ComputationLines lines={wage.lines} label={title} />
    </Box>
  );
}

/** The wages of the year before the accident, with holiday pay and bonuses: the detailed base wage and its correction follow. */
function DetailedWageForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(detailedWageInput);
  const record = useBenefitsAction(claimId, benefitsActions(claimId).recordDetailedWage);
  useServerProblems(form, record.error, ['previousYearWagesCents', 'holidayPayCents', 'bonusesCents']);
  return (
    <BenefitForm title={t('benefitsUi.detailedWage.title')} submitLabel={t('benefitsUi.detailedWage.submit')} pending={record.isPending} error={record.error}
      done={record.isSuccess ? t('benefitsUi.detailedWage.done') : null} onSubmit={form.handleSubmit((body) => record.mutate(body))}>
      <TextField size="small" required label={t('benefitsUi.detailedWage.wages')} {...fieldProps(form, 'previousYearWagesCents', asCents)} sx={{ width: 220 }} />
      <TextField size="small" label={t('benefitsUi.detailedWage.holidayPay')} {...fieldProps(form, 'holidayPayCents', asCents)} sx={{ width: 180 }} />
      <TextField size="small" label={t('benefitsUi.detailedWage.bonuses')} {...fieldProps(form, 'bonusesCents', asCents)} sx={{ width: 180 }} />
    </BenefitForm>
  );
}
