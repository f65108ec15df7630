import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { brusselsDate } from '../../../domain/rules/calendar';
import { formatDate } from '../i18n/format';
import { ConfirmDialog } from './ConfirmDialog';
import { claimActions, useClaimAction, useClaimRefresh } from '../api/claims';
import type { ClaimFile } from '../api/claims';

/** What the handler tells the deadlines workflow, each on its own endpoint with the day it happened. */
const events = {
  reminder: { path: 'reminder', field: 'sentOn' },
  amountAgreed: { path: 'amount-agreed', field: 'agreedOn' },
  inspectionReportSent: { path: 'inspection-report-sent', field: 'sentOn' },
} as const;
type DeadlineEvent = keyof typeof events;

/** The events that start or meet a legal deadline: a reminder, an agreed amount, the report to the labour inspection. */
export function DeadlineActions({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState<DeadlineEvent | null>(null);
  const [on, setOn] = useState(() => brusselsDate(new Date()));
  const [done, setDone] = useState<string | null>(null);
  const record = useClaimAction(file.id, ({ event, day }: { event: DeadlineEvent; day: string }) =>
    claimActions(file.id).recordDeadlineEvent(events[event].path, { [events[event].field]: day }));
  const refresh = useClaimRefresh(file.id);
  // The deadlines workflow records its new deadline a moment after the signal: read the file again then.
  const readAgainSoon = () => [1_500, 4_000].forEach((ms) => setTimeout(refresh, ms));

  const inspectionRuns = file.deadlines.some((deadline) => deadline.code === 'inspection_report' && deadline.status === 'running');
  const offered = (Object.keys(events) as DeadlineEvent[]).filter((event) => event !== 'inspectionReportSent' || inspectionRuns);
  const open = (event: DeadlineEvent) => { setDone(null); record.reset(); setOn(brusselsDate(new Date())); setRecording(event); };

  return (
    <Box component="section" aria-labelledby="deadline-actions-heading" sx={{ mt: 2 }}>
      <Typography id="deadline-actions-heading" component="h3" variant="subtitle1">{t('backoffice.deadlineActions.title')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
        {offered.map((event) => <Button key={event} variant="outlined" size="small" onClick={() => open(event)}>{t(`backoffice.deadlineActions.${event}`)}</Button>)}
      </Box>
      <Box role="status" aria-live="polite">{done && <Alert severity="success" sx={{ mt: 2 }}>{done}</Alert>}</Box>
      {recording && (
        <ConfirmDialog title={`${t(`backoffice.deadlineActions.${recording}`)}?`} text={t(`backoffice.deadlineActions.confirmText.${recording}`)}
          pending={record.isPending} error={record.error} onClose={() => setRecording(null)}
          onConfirm={() => record.mutate({ event: recording, day: on }, {
            onSuccess: () => {
              setDone(t('backoffice.deadlineActions.done', { what: t(`backoffice.deadlineActions.${recording}`), date: formatDate(on) }));
              setRecording(null);
              readAgainSoon();
            },
          })}>
          <TextField type="date" label={t('backoffice.deadlineActions.on')} value={on} onChange={(event) => setOn(event.target.value)} required margin="normal"
            slotProps={{ inputLabel: { shrink: true } }} />
        </ConfirmDialog>
      )}
    </Box>
  );
}
