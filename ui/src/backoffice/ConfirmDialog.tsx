import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { reasoned } from '../../../contract/common';
import { fieldProps, useSchemaForm, useServerProblems } from '../api/forms';
import { ErrorAlert } from '../layout/feedback';

/**
 * Asks before a command that cannot be undone; with `reasonLabel` the reason is required, by the schema
 * the server checks it with. The server's refusal shows inside, so the user can correct and retry.
 */
export function ConfirmDialog({ title, text, confirmLabel, reasonLabel, danger = false, pending, error, onConfirm, onClose, children }: {
  title: string; text: string; confirmLabel?: string; reasonLabel?: string; danger?: boolean; pending: boolean; error: unknown;
  onConfirm: (reason: string) => void; onClose: () => void; children?: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const form = useSchemaForm(reasoned, { defaultValues: { reason: '' } });
  useServerProblems(form, error, ['reason']);
  const confirm = reasonLabel ? form.handleSubmit(({ reason }) => onConfirm(reason)) : () => onConfirm('');
  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{text}</DialogContentText>
        {children}
        {reasonLabel && (
          <TextField label={reasonLabel} {...fieldProps(form, 'reason')} required autoFocus fullWidth multiline minRows={2} margin="normal" />
        )}
        {error ? <ErrorAlert error={error} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>{t('backoffice.actions.cancel')}</Button>
        <Button variant="contained" color={danger ? 'error' : 'primary'} disabled={pending} onClick={() => void confirm()}
          startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined} aria-busy={pending}>
          {confirmLabel ?? t('backoffice.actions.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
