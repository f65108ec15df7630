import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../layout/feedback';
import type { Decision } from './types';

export interface DecisionBody { decision: Decision; reason?: string; missing?: string[] }

/** Confirms a decision; a reservation asks the reason and the missing items, a refusal the reason. */
export function DecisionDialog({ decision, error, pending, onConfirm, onClose }: {
  decision: Decision; error: unknown; pending: boolean; onConfirm: (body: DecisionBody) => void; onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState('');
  const confirm = () => onConfirm({
    decision,
    ...(decision !== 'accept' && reason.trim() ? { reason: reason.trim() } : {}),
    ...(decision === 'reserve' ? { missing: missing.split('\n').map((line) => line.trim()).filter(Boolean) } : {}),
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby="decision-title" fullWidth>
      <DialogTitle id="decision-title">{t(`backoffice.actions.confirmTitle.${decision}`)}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('backoffice.actions.confirmText')}</DialogContentText>
        {decision !== 'accept' && (
          <TextField label={t('backoffice.actions.reason')} value={reason} onChange={(event) => setReason(event.target.value)} fullWidth multiline minRows={2} margin="normal" />
        )}
        {decision === 'reserve' && (
          <TextField label={t('backoffice.actions.missing')} value={missing} onChange={(event) => setMissing(event.target.value)} fullWidth multiline minRows={2} margin="normal" />
        )}
        {error ? <ErrorAlert error={error} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('backoffice.actions.cancel')}</Button>
        <Button variant="contained" onClick={confirm} disabled={pending}>{t('backoffice.actions.confirm')}</Button>
      </DialogActions>
    </Dialog>
  );
}
