import { Alert, Box, Button, Chip, Link, List, ListItem, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProps, useSchemaForm, useServerProblems } from '../api/forms';
import { messageFields, sendMessage, useThread, useThreadRefresh, useWithdrawMessage } from '../api/messages';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { useMe } from '../api/session';

/**
 * Messages to the insurer, each with its status and the answer, and a form to write a new one; `path` is
 * where the thread is read and written: a claim's (to its handler) or group hospitalisation's (to the back office).
 */
export function MessageThread({ path, title }: { path: string; title?: string }) {
  const { t } = useTranslation();
  const me = useMe().data!;
  const organisationId = me.activeOrganisationId!;
  const messages = useThread(path);
  const refresh = useThreadRefresh(path);
  const withdraw = useWithdrawMessage(organisationId, path);

  return (
    <Paper component="section" aria-labelledby="messages-heading" sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography id="messages-heading" component="h2" variant="h6">{title ?? t('messageThread.title')}</Typography>
      {messages.error && <ErrorAlert error={messages.error} />}
      {withdraw.error && <ErrorAlert error={withdraw.error} />}
      {messages.data?.length === 0 && <Typography color="text.secondary">{t('messageThread.none')}</Typography>}
      <List component="ol" sx={{ display: 'grid', gap: 1 }} data-testid="message-thread">
        {messages.data?.map((message) => (
          <ListItem key={message.id} component="li" sx={{ display: 'block', border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography component="h3" sx={{ fontWeight: 'bold' }}>{message.subject}</Typography>
              <Chip size="small" label={t(`messageThread.status.${message.status}`)} />
            </Box>
            <Typography variant="body2" color="text.secondary">{t('messageThread.from', { name: message.sender.name, at: formatDateTime(message.createdAt) })}</Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>{message.body}</Typography>
            {message.attachments.map((file) => (
              <Link key={file.id} sx={{ display: 'block' }} href={`/api/organisations/${organisationId}/messages/${message.id}/attachments/${file.id}`}>{file.fileName}</Link>
            ))}
            {message.reply && (
              <Box sx={{ mt: 1, pl: 2, borderLeft: 3, borderColor: 'primary.main' }}>
                <Typography variant="body2" color="text.secondary">{t('messageThread.answer', { name: message.reply.by.name, at: formatDateTime(message.reply.at) })}</Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{message.reply.body}</Typography>
              </Box>
            )}
            {message.status === 'sent' && message.sender.userId === me.user.id && (
              <Button size="small" color="error" sx={{ mt: 1 }} disabled={withdraw.isPending} onClick={() => withdraw.mutate(message.id)}>{t('messageThread.withdraw')}</Button>
            )}
          </ListItem>
        ))}
      </List>
      <NewMessageForm path={path} onSent={refresh} />
    </Paper>
  );
}

function NewMessageForm({ path, onSent }: { path: string; onSent: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(messageFields, { defaultValues: { subject: '', body: '' } });
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);

  useServerProblems(form, error, ['subject', 'body']);

  const send = form.handleSubmit(async (message) => {
    setError(null);
    setSent(false);
    setProgress(0);
    try {
      await sendMessage(path, { ...message, files }, setProgress);
      form.reset();
      setFiles([]);
      setSent(true);
      onSent();
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  });

  return (
    <Box component="form" sx={{ display: 'grid', gap: 2 }} noValidate onSubmit={send}>
      <TextField label={t('messageThread.subject')} {...fieldProps(form, 'subject')} />
      <TextField label={t('messageThread.body')} required multiline minRows={3} {...fieldProps(form, 'body')} />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button variant="outlined" component="label">
          {t('messageThread.files')}
          <input hidden type="file" multiple data-testid="message-files" onChange={(event) => setFiles(Array.from(event.target.files ?? []))} />
        </Button>
        {files.map((file) => <Typography key={file.name} variant="body2">{file.name}</Typography>)}
      </Box>
      {progress !== null && <Typography role="status" variant="body2">{Math.round(progress * 100)} %</Typography>}
      {error ? <ErrorAlert error={error} /> : null}
      <Box role="status" aria-live="polite">{sent && <Alert severity="success">{t('messageThread.sent')}</Alert>}</Box>
      <Button type="submit" variant="contained" sx={{ justifySelf: 'start' }} disabled={progress !== null}>{t('messageThread.send')}</Button>
    </Box>
  );
}
