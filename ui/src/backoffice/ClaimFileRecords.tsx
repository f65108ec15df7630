import { List, ListItem, ListItemText, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatEuros } from '../i18n/format';
import { DeadlineActions } from './DeadlineActions';
import type { ClaimFile } from '../api/claims';

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

/** What happened, in order. */
export function ClaimHistory({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** The messages of the claim's thread, with the handler's answers. */
export function ClaimMessages({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  return (
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
  );
}
