import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../layout/feedback';

/**
 * Asks before a command that cannot be undone; with `reasonLabel` the reason is required (the server
 * refuses without one too). The server's refusal shows inside, so the user can correct and retry.
 */
export function ConfirmDialog({ title, text, confirmLabel, reasonLabel, danger = false, pending, error, onConfirm, onClose, children }: {
  title: string; text: string; confirmLabel?: string; reasonLabel?: string; danger?: boolean; pending: boolean; error: unknown;
  onConfirm: (reason: string) => void; onClose: () => void; children?: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const missingReason = Boolean(reasonLabel) && !reason.trim();
  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{text}</DialogContentText>
        {children}
        {reasonLabel && (
          <TextField label={reasonLabel} value={reason} onChange={(event) => setReason(event.target.value)} required autoFocus fullWidth multiline minRows={2} margin="normal" />
        )}
        {error ? <ErrorAlert error={error} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>{t('backoffice.actions.cancel')}</Button>
        <Button variant="contained" color={danger ? 'error' : 'primary'} disabled={pending || missingReason} onClick={() => onConfirm(reason.trim())}
          startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined} aria-busy={pending}>
          {confirmLabel ?? t('backoffice.actions.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
