import { Alert, Box, Button, Chip, CircularProgress, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatEuros } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { ConfirmDialog } from './ConfirmDialog';
import { Controller } from 'react-hook-form';
import { type ClaimFile, useClaimAction } from '../api/claims';
import { asCents, fieldProps, useSchemaForm, useServerProblems } from '../api/forms';
import { moneyActions, type PaymentSchedule, scheduleKinds, scheduleOrder, useSchedules } from '../api/money';

/**
 * Verzekerd Inkomen: death and invalidity benefits paid in instalments. Shown for claims under an
 * accident-income policy, and wherever a schedule already runs.
 */
export function PaymentSchedulesPanel({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const schedules = useSchedules(file.id);
  const [stopping, setStopping] = useState<PaymentSchedule | null>(null);
  const stop = useClaimAction(file.id, moneyActions(file.id).stopSchedule);
  if (!file.assessment.accidentIncome && !schedules.data?.length) return null;

  return (
    <Paper component="section" aria-labelledby="schedules-heading" sx={{ p: 3, gridColumn: '1 / -1' }}>
      <Typography id="schedules-heading" component="h2" variant="h6">{t('backoffice.schedules.title')}</Typography>
      {schedules.error && <ErrorAlert error={schedules.error} />}
      {schedules.data?.length === 0 && <Typography>{t('backoffice.schedules.none')}</Typography>}
      {schedules.data && schedules.data.length > 0 && (
        <Table size="small" aria-label={t('backoffice.schedules.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('backoffice.schedules.kind')}</TableCell><TableCell>{t('backoffice.schedules.payee')}</TableCell>
              <TableCell align="right">{t('backoffice.schedules.total')}</TableCell><TableCell align="right">{t('backoffice.schedules.paid')}</TableCell>
              <TableCell align="right">{t('backoffice.schedules.remaining')}</TableCell><TableCell>{t('backoffice.queue.status')}</TableCell><TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {schedules.data.map((schedule) => (
              <TableRow key={schedule.id} data-testid={`schedule-${schedule.id}`}>
                <TableCell>{t(`backoffice.scheduleKind.${schedule.kind}`)}<br />{t('backoffice.schedules.months', { count: schedule.spreadMonths })} — {formatDate(schedule.createdAt)}</TableCell>
                <TableCell>{schedule.payeeName}<br />{schedule.iban}</TableCell>
                <TableCell align="right">{formatEuros(schedule.totalCents)}</TableCell>
                <TableCell align="right">
                  {formatEuros(schedule.paidCents)}<br />{t('backoffice.schedules.instalments', { paid: schedule.paidCount, total: schedule.plan.length })}
                </TableCell>
                <TableCell align="right">{formatEuros(schedule.remainingCents)}</TableCell>
                <TableCell>
                  <Chip size="small" label={t(`backoffice.scheduleStatus.${schedule.status}`)} color={schedule.status === 'running' ? 'primary' : 'default'} />
                  {schedule.stopped && <Typography variant="body2">{t('backoffice.schedules.stopped', { name: schedule.stopped.by?.name ?? '', reason: schedule.stopped.reason })}</Typography>}
                </TableCell>
                <TableCell>
                  {schedule.status === 'running' && (
                    <Button size="small" color="error" variant="outlined" onClick={() => { stop.reset(); setStopping(schedule); }}>{t('backoffice.schedules.stop')}</Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {!file.claim?.closedAt && file.assessment.accidentIncome && <ScheduleForm claimId={file.id} />}
      {stopping && (
        <ConfirmDialog title={`${t('backoffice.schedules.stopTitle')} — ${formatEuros(stopping.totalCents)}`} text={t('backoffice.schedules.stopText')}
          confirmLabel={t('backoffice.schedules.stop')} reasonLabel={t('backoffice.actions.reason')} danger pending={stop.isPending} error={stop.error}
          onClose={() => setStopping(null)} onConfirm={(reason) => stop.mutate({ schedule: stopping, reason }, { onSuccess: () => setStopping(null) })} />
      )}
    </Paper>
  );
}

/** Starts a schedule; the total must fit the available indemnity reserve (the server says by how much it does not). */
function ScheduleForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(scheduleOrder, { defaultValues: { kind: 'invalidity', spreadMonths: 12, costType: 'indemnity', payeeName: '', iban: '' } });
  const start = useClaimAction(claimId, moneyActions(claimId).startSchedule);
  useServerProblems(form, start.error, ['kind', 'spreadMonths', 'totalCents', 'payeeName', 'iban']);
  return (
    <Box component="form" noValidate aria-label={t('backoffice.schedules.start')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2, alignItems: 'flex-start' }}
      onSubmit={form.handleSubmit((body) => start.mutate(body, { onSuccess: () => form.resetField('totalCents') }))}>
      <Controller control={form.control} name="kind" render={({ field }) => (
        <TextField select size="small" label={t('backoffice.schedules.kind')} {...field} sx={{ minWidth: 230 }}>
          {[...scheduleKinds].reverse().map((value) => <MenuItem key={value} value={value}>{t(`backoffice.scheduleKind.${value}`)}</MenuItem>)}
        </TextField>
      )} />
      <Controller control={form.control} name="spreadMonths" render={({ field }) => (
        <TextField select size="small" label={t('backoffice.schedules.spread')} {...field} onChange={(event) => field.onChange(Number(event.target.value))} sx={{ minWidth: 140 }}>
          {[12, 24].map((months) => <MenuItem key={months} value={months}>{t('backoffice.schedules.months', { count: months })}</MenuItem>)}
        </TextField>
      )} />
      <TextField size="small" label={t('backoffice.schedules.total')} {...fieldProps(form, 'totalCents', asCents)} sx={{ width: 140 }} />
      <TextField size="small" label={t('backoffice.money.payee')} {...fieldProps(form, 'payeeName')} />
      <TextField size="small" label={t('backoffice.money.iban')} {...fieldProps(form, 'iban')} />
      <Button type="submit" variant="outlined" disabled={start.isPending} aria-busy={start.isPending}
        startIcon={start.isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}>
        {t('backoffice.schedules.start')}
      </Button>
      {start.error && <Box sx={{ width: '100%' }}><ErrorAlert error={start.error} /></Box>}
      <Box role="status" aria-live="polite" sx={{ width: '100%' }}>{start.isSuccess && <Alert severity="success">{t('backoffice.schedules.started')}</Alert>}</Box>
    </Box>
  );
}
