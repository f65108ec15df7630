import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { typeLabel } from '../claims/claim-words';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { type Declaration, useDiscardDraft } from '../api/declarations';

/**
 * Deleting a draft asks first. It is the API's withdraw: the draft leaves the drafts list, nothing reaches
 * the insurer, and its history keeps who discarded it (the workflow closes it when the draft period ends).
 */
export function DiscardDraftDialog({ draft, organisationId, onClose, onDiscarded }: {
  draft: Declaration; organisationId: string; onClose: () => void; onDiscarded: (discarded: Declaration) => void;
}) {
  const { t, i18n } = useTranslation();
  const discard = useDiscardDraft(organisationId, onDiscarded);
  return (
    <Dialog open onClose={onClose} aria-labelledby="discard-draft-title" aria-describedby="discard-draft-text">
      <DialogTitle id="discard-draft-title">{t('wizard.discardTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="discard-draft-text">
          {t('wizard.discardText', { type: typeLabel(draft.type, i18n.language), at: formatDateTime(draft.updatedAt) })}
        </DialogContentText>
        {discard.error && <ErrorAlert error={discard.error} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>{t('wizard.cancel')}</Button>
        <Button color="error" variant="contained" disabled={discard.isPending} onClick={() => discard.mutate(draft.id)}>{t('wizard.discard')}</Button>
      </DialogActions>
    </Dialog>
  );
}
