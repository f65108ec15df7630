import { Link, List, ListItem, ListItemText, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { formatDate, formatDateTime, formatEuros } from '../i18n/format';
import { DeadlineActions } from './DeadlineActions';
import type { ClaimFile } from '../api/claims';

/** Documents and letters of the claim. */
export function ClaimDocuments({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Paper sx={{ p: 3 }}>
      <Typography component="h2" variant="h6">{t('backoffice.file.documents')}</Typography>
      <Typography component="h3" variant="subtitle1">{t('backoffice.file.attachments')}</Typography>
      <List dense>
        {file.attachments.map((attachment) => (
          <ListItem key={attachment.id} disableGutters><ListItemText primary={attachment.fileName} secondary={fieldLabel(attachment.kind, language)} /></ListItem>
        ))}
      </List>
      <Typography component="h3" variant="subtitle1">{t('backoffice.file.letters')}</Typography>
      <List dense>
        {file.letters.map((letter) => (
          <ListItem key={letter.id} disableGutters>
            <ListItemText primary={<Link href={letter.url} target="_blank" rel="noopener">{letter.fileName}</Link>}
              secondary={`${t(`documentKind.${letter.kind}`, { defaultValue: letter.kind })}${letter.recipient ? ` — ${fieldLabel(letter.recipient, language)}` : ''} — ${formatDate(letter.createdAt)}`} />
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}

/** The legal deadlines: when due, where they stand and what a missed one costs; below, the events that start or meet them. */
export function ClaimDeadlines({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: 3 }}>
      <Typography component="h2" variant="h6">{t('backoffice.file.deadlines')}</Typography>
      {file.deadlines.length === 0 ? <Typography>{t('backoffice.file.noDeadlines')}</Typography> : (
        <Table size="small" aria-label={t('backoffice.file.deadlines')}>
          <TableHead><TableRow><TableCell>{t('backoffice.file.deadlines')}</TableCell><TableCell>{t('backoffice.file.dueOn')}</TableCell><TableCell>{t('backoffice.queue.status')}</TableCell><TableCell align="right">{t('backoffice.file.penalty')}</TableCell></TableRow></TableHead>
          <TableBody>
            {file.deadlines.map((deadline) => (
              <TableRow key={`${deadline.code}-${deadline.dueOn}`}>
                <TableCell>{t(`backoffice.deadlineCode.${deadline.code}`, { defaultValue: deadline.code })}</TableCell>
                <TableCell>{formatDate(deadline.dueOn)}</TableCell>
                <TableCell>{t(`backoffice.deadlineStatus.${deadline.status}`, { defaultValue: deadline.status })}</TableCell>
                <TableCell align="right">{deadline.penaltyCents ? formatEuros(deadline.penaltyCents) : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {file.claim && !file.claim.closedAt && <DeadlineActions file={file} />}
    </Paper>
  );
}

/** What happened, in order, and the messages of the thread. */
export function ClaimHistoryAndMessages({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  return (
    <>
      <Paper sx={{ p: 3 }}>
        <Typography component="h2" variant="h6">{t('backoffice.file.history')}</Typography>
        <List dense component="ol">
          {file.history.map((entry, index) => (
            <ListItem key={index} disableGutters>
              <ListItemText primary={t(`historyAction.${entry.action}`, { defaultValue: entry.action })} secondary={`${formatDateTime(entry.at)} — ${entry.by.name}`} />
            </ListItem>
          ))}
        </List>
      </Paper>
      <Paper sx={{ p: 3 }}>
        <Typography component="h2" variant="h6">{t('backoffice.file.messages')}</Typography>
        {file.messages.length === 0 ? <Typography>{t('backoffice.file.noMessages')}</Typography> : (
          <List dense>
            {file.messages.map((message) => (
              <ListItem key={message.id} disableGutters>
                <ListItemText primary={`${message.subject ?? ''} — ${message.body}`}
                  secondary={`${formatDateTime(message.createdAt)} — ${message.sender?.name ?? ''}${message.reply ? ` — ↳ ${message.reply.body}` : ''}`} />
              </ListItem>
            ))}
          </List>
        )}
      </Paper>
    </>
  );
}
