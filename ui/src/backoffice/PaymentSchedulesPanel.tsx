import { Alert, Box, Button, Chip, CircularProgress, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { formatDate, formatEuros } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { ConfirmDialog } from './ConfirmDialog';
import type { ClaimFile, PaymentSchedule } from './types';
import { useClaimAction } from './useClaimFile';
import { centsOf } from './words-of-business';

const schedulesKey = (claimId: string) => ['backoffice-money', claimId, 'schedules'];

/**
 * Verzekerd Inkomen: death and invalidity benefits paid in instalments. Shown for claims under an
 * accident-income policy, and wherever a schedule already runs.
 */
export function PaymentSchedulesPanel({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const schedules = useQuery({
    queryKey: schedulesKey(file.id), queryFn: () => api.get<PaymentSchedule[]>(`/backoffice/claims/${file.id}/payment-schedules`),
    // A new schedule's first payment goes a moment after it starts: look again until it shows.
    refetchInterval: (query) => (query.state.data?.some((schedule) => schedule.status === 'running' && schedule.paidCount === 0) ? 2_000 : false),
  });
  const [stopping, setStopping] = useState<PaymentSchedule | null>(null);
  const stop = useClaimAction(file.id, ({ schedule, reason }: { schedule: PaymentSchedule; reason: string }) =>
    api.post<PaymentSchedule>(`/backoffice/payment-schedules/${schedule.id}/stop`, { reason }));
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
  const [kind, setKind] = useState<PaymentSchedule['kind']>('invalidity');
  const [spreadMonths, setSpreadMonths] = useState<12 | 24>(12);
  const [total, setTotal] = useState('');
  const [payeeName, setPayeeName] = useState('');
  const [iban, setIban] = useState('');
  const start = useClaimAction(claimId, (body: object) => api.post<PaymentSchedule>(`/backoffice/claims/${claimId}/payment-schedules`, body));
  const totalCents = centsOf(total);
  return (
    <Box component="form" aria-label={t('backoffice.schedules.start')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2 }}
      onSubmit={(event) => { event.preventDefault(); start.mutate({ kind, spreadMonths, totalCents, payeeName, iban }, { onSuccess: () => setTotal('') }); }}>
      <TextField select size="small" label={t('backoffice.schedules.kind')} value={kind} onChange={(event) => setKind(event.target.value as PaymentSchedule['kind'])} sx={{ minWidth: 230 }}>
        {(['invalidity', 'death'] as const).map((value) => <MenuItem key={value} value={value}>{t(`backoffice.scheduleKind.${value}`)}</MenuItem>)}
      </TextField>
      <TextField select size="small" label={t('backoffice.schedules.spread')} value={spreadMonths} onChange={(event) => setSpreadMonths(Number(event.target.value) as 12 | 24)} sx={{ minWidth: 140 }}>
        {[12, 24].map((months) => <MenuItem key={months} value={months}>{t('backoffice.schedules.months', { count: months })}</MenuItem>)}
      </TextField>
      <TextField size="small" label={t('backoffice.schedules.total')} value={total} onChange={(event) => setTotal(event.target.value)} error={total !== '' && totalCents === null} sx={{ width: 140 }} />
      <TextField size="small" label={t('backoffice.money.payee')} value={payeeName} onChange={(event) => setPayeeName(event.target.value)} />
      <TextField size="small" label={t('backoffice.money.iban')} value={iban} onChange={(event) => setIban(event.target.value)} />
      <Button type="submit" variant="outlined" disabled={totalCents === null || start.isPending} aria-busy={start.isPending}
        startIcon={start.isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}>
        {t('backoffice.schedules.start')}
      </Button>
      {start.error && <Box sx={{ width: '100%' }}><ErrorAlert error={start.error} /></Box>}
      <Box role="status" aria-live="polite" sx={{ width: '100%' }}>{start.isSuccess && <Alert severity="success">{t('backoffice.schedules.started')}</Alert>}</Box>
    </Box>
  );
}
