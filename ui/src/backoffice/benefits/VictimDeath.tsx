import { Alert, Box, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProps, useSchemaForm, useServerProblems } from '../../api/forms';
import { type BenefitsFile, benefitsActions, deathInput, useBenefitsAction } from '../../api/workplace-benefits';
import { formatDate, formatDateTime } from '../../i18n/format';
import { ConfirmDialog } from '../ConfirmDialog';
import { BenefitForm, dateField } from './BenefitForm';

/**
 * The victim's death ends the benefits file (no allowance or annuity after the month of the death): what was recorded,
 * with the monthly terms owed up to it and those paid after it (to recover); before that, the handler's form to record
 * it, asked again before it is sent because nothing can be paid on the file afterwards.
 */
export function VictimDeath({ claimId, benefits, canAct }: { claimId: string; benefits: BenefitsFile; canAct: boolean }) {
  const { t } = useTranslation();
  const { death } = benefits;
  if (!death && !(canAct && benefits.stage !== 'ended')) return null;
  return (
    <Paper component="section" aria-labelledby="benefits-death" sx={{ p: 3 }}>
      <Typography id="benefits-death" component="h2" variant="h6">{t('benefitsUi.death.title')}</Typography>
      {death ? (
        <Box data-testid="benefit-death">
          <Typography>{t('benefitsUi.death.recorded', { on: formatDate(death.diedOn), name: death.recordedBy.name, at: formatDateTime(death.recordedAt) })}</Typography>
          <Typography>{death.monthsOwed === null ? t('benefitsUi.death.noAllowance') : t('benefitsUi.death.monthsOwed', { count: death.monthsOwed })}</Typography>
          {death.monthsPaidAfter > 0
            ? <Alert severity="warning" sx={{ mt: 1 }}>{t('benefitsUi.death.paidAfter', { count: death.monthsPaidAfter })}</Alert>
            : <Typography>{t('benefitsUi.death.nothingPaidAfter')}</Typography>}
        </Box>
      ) : <RecordDeathForm claimId={claimId} victimName={benefits.victim.name} />}
    </Paper>
  );
}

function RecordDeathForm({ claimId, victimName }: { claimId: string; victimName: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(deathInput, { defaultValues: { diedOn: '' } });
  const record = useBenefitsAction(claimId, benefitsActions(claimId).recordDeath);
  useServerProblems(form, record.error, ['diedOn']);
  const [confirming, setConfirming] = useState<{ diedOn: string } | null>(null);
  return (
    <>
      <BenefitForm title={t('benefitsUi.death.form.title')} submitLabel={t('benefitsUi.death.form.submit')} pending={record.isPending} error={confirming ? null : record.error}
        done={null} onSubmit={form.handleSubmit((body) => { record.reset(); setConfirming(body); })}>
        <TextField size="small" required {...dateField} label={t('benefitsUi.death.form.diedOn')} {...fieldProps(form, 'diedOn')} />
      </BenefitForm>
      {confirming && (
        <ConfirmDialog title={t('benefitsUi.death.form.confirmTitle', { name: victimName, on: formatDate(confirming.diedOn) })}
          text={t('benefitsUi.death.form.confirmText')} confirmLabel={t('benefitsUi.death.form.confirm')} danger
          pending={record.isPending} error={record.error} onClose={() => setConfirming(null)}
          onConfirm={() => record.mutate(confirming, { onSuccess: () => setConfirming(null) })} />
      )}
    </>
  );
}
