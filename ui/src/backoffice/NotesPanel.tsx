import { Alert, Box, Button, Checkbox, Chip, FormControlLabel, List, ListItem, ListItemText, Paper, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldProps, useSchemaForm, useServerProblems } from '../api/forms';
import { noteKeys, noteOrder, useNotes, writeNote } from '../api/notes';
import { useMe } from '../api/session';
import { useKeyedMutation } from '../api/submission';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';

/**
 * The claim's notes, oldest first, with author and time; a note is never edited (a correction is a new note). A senior
 * handler may mark one confidential: handlers do not see it.
 */
export function NotesPanel({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const notes = useNotes(claimId);
  // Who may mark a note confidential: the senior handlers and the special investigation unit.
  const mayConceal = ['senior_handler', 'siu'].includes(useMe().data?.user.role ?? '');
  const queryClient = useQueryClient();
  const form = useSchemaForm(noteOrder, { defaultValues: { text: '', confidential: false } });
  const write = useKeyedMutation(writeNote(claimId), {
    onSuccess: () => {
      form.reset({ text: '', confidential: false });
      void queryClient.invalidateQueries({ queryKey: noteKeys.claim(claimId) });
    },
  });
  useServerProblems(form, write.error, ['text', 'confidential']);
  const submit = form.handleSubmit((body) => write.mutate(body));

  return (
    <Paper component="section" aria-labelledby="notes-heading" sx={{ p: 3 }}>
      <Typography id="notes-heading" component="h2" variant="h6">{t('backoffice.notes.title')}</Typography>
      {notes.error && <ErrorAlert error={notes.error} />}
      {notes.data?.length === 0 && <Typography>{t('backoffice.notes.none')}</Typography>}
      {notes.data && notes.data.length > 0 && (
        <List dense aria-label={t('backoffice.notes.title')}>
          {notes.data.map((note) => (
            <ListItem key={note.id} data-testid={`note-${note.id}`} alignItems="flex-start" disableGutters>
              <ListItemText
                primary={<>{note.text}{note.confidential && <Chip size="small" variant="outlined" label={t('backoffice.notes.confidential')} sx={{ ml: 1 }} />}</>}
                secondary={t('backoffice.notes.by', { name: note.author.name, at: formatDateTime(note.createdAt) })}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Box component="form" noValidate aria-label={t('backoffice.notes.write')} onSubmit={submit} sx={{ display: 'grid', gap: 1, mt: 2 }}>
        <TextField label={t('backoffice.notes.text')} multiline minRows={2} {...fieldProps(form, 'text')} />
        {mayConceal && (
          <Controller control={form.control} name="confidential" render={({ field }) => (
            <FormControlLabel control={<Checkbox checked={Boolean(field.value)} onChange={(event) => field.onChange(event.target.checked)} />}
              label={t('backoffice.notes.markConfidential')} />
          )} />
        )}
        <Box><Button type="submit" variant="outlined" disabled={write.isPending} aria-busy={write.isPending}>{t('backoffice.notes.write')}</Button></Box>
        {write.error && <ErrorAlert error={write.error} />}
        <Box role="status" aria-live="polite">{write.isSuccess && <Alert severity="success">{t('backoffice.notes.written')}</Alert>}</Box>
      </Box>
    </Paper>
  );
}
