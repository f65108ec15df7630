import { Alert, Box, Button, Link, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDateTime, formatEuros } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { type Payment, useApprovals, usePaymentDecision } from '../api/money';
import { ConfirmDialog } from './ConfirmDialog';

/** The senior handlers' inbox: payments above their requester's limit. Never one's own: the server says so. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState<Payment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const inbox = useApprovals();
  const decide = usePaymentDecision();
  const act = (payment: Payment, verdict: 'approve' | 'reject', reason?: string) => {
    setDone(null);
    decide.mutate({ payment, verdict, body: reason === undefined ? undefined : { reason } }, {
      onSuccess: (decided) => {
        setRejecting(null);
        setDone(t(verdict === 'approve' ? 'backoffice.approvals.approved' : 'backoffice.approvals.rejected', { amount: formatEuros(decided.amountCents) }));
      },
    });
  };

  return (
    <>
      <PageHeading>{t('backoffice.approvals.title')}</PageHeading>
      {inbox.isPending && <Loading />}
      {inbox.error && <ErrorAlert error={inbox.error} />}
      {decide.error && !rejecting && <ErrorAlert error={decide.error} />}
      {done && <Alert severity="success" role="status" sx={{ my: 2 }}>{done}</Alert>}
      {inbox.data?.length === 0 && <Typography>{t('backoffice.approvals.none')}</Typography>}
      {inbox.data && inbox.data.length > 0 && (
        <Paper>
          <Table aria-label={t('backoffice.approvals.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('backoffice.approvals.claim')}</TableCell><TableCell>{t('backoffice.money.costType')}</TableCell>
                <TableCell align="right">{t('backoffice.money.amount')}</TableCell><TableCell>{t('backoffice.money.payee')}</TableCell>
                <TableCell>{t('backoffice.money.requestedBy')}</TableCell><TableCell>{t('backoffice.money.when')}</TableCell><TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {inbox.data.map((payment) => (
                <TableRow key={payment.id} data-testid={`payment-${payment.id}`}>
                  <TableCell><Link component={RouterLink} to={`/backoffice/claims/${payment.claimId}`}>{t('backoffice.approvals.claim')}</Link></TableCell>
                  <TableCell>{t(`backoffice.costType.${payment.costType}`)}</TableCell>
                  <TableCell align="right">{formatEuros(payment.amountCents)}</TableCell>
                  <TableCell>{payment.payeeName}<br />{payment.iban}</TableCell>
                  <TableCell>{payment.requestedBy.name}</TableCell>
                  <TableCell>{formatDateTime(payment.createdAt)}</TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', gap: 1 }}>
                      <Button variant="contained" size="small" disabled={decide.isPending} onClick={() => act(payment, 'approve')}>{t('backoffice.approvals.approve')}</Button>
                      <Button variant="outlined" color="error" size="small" onClick={() => { decide.reset(); setRejecting(payment); }}>{t('backoffice.approvals.reject')}</Button>
                    </Box>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {rejecting && (
        <ConfirmDialog title={`${t('backoffice.approvals.rejectTitle')} — ${formatEuros(rejecting.amountCents)}`} text={`${rejecting.payeeName} — ${rejecting.iban}`}
          confirmLabel={t('backoffice.approvals.reject')} reasonLabel={t('backoffice.actions.reason')} danger pending={decide.isPending} error={decide.error}
          onClose={() => setRejecting(null)} onConfirm={(reason) => act(rejecting, 'reject', reason)} />
      )}
    </>
  );
}
