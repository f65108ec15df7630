import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Link, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api } from '../api/client';
import { formatDateTime, formatEuros } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import type { Payment } from './types';

const inboxKey = ['backoffice-approvals'];

/** The senior handlers' inbox: payments above their requester's limit. Never one's own: the server says so. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState<Payment | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const inbox = useQuery({ queryKey: inboxKey, queryFn: () => api.get<Payment[]>('/backoffice/payments?status=awaiting_approval') });
  const decide = useMutation({
    mutationFn: ({ payment, verdict }: { payment: Payment; verdict: 'approve' | 'reject' }) =>
      api.post<Payment>(`/backoffice/payments/${payment.id}/${verdict}`, verdict === 'reject' ? { reason } : {}),
    onSuccess: (payment, { verdict }) => {
      setRejecting(null);
      setReason('');
      setDone(t(verdict === 'approve' ? 'backoffice.approvals.approved' : 'backoffice.approvals.rejected', { amount: formatEuros(payment.amountCents) }));
      return queryClient.invalidateQueries({ queryKey: inboxKey });
    },
  });
  const act = (payment: Payment, verdict: 'approve' | 'reject') => { setDone(null); decide.mutate({ payment, verdict }); };

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
        <Dialog open onClose={() => setRejecting(null)} aria-labelledby="reject-title" fullWidth>
          <DialogTitle id="reject-title">{t('backoffice.approvals.rejectTitle')} — {formatEuros(rejecting.amountCents)}</DialogTitle>
          <DialogContent>
            <TextField label={t('backoffice.actions.reason')} value={reason} onChange={(event) => setReason(event.target.value)} fullWidth multiline minRows={2} margin="normal" />
            {decide.error && <ErrorAlert error={decide.error} />}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setRejecting(null)}>{t('backoffice.actions.cancel')}</Button>
            <Button variant="contained" color="error" disabled={decide.isPending} onClick={() => act(rejecting, 'reject')}>{t('backoffice.approvals.reject')}</Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
