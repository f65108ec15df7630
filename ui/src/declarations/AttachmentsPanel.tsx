import { Box, Button, LinearProgress, List, ListItem, ListItemText, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentKinds } from '../../../domain/attachments';
import { fieldLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { ErrorAlert } from '../layout/feedback';
import { type Declaration, declarationActions } from '../api/declarations';
import { CameraButton } from './CameraButton';

/** The declaration's attachments: upload with progress, the list, and removal while it is a draft. */
export function AttachmentsPanel({ declaration, base, editable, onChange, serialised }: {
  declaration: Declaration; base: string; editable: boolean; onChange: (next: Declaration) => void; serialised: <T>(task: () => Promise<T>) => Promise<T>;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [kind, setKind] = useState<string>('photo');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const send = async (files: FileList | null) => {
    if (!files?.length) return;
    const form = new FormData();
    form.append('kind', kind);
    for (const file of Array.from(files)) form.append('files', file);
    setError(null);
    setProgress(0);
    try {
      onChange(await serialised(() => declarationActions(base).uploadAttachments(form, setProgress)));
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  };

  const remove = async (attachmentId: string) => {
    setError(null);
    try {
      onChange(await serialised(() => declarationActions(base).removeAttachment(attachmentId)));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Box component="section" aria-labelledby="attachments-heading" sx={{ display: 'grid', gap: 2 }}>
      <Typography id="attachments-heading" component="h3" variant="h6">{t('wizard.attachments')}</Typography>
      {editable && (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField select size="small" label={t('wizard.attachmentKind')} value={kind} onChange={(event) => setKind(event.target.value)} sx={{ minWidth: { xs: 0, sm: 280 }, width: { xs: '100%', sm: 'auto' } }}>
            {attachmentKinds.map((option) => <MenuItem key={option} value={option}>{fieldLabel(option, language)}</MenuItem>)}
          </TextField>
          <Button variant="outlined" component="label" disabled={progress !== null}>
            {t('wizard.chooseFiles')}
            <input hidden type="file" multiple accept="application/pdf,image/jpeg,image/png,image/heic" data-testid="attachment-input"
              onChange={(event) => { void send(event.target.files); event.target.value = ''; }} />
          </Button>
          <CameraButton onFiles={(files) => void send(files)} disabled={progress !== null} testId="attachment-camera" />
        </Box>
      )}
      {progress !== null && (
        <Box role="status" aria-live="polite">
          <Typography variant="body2">{t('wizard.uploading', { percent: Math.round(progress * 100) })}</Typography>
          <LinearProgress variant="determinate" value={progress * 100} aria-label={t('wizard.chooseFiles')} />
        </Box>
      )}
      {error ? <ErrorAlert error={error} /> : null}
      {declaration.attachments.length === 0 ? <Typography color="text.secondary">{t('wizard.noAttachments')}</Typography> : (
        <List dense aria-label={t('wizard.attachments')}>
          {declaration.attachments.map((file) => (
            <ListItem key={file.id} secondaryAction={editable && (
              <Button color="error" aria-label={t('wizard.removeAttachment', { file: file.fileName })} onClick={() => void remove(file.id)}>{t('wizard.removeShort')}</Button>
            )}>
              <ListItemText primary={file.fileName} secondary={`${fieldLabel(file.kind, language)} — ${Math.ceil(file.sizeBytes / 1024)} kB`} />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}
