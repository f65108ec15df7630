import { Box, Link, MenuItem, Pagination, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { referralStates, useInvestigations } from '../api/risk';
import { formatDate, formatDateTime } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';

const pageSize = 25;

/** The special investigation unit's work list: the claims referred to it, open referrals first by default. */
export function InvestigationsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<(typeof referralStates)[number]>('open');
  const [page, setPage] = useState(1);
  const list = useInvestigations({ state, page, pageSize });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / pageSize)) : 1;

  return (
    <>
      <PageHeading>{t('riskPanel.investigations.title')}</PageHeading>
      <Box sx={{ mb: 2, maxWidth: 280 }}>
        <TextField select fullWidth size="small" label={t('riskPanel.investigations.state')} value={state}
          onChange={(event) => { setState(event.target.value as typeof state); setPage(1); }}>
          {referralStates.map((code) => <MenuItem key={code} value={code}>{t(`riskPanel.investigations.states.${code}`)}</MenuItem>)}
        </TextField>
      </Box>
      {list.isPending && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.data?.items.length === 0 && <Typography>{t('riskPanel.investigations.none')}</Typography>}
      {list.data && list.data.items.length > 0 && (
        <Paper sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('riskPanel.investigations.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('riskPanel.investigations.claim')}</TableCell>
                <TableCell>{t('riskPanel.investigations.customer')}</TableCell>
                <TableCell>{t('riskPanel.investigations.referred')}</TableCell>
                <TableCell>{t('riskPanel.reason')}</TableCell>
                <TableCell align="right">{t('riskPanel.indicators')}</TableCell>
                <TableCell>{t('riskPanel.outcome')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data.items.map((item) => (
                <TableRow key={item.investigationId} data-testid={`referral-${item.id}`}>
                  <TableCell><Link component={RouterLink} to={`/backoffice/claims/${item.id}`}>{item.claimNumber}</Link></TableCell>
                  <TableCell>{item.organisationName}</TableCell>
                  <TableCell>{t('riskPanel.investigations.referredBy', { name: item.referredBy.name, at: formatDateTime(item.referredAt) })}</TableCell>
                  <TableCell>{item.reason}</TableCell>
                  <TableCell align="right">{item.indicatorCount}</TableCell>
                  <TableCell>
                    {item.outcome ? `${t(`riskPanel.outcomes.${item.outcome}`)} (${formatDate(item.closedAt)})` : t('riskPanel.investigations.states.open')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {pages > 1 && <Pagination sx={{ mt: 2 }} count={pages} page={page} onChange={(_event, next) => setPage(next)} />}
    </>
  );
}
