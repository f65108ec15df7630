import { Box, List, ListItem, ListItemText, Paper, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { asCents, fieldProps, useSchemaForm, useServerProblems } from '../../api/forms';
import {
  type BenefitsFile, benefitsActions, medicalCheckInput, otherEmployerInput, payslipInput, useBenefitsAction,
} from '../../api/workplace-benefits';
import { formatNumber } from '../../../../i18n/formats';
import { currentLanguage } from '../../i18n';
import { formatDate, formatEuros } from '../../i18n/format';
import { asNumber, BenefitForm, dateField } from './BenefitForm';

/**
 * Back at work before full recovery (seed 004 q.12): adapted work paid as the difference with the wage at the accident
 * from the payslips, only the hours a medical check costs, and the victim's other employers (who pay guaranteed wage for sickness).
 */
export function WorkResumption({ claimId, benefits, canAct }: { claimId: string; benefits: BenefitsFile; canAct: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="benefits-work" sx={{ p: 3 }}>
      <Typography id="benefits-work" component="h2" variant="h6">{t('benefitsUi.work.title')}</Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' } }}>
        <Box>
          <Typography component="h3" variant="subtitle1">{t('benefitsUi.work.payslips')}</Typography>
          {benefits.payslips.length === 0 ? <Typography color="text.secondary">{t('benefitsUi.work.noPayslips')}</Typography> : (
            <List dense aria-label={t('benefitsUi.work.payslips')}>
              {benefits.payslips.map((payslip) => (
                <ListItem key={payslip.id} disableGutters>
                  <ListItemText primary={t('benefitsUi.work.payslipLine', { month: payslip.month, wage: formatEuros(payslip.adaptedWageCents), amount: formatEuros(payslip.amountCents) })} />
                </ListItem>
              ))}
            </List>
          )}
        </Box>
        <Box>
          <Typography component="h3" variant="subtitle1">{t('benefitsUi.work.medicalChecks')}</Typography>
          {benefits.medicalChecks.length === 0 ? <Typography color="text.secondary">{t('benefitsUi.work.noMedicalChecks')}</Typography> : (
            <List dense aria-label={t('benefitsUi.work.medicalChecks')}>
              {benefits.medicalChecks.map((check) => (
                <ListItem key={check.id} disableGutters>
                  <ListItemText primary={t('benefitsUi.work.medicalCheckLine', { on: formatDate(check.on), hours: formatNumber(check.hoursLost, currentLanguage()), amount: formatEuros(check.amountCents) })} />
                </ListItem>
              ))}
            </List>
          )}
        </Box>
        <Box>
          <Typography component="h3" variant="subtitle1">{t('benefitsUi.work.otherEmployers')}</Typography>
          {benefits.otherEmployers.length === 0 ? <Typography color="text.secondary">{t('benefitsUi.work.noOtherEmployers')}</Typography> : (
            <List dense aria-label={t('benefitsUi.work.otherEmployers')}>
              {benefits.otherEmployers.map((employer) => (
                <ListItem key={employer.name} disableGutters>
                  <ListItemText primary={employer.name} secondary={t(`benefitsUi.work.pays.${employer.pays}`)} />
                </ListItem>
              ))}
            </List>
          )}
        </Box>
      </Box>
      {canAct && <><PayslipForm claimId={claimId} /><MedicalCheckForm claimId={claimId} /><OtherEmployerForm claimId={claimId} /></>}
    </Paper>
  );
}

function PayslipForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(payslipInput, { defaultValues: { month: '' } });
  // Without values, reset() also empties the inputs themselves (the form element's own reset): ready for the next one.
  const record = useBenefitsAction(claimId, benefitsActions(claimId).recordPayslip, () => form.reset());
  useServerProblems(form, record.error, ['month', 'adaptedWageCents']);
  return (
    <BenefitForm title={t('benefitsUi.payslip.title')} submitLabel={t('benefitsUi.payslip.submit')} pending={record.isPending} error={record.error}
      done={record.isSuccess ? t('benefitsUi.payslip.done') : null} onSubmit={form.handleSubmit((body) => record.mutate(body))}>
      <TextField size="small" required type="month" slotProps={{ inputLabel: { shrink: true } }} label={t('benefitsUi.payslip.month')} {...fieldProps(form, 'month')} />
      <TextField size="small" required label={t('benefitsUi.payslip.wage')} {...fieldProps(form, 'adaptedWageCents', asCents)} sx={{ width: 220 }} />
    </BenefitForm>
  );
}

function MedicalCheckForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(medicalCheckInput, { defaultValues: { on: '' } });
  const record = useBenefitsAction(claimId, benefitsActions(claimId).recordMedicalCheck, () => form.reset());
  useServerProblems(form, record.error, ['on', 'hoursLost', 'hourlyWageCents']);
  return (
    <BenefitForm title={t('benefitsUi.medicalCheck.title')} submitLabel={t('benefitsUi.medicalCheck.submit')} pending={record.isPending} error={record.error}
      done={record.isSuccess ? t('benefitsUi.medicalCheck.done') : null} onSubmit={form.handleSubmit((body) => record.mutate(body))}>
      <TextField size="small" required {...dateField} label={t('benefitsUi.medicalCheck.on')} {...fieldProps(form, 'on')} />
      <TextField size="small" required label={t('benefitsUi.medicalCheck.hours')} {...fieldProps(form, 'hoursLost', asNumber)} sx={{ width: 140 }} />
      <TextField size="small" required label={t('benefitsUi.medicalCheck.hourlyWage')} {...fieldProps(form, 'hourlyWageCents', asCents)} sx={{ width: 180 }} />
    </BenefitForm>
  );
}

function OtherEmployerForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(otherEmployerInput, { defaultValues: { name: '' } });
  const record = useBenefitsAction(claimId, benefitsActions(claimId).recordOtherEmployer, () => form.reset());
  useServerProblems(form, record.error, ['name']);
  return (
    <BenefitForm title={t('benefitsUi.otherEmployer.title')} submitLabel={t('benefitsUi.otherEmployer.submit')} pending={record.isPending} error={record.error}
      done={record.isSuccess ? t('benefitsUi.otherEmployer.done') : null} onSubmit={form.handleSubmit((body) => record.mutate(body))}>
      <TextField size="small" required label={t('benefitsUi.otherEmployer.name')} {...fieldProps(form, 'name')} sx={{ minWidth: 260 }} />
    </BenefitForm>
  );
}
