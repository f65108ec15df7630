import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Link, TextField, Typography } from '@mui/material';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { fieldProps, useSchemaForm, useServerProblems } from '../api/forms';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { type InboxMessage, messageReply, useInboxActions } from '../api/messages';

const awaitsAnswer = (status: InboxMessage['status']) => status === 'sent' || status === 'read';

/**
 * One message, opened: opening marks it read (from then on the sender can no longer withdraw it), then
 * the handler reads its files and answers. The inbox is read again after each step.
 */
export function MessageDialog({ message: listed, onClose }: { message: InboxMessage; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [message, setMessage] = useState(listed);
  const answer = useSchemaForm(messageReply, { defaultValues: { body: '' } });
  const { markRead, reply } = useInboxActions(listed.id, (next) => setMessage((current) => ({ ...current, ...next })));
  useServerProblems(answer, reply.error, ['body']);

  const asked = useRef(false);
  useEffect(() => {
    if (asked.current || listed.status !== 'sent') return;
    asked.current = true;
    markRead.mutate();
  }, [listed.status, markRead]);

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{message.subject}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {t('backoffice.inbox.from')}: {message.sender.name} ({message.organisationName}) — {formatDateTime(message.createdAt)}
        </Typography>
        {message.declarationId && (
          <Link component={RouterLink} to={`/backoffice/claims/${message.declarationId}`}>{t('backoffice.inbox.openClaim')}</Link>
        )}
        <Typography sx={{ whiteSpace: 'pre-wrap' }} data-testid="message-body">{message.body}</Typography>
        {message.attachments.length > 0 && (
          <Box component="section" aria-label={t('backoffice.inbox.attachments')}>
            <Typography component="h3" variant="subtitle2">{t('backoffice.inbox.attachments')}</Typography>
            {message.attachments.map((file) => (
              <Link key={file.id} sx={{ display: 'block' }} href={`/api/backoffice/messages/${message.id}/attachments/${file.id}`}>{file.fileName}</Link>
            ))}
          </Box>
        )}
        {markRead.isPending && <CircularProgress size={20} aria-label={t('common.loading')} />}
        {markRead.error && <ErrorAlert error={markRead.error} />}
        {message.read && <Typography variant="body2" color="text.secondary">{t('backoffice.inbox.readBy', { name: message.read.by.name, at: formatDateTime(message.read.at) })}</Typography>}
        {message.status === 'withdrawn' && <Alert severity="info">{t('backoffice.inbox.withdrawn')}</Alert>}
        {message.reply && (
          <Box sx={{ pl: 2, borderLeft: 3, borderColor: 'primary.main' }} data-testid="message-reply">
            <Typography variant="body2" color="text.secondary">{t('backoffice.inbox.answeredBy', { name: message.reply.by.name, at: formatDateTime(message.reply.at) })}</Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{message.reply.body}</Typography>
          </Box>
        )}
        <Box role="status" aria-live="polite">{reply.isSuccess && <Alert severity="success">{t('backoffice.inbox.answered')}</Alert>}</Box>
        {awaitsAnswer(message.status) && (
          <Box component="form" id={`${titleId}-answer`} sx={{ display: 'grid', gap: 1 }}
            onSubmit={answer.handleSubmit(({ body }) => reply.mutate(body, { onSuccess: () => answer.reset() }))}>
            <TextField label={t('backoffice.inbox.answer')} {...fieldProps(answer, 'body')} required multiline minRows={3} />
            {reply.error && <ErrorAlert error={reply.error} />}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('backoffice.inbox.close')}</Button>
        {awaitsAnswer(message.status) && (
          <Button type="submit" form={`${titleId}-answer`} variant="contained" disabled={reply.isPending} aria-busy={reply.isPending}
            startIcon={reply.isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}>
            {t('backoffice.inbox.send')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
