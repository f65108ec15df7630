import { Alert, Box, Button, LinearProgress, List, ListItem, MenuItem, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentKinds } from '../../../domain/attachments';
import { useAddClaimDocuments, type WaitingItem } from '../api/customer-claim';
import { CameraButton } from '../declarations/CameraButton';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { fieldLabel } from '../i18n/labels';
import { ErrorAlert } from '../layout/feedback';

const kindLabel = (t: (key: string, options?: Record<string, unknown>) => string, kind: string, language: string) =>
  t(`documentKind.${kind}`, { defaultValue: fieldLabel(kind, language) });

/** One awaited item, with its upload right there: a file picker, and the camera on a phone. */
function WaitingEntry({ item, organisationId, claimId, mayAdd, onAdded }: {
  item: WaitingItem; organisationId: string; claimId: string; mayAdd: boolean; onAdded: (files: string[]) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const addDocuments = useAddClaimDocuments(organisationId, claimId);
  // A reservation item says what is missing in the handler's words; the customer says what kind of file answers it.
  const [kind, setKind] = useState<string>(item.kind ?? 'other');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const title = item.item ?? kindLabel(t, item.kind!, language);

  const send = async (files: FileList | null) => {
    if (!files?.length) return;
    const names = Array.from(files).map((file) => file.name); // the input is emptied once its files are taken
    const form = new FormData();
    form.append('kind', kind);
    if (item.item) form.append('answers', item.item);
    for (const file of Array.from(files)) form.append('files', file);
    setError(null);
    setProgress(0);
    try {
      await addDocuments(form, setProgress);
      onAdded(names);
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  };

  return (
    <ListItem disableGutters sx={{ display: 'grid', gap: 1, alignItems: 'start', borderTop: 1, borderColor: 'divider', py: 2 }} data-testid={`waiting-${item.id}`}>
      <Typography component="h3" variant="subtitle1" sx={{ overflowWrap: 'anywhere' }}>{title}</Typography>
      <Typography variant="body2" color="text.secondary">
        {item.source === 'reservation'
          ? t('customerClaimView.waiting.askedInReservation', { date: formatDate(item.since) })
          : item.reason?.text ?? t('customerClaimView.waiting.requiredDocument')}
      </Typography>
      {mayAdd && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          {item.source === 'reservation' && (
            <TextField select size="small" label={t('customerClaimView.waiting.kind')} value={kind} onChange={(event) => setKind(event.target.value)}
              sx={{ minWidth: 0, width: { xs: '100%', sm: 320 } }} data-testid={`waiting-kind-${item.id}`}>
              {attachmentKinds.map((option) => <MenuItem key={option} value={option}>{kindLabel(t, option, language)}</MenuItem>)}
            </TextField>
          )}
          <Button variant="contained" component="label" disabled={progress !== null}>
            {t('customerClaimView.waiting.chooseFile')}
            <input hidden type="file" multiple accept="application/pdf,image/jpeg,image/png,image/heic" data-testid={`waiting-upload-${item.id}`}
              onChange={(event) => { void send(event.target.files); event.target.value = ''; }} />
          </Button>
          <CameraButton onFiles={(files) => void send(files)} disabled={progress !== null} testId={`waiting-camera-${item.id}`} />
        </Box>
      )}
      {progress !== null && (
        <Box role="status" aria-live="polite">
          <Typography variant="body2">{t('customerClaimView.waiting.uploading', { percent: Math.round(progress * 100) })}</Typography>
          <LinearProgress variant="determinate" value={progress * 100} aria-label={t('customerClaimView.waiting.chooseFile')} />
        </Box>
      )}
      {error ? <ErrorAlert error={error} /> : null}
    </ListItem>
  );
}

/** What the insurer waits for from the customer: documents still missing and the items of a reservation, each with its upload. */
export function WaitingForPanel({ items, organisationId, claimId, mayAdd }: { items: WaitingItem[]; organisationId: string; claimId: string; mayAdd: boolean }) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string[] | null>(null);
  return (
    <Paper component="section" aria-labelledby="waiting-heading" sx={{ p: { xs: 2, md: 3 }, minWidth: 0 }} data-testid="claim-waiting-for">
      <Typography id="waiting-heading" component="h2" variant="h6">{t('customerClaimView.waiting.title')}</Typography>
      {added && <Alert severity="success" role="status" sx={{ my: 1 }} data-testid="documents-added">{t('customerClaimView.waiting.added', { files: added.join(', ') })}</Alert>}
      {items.length === 0 ? <Typography color="text.secondary">{t('customerClaimView.waiting.nothing')}</Typography> : (
        <>
          {!mayAdd && <Typography variant="body2" sx={{ mt: 1 }}>{t('customerClaimView.waiting.notOpenYet')}</Typography>}
          <List dense disablePadding>
            {items.map((item) => <WaitingEntry key={item.id} item={item} organisationId={organisationId} claimId={claimId} mayAdd={mayAdd} onAdded={setAdded} />)}
          </List>
        </>
      )}
    </Paper>
  );
}
