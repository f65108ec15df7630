import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { claimActions, type ClaimFile, closeOutcomes, closeRequest, type CloseRequest, useClaimAction } from '../api/claims';
import { fieldProps, useSchemaForm, useServerProblems } from '../api/forms';
import { formatDate } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { ConfirmDialog } from './ConfirmDialog';
import { capitalised } from './status-words';

type Outcome = CloseRequest['outcome'];
type Claim = NonNullable<ClaimFile['claim']>;

/** A reason left empty is not sent: the claim's process says which outcomes need one. */
const optionalText = { setValueAs: (text: string) => text.trim() || undefined };

/** The outcome that fits the claim as it stands; the handler may choose another (a duplicate, a withdrawal). */
function likelyOutcome(file: ClaimFile): Outcome {
  if (file.status === 'refused') return 'refused';
  if (file.status === 'accepted') return (file.claim?.money?.overall.paidCents ?? 0) > 0 ? 'paid' : 'no_payment';
  return 'withdrawn';
}

/** Closes the claim with its outcome (and a reason where the process asks one); the server says why it cannot close yet. */
export function CloseClaimAction({ file, onDone }: { file: ClaimFile; onDone: (what: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = useClaimAction(file.id, claimActions(file.id).close);
  return (
    <>
      <Button variant="outlined" onClick={() => { close.reset(); setOpen(true); }}>{t('backoffice.actions.close')}</Button>
      {open && (
        <CloseDialog initial={likelyOutcome(file)} pending={close.isPending} error={close.error} onClose={() => setOpen(false)}
          onConfirm={(body) => close.mutate(body, { onSuccess: () => { setOpen(false); onDone(t('backoffice.actions.close')); } })} />
      )}
    </>
  );
}

function CloseDialog({ initial, pending, error, onConfirm, onClose }: {
  initial: Outcome; pending: boolean; error: unknown; onConfirm: (body: CloseRequest) => void; onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const form = useSchemaForm(closeRequest, { defaultValues: { outcome: initial } });
  useServerProblems(form, error, ['outcome', 'reason']);
  const confirm = form.handleSubmit((body) => onConfirm(body));
  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth>
      <DialogTitle id={titleId}>{t('backoffice.closing.closeTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('backoffice.closing.closeText')}</DialogContentText>
        <Controller control={form.control} name="outcome" render={({ field }) => (
          <TextField select label={t('backoffice.closing.outcome')} {...field} fullWidth margin="normal">
            {closeOutcomes.map((outcome) => <MenuItem key={outcome} value={outcome}>{capitalised(t(`claim.outcome.${outcome}`))}</MenuItem>)}
          </TextField>
        )} />
        <TextField label={t('backoffice.actions.reason')} {...fieldProps(form, 'reason', optionalText)} fullWidth multiline minRows={2} margin="normal" />
        {error ? <ErrorAlert error={error} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>{t('backoffice.actions.cancel')}</Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={pending} aria-busy={pending}>{t('backoffice.actions.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** How a closed claim ended, and a way back: reopened under the same number, with a reason (within the limitation period). */
export function ClosedClaim({ file, claim, onDone }: { file: ClaimFile; claim: Claim; onDone: (what: string) => void }) {
  const { t } = useTranslation();
  const [reopening, setReopening] = useState(false);
  const reopen = useClaimAction(file.id, claimActions(file.id).reopen);
  return (
    <>
      <Typography data-testid="claim-outcome" sx={{ mt: 1 }}>
        {claim.outcome
          ? t('backoffice.closing.closedAs', { date: formatDate(claim.closedAt), outcome: t(`claim.outcome.${claim.outcome}`) })
          : t('backoffice.file.closed', { date: formatDate(claim.closedAt) })}
        {claim.closeReason ? ` — ${claim.closeReason}` : ''}
      </Typography>
      <Button variant="outlined" sx={{ mt: 1 }} onClick={() => { reopen.reset(); setReopening(true); }}>{t('backoffice.closing.reopen')}</Button>
      {reopening && (
        <ConfirmDialog title={t('backoffice.closing.reopenTitle')} text={t('backoffice.closing.reopenText')} confirmLabel={t('backoffice.closing.reopen')}
          reasonLabel={t('backoffice.actions.reason')} pending={reopen.isPending} error={reopen.error} onClose={() => setReopening(false)}
          onConfirm={(reason) => reopen.mutate({ reason }, { onSuccess: () => { setReopening(false); onDone(t('backoffice.closing.reopen')); } })} />
      )}
    </>
  );
}

/** A claim reopened after closing says so, with who and why. */
export function ReopenedNote({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  if (!claim.reopened || claim.closedAt) return null;
  const { by, at, reason } = claim.reopened;
  return <Typography data-testid="claim-reopened" sx={{ mt: 1 }}>{t('backoffice.closing.reopened', { name: by.name, date: formatDate(at), reason })}</Typography>;
}
