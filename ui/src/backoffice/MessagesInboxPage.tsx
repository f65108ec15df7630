import { Box, Button, Chip, FormControlLabel, Link, Paper, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { FilterSelect } from '../lists/FilterSelect';
import { useListState } from '../lists/list-state';
import { MessageDialog } from './MessageDialog';
import { type InboxMessage, messageStatuses as statuses, useInbox } from '../api/messages';


/** The handlers' inbox: customers' messages about a claim, and to the back office about group hospitalisation; newest first. */
export function MessagesInboxPage() {
  const { t } = useTranslation();
  const list = useListState(['status', 'mine'] as const, '');
  const [opened, setOpened] = useState<InboxMessage | null>(null);
  const inbox = useInbox(list.filters);

  return (
    <>
      <PageHeading>{t('backoffice.inbox.title')}</PageHeading>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', my: 2 }}>
        <FilterSelect label={t('backoffice.inbox.status')} value={list.filters.status} onChange={(value) => list.setFilter('status', value)}
          options={statuses.map((status) => ({ value: status, label: t(`backoffice.inboxStatus.${status}`) }))} />
        <FormControlLabel label={t('backoffice.inbox.mine')}
          control={<Switch checked={list.filters.mine === 'true'} onChange={(event) => list.setFilter('mine', event.target.checked ? 'true' : '')} />} />
      </Box>
      {inbox.isPending && <Loading />}
      {inbox.error && <ErrorAlert error={inbox.error} />}
      {inbox.data?.length === 0 && <Typography>{t('backoffice.inbox.none')}</Typography>}
      {inbox.data && inbox.data.length > 0 && (
        <Paper sx={{ overflowX: 'auto' }}>
          <Table aria-label={t('backoffice.inbox.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('backoffice.inbox.received')}</TableCell><TableCell>{t('backoffice.inbox.status')}</TableCell>
                <TableCell>{t('backoffice.inbox.from')}</TableCell><TableCell>{t('backoffice.inbox.about')}</TableCell>
                <TableCell>{t('backoffice.inbox.subject')}</TableCell><TableCell>{t('backoffice.inbox.open')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {inbox.data.map((message) => (
                <TableRow key={message.id} data-testid={`message-${message.id}`} sx={message.status === 'sent' ? { '& td': { fontWeight: 'bold' } } : undefined}>
                  <TableCell>{formatDateTime(message.createdAt)}</TableCell>
                  <TableCell><Chip size="small" label={t(`backoffice.inboxStatus.${message.status}`)} color={message.status === 'sent' ? 'primary' : 'default'} /></TableCell>
                  <TableCell>{message.sender.name}<Typography variant="body2" color="text.secondary">{message.organisationName}</Typography></TableCell>
                  <TableCell>
                    {message.declarationId
                      ? <Link component={RouterLink} to={`/backoffice/claims/${message.declarationId}`}>{message.claimNumber ?? t('backoffice.inbox.claim')}</Link>
                      : t('backoffice.inbox.hospitalisation')}
                  </TableCell>
                  <TableCell>{message.subject}</TableCell>
                  <TableCell>
                    <Button size="small" variant="outlined" onClick={() => setOpened(message)} aria-label={`${t('backoffice.inbox.open')}: ${message.subject}`}>
                      {t('backoffice.inbox.open')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {opened && <MessageDialog message={opened} onClose={() => setOpened(null)} />}
    </>
  );
}
