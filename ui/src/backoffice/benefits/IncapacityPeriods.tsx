import { Box, Chip, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldProps, useSchemaForm, useServerProblems } from '../../api/forms';
import { type BenefitsFile, benefitsActions, certificateInput, certificateKinds, useBenefitsAction } from '../../api/workplace-benefits';
import { formatDate } from '../../i18n/format';
import { BenefitForm, dateField } from './BenefitForm';

const optionalText = { setValueAs: (text: string) => text.trim() || undefined };
const emptyIsNull = { setValueAs: (text: string) => text || null };

/**
 * The periods of total temporary incapacity with the medical certificates that open, extend or end them (without a
 * certificate nothing is paid, seed 004), whether each was paid and whether provisionally; the handler records a certificate.
 */
export function IncapacityPeriods({ claimId, benefits, canAct }: { claimId: string; benefits: BenefitsFile; canAct: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="benefits-periods" sx={{ p: 3 }}>
      <Typography id="benefits-periods" component="h2" variant="h6">{t('benefitsUi.periods.title')}</Typography>
      {benefits.periods.length === 0 ? <Typography>{t('benefitsUi.periods.none')}</Typography> : (
        <Table size="small" aria-label={t('benefitsUi.periods.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('benefitsUi.periods.period')}</TableCell><TableCell align="right">{t('benefitsUi.periods.days')}</TableCell>
              <TableCell>{t('benefitsUi.periods.certificates')}</TableCell><TableCell>{t('benefitsUi.periods.payment')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {benefits.periods.map((period) => (
              <TableRow key={period.from} data-testid={`benefit-period-${period.from}`}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('benefitsUi.fromTo', { from: formatDate(period.from), to: formatDate(period.to) })}</TableCell>
                <TableCell align="right">{period.days}</TableCell>
                <TableCell>
                  <Box component="ul" sx={{ m: 0, pl: 2 }}>
                    {period.certificates.map((certificate) => (
                      <li key={certificate.id}>
                        {t(`benefitsUi.certificateKind.${certificate.kind}`)}: {certificate.to
                          ? t('benefitsUi.fromTo', { from: formatDate(certificate.from), to: formatDate(certificate.to) })
                          : t('benefitsUi.periods.from', { from: formatDate(certificate.from) })}
                        {certificate.doctor ? ` — ${certificate.doctor}` : ''}
                      </li>
                    ))}
                  </Box>
                </TableCell>
                <TableCell>
                  <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                    <Chip size="small" color={period.paid ? 'success' : 'default'} variant={period.paid ? 'filled' : 'outlined'}
                      label={t(period.paid ? 'benefitsUi.periods.paid' : 'benefitsUi.periods.unpaid')} />
                    {period.provisional && <Chip size="small" variant="outlined" label={t('benefitsUi.provisional')} />}
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {canAct && <CertificateForm claimId={claimId} />}
    </Paper>
  );
}

/** A medical certificate: its kind, the first and the last day unfit (a return to work has no last day), the doctor. */
function CertificateForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const defaults = { kind: 'first_finding' as const, from: '', to: null, doctor: undefined };
  const form = useSchemaForm(certificateInput, { defaultValues: defaults });
  // Without values, reset() also empties the inputs themselves (the form element's own reset): ready for the next certificate.
  const record = useBenefitsAction(claimId, benefitsActions(claimId).recordCertificate, () => form.reset());
  useServerProblems(form, record.error, ['kind', 'from', 'to', 'doctor']);
  const returning = form.watch('kind') === 'return_to_work';
  return (
    <BenefitForm title={t('benefitsUi.certificate.title')} submitLabel={t('benefitsUi.certificate.submit')} pending={record.isPending} error={record.error}
      done={record.isSuccess ? t('benefitsUi.certificate.done') : null} onSubmit={form.handleSubmit((body) => record.mutate(body))}>
      <Controller control={form.control} name="kind" render={({ field }) => (
        <TextField select size="small" label={t('benefitsUi.certificate.kind')} {...field} sx={{ minWidth: 220 }}>
          {certificateKinds.map((kind) => <MenuItem key={kind} value={kind}>{t(`benefitsUi.certificateKind.${kind}`)}</MenuItem>)}
        </TextField>
      )} />
      <TextField size="small" required {...dateField} label={t(returning ? 'benefitsUi.certificate.backAt' : 'benefitsUi.certificate.from')} {...fieldProps(form, 'from')} />
      {!returning && <TextField size="small" required {...dateField} label={t('benefitsUi.certificate.to')} {...fieldProps(form, 'to', emptyIsNull)} />}
      <TextField size="small" label={t('benefitsUi.certificate.doctor')} {...fieldProps(form, 'doctor', optionalText)} />
    </BenefitForm>
  );
}
