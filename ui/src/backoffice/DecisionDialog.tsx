import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { decisionRequest, type DecisionRequest } from '../../../contract/claims';
import type { Decision } from '../api/claims';
import { fieldProps, useSchemaForm, useServerProblems } from '../api/forms';
import { ErrorAlert } from '../layout/feedback';

/** Free text that is left empty is not sent; the missing items are one a line. */
const optionalText = { setValueAs: (text: string) => text.trim() || undefined };
const lines = { setValueAs: (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean) };

/** Confirms a decision; a reservation asks the reason and the missing items, a refusal the reason. */
export function DecisionDialog({ decision, error, pending, onConfirm, onClose }: {
  decision: Decision; error: unknown; pending: boolean; onConfirm: (body: DecisionRequest) => void; onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(decisionRequest, { defaultValues: { decision } });
  useServerProblems(form, error, ['reason', 'missing']);
  const confirm = form.handleSubmit(({ reason, missing }) => onConfirm({
    decision,
    ...(decision !== 'accept' && reason ? { reason } : {}),
    ...(decision === 'reserve' ? { missing: missing ?? [] } : {}),
  }));
  return (
    <Dialog open onClose={onClose} aria-labelledby="decision-title" fullWidth>
      <DialogTitle id="decision-title">{t(`backoffice.actions.confirmTitle.${decision}`)}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('backoffice.actions.confirmText')}</DialogContentText>
        {decision !== 'accept' && (
          <TextField label={t('backoffice.actions.reason')} {...fieldProps(form, 'reason', optionalText)} fullWidth multiline minRows={2} margin="normal" />
        )}
        {decision === 'reserve' && (
          <TextField label={t('backoffice.actions.missing')} {...fieldProps(form, 'missing', lines)} fullWidth multiline minRows={2} margin="normal" />
        )}
        {error ? <ErrorAlert error={error} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('backoffice.actions.cancel')}</Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={pending}>{t('backoffice.actions.confirm')}</Button>
      </DialogActions>
    </Dialog>
  );
}
