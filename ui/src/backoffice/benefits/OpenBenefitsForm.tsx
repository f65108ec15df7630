import { MenuItem, TextField } from '@mui/material';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { asCents, fieldProps, useSchemaForm, useServerProblems } from '../../api/forms';
import { benefitsActions, benefitsOpening, useBenefitsAction, workerStatuses } from '../../api/workplace-benefits';
import { BenefitForm } from './BenefitForm';

/** Free text left empty is not sent (the server takes the declaration's names). */
const optionalText = { setValueAs: (text: string) => text.trim() || undefined };

/**
 * Opens the benefits file of an accepted workplace accident: the worker's status (who pays the first days), the monthly
 * gross wage at the accident (the simplified base wage) and the accounts the victim and the employer are paid on.
 */
export function OpenBenefitsForm({ claimId, victimName, employerName }: { claimId: string; victimName: string; employerName: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(benefitsOpening, { defaultValues: { workerStatus: 'blue_collar', victimName, employerName } });
  const open = useBenefitsAction(claimId, benefitsActions(claimId).open);
  useServerProblems(form, open.error, ['workerStatus', 'monthlyGrossCents', 'victimIban', 'employerIban', 'victimName', 'employerName']);
  return (
    <BenefitForm title={t('benefitsUi.open.title')} submitLabel={t('benefitsUi.open.submit')} pending={open.isPending} error={open.error}
      done={open.isSuccess ? t('benefitsUi.open.done') : null} onSubmit={form.handleSubmit((body) => open.mutate(body))}>
      <Controller control={form.control} name="workerStatus" render={({ field }) => (
        <TextField select size="small" label={t('benefitsUi.workerStatus.label')} {...field} sx={{ minWidth: 180 }}>
          {workerStatuses.map((status) => <MenuItem key={status} value={status}>{t(`benefitsUi.workerStatus.${status}`)}</MenuItem>)}
        </TextField>
      )} />
      <TextField size="small" required label={t('benefitsUi.open.monthlyGross')} {...fieldProps(form, 'monthlyGrossCents', asCents)} sx={{ width: 250 }} />
      <TextField size="small" label={t('benefitsUi.open.victimName')} {...fieldProps(form, 'victimName', optionalText)} />
      <TextField size="small" required label={t('benefitsUi.open.victimIban')} {...fieldProps(form, 'victimIban')} sx={{ width: 260 }} />
      <TextField size="small" label={t('benefitsUi.open.employerName')} {...fieldProps(form, 'employerName', optionalText)} />
      <TextField size="small" required label={t('benefitsUi.open.employerIban')} {...fieldProps(form, 'employerIban')} sx={{ width: 260 }} />
    </BenefitForm>
  );
}
