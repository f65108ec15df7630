import { Alert, Box, Button, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { formatDateTime, formatEuros } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import type { CostType, Payment, Reserves } from './types';
import { useClaimAction } from './useClaimFile';
import { centsOf, costTypes } from './words-of-business';

/** The claim's reserves (totals per cost type) and payments; the forms change a reserve and pay from it. */
export function MoneyPanel({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const reserves = useQuery({ queryKey: ['backoffice-money', claimId, 'reserves'], queryFn: () => api.get<Reserves>(`/backoffice/claims/${claimId}/reserves`) });
  const payments = useQuery({ queryKey: ['backoffice-money', claimId, 'payments'], queryFn: () => api.get<Payment[]>(`/backoffice/claims/${claimId}/payments`) });
  const totals = reserves.data?.totals;
  return (
    <Paper sx={{ p: 3 }}>
      <Typography component="h2" variant="h6">{t('backoffice.money.title')}</Typography>
      {(reserves.error || payments.error) && <ErrorAlert error={reserves.error ?? payments.error} />}
      {totals && (
        <Table size="small" aria-label={t('backoffice.money.title')} data-testid="money-totals">
          <TableHead>
            <TableRow>
              <TableCell>{t('backoffice.money.costType')}</TableCell>
              {(['reserve', 'paid', 'awaiting', 'outstanding', 'available'] as const).map((column) => <TableCell key={column} align="right">{t(`backoffice.money.${column}`)}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {([...costTypes, 'overall'] as const).map((type) => (
              <TableRow key={type}>
                <TableCell>{type === 'overall' ? t('backoffice.money.overall') : t(`backoffice.costType.${type}`)}</TableCell>
                {[totals[type].reserveCents, totals[type].paidCents, totals[type].awaitingApprovalCents, totals[type].outstandingCents, totals[type].availableCents]
                  .map((cents, index) => <TableCell key={index} align="right">{formatEuros(cents)}</TableCell>)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ReserveForm claimId={claimId} />
      <PaymentForm claimId={claimId} />
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>{t('backoffice.money.payments')}</Typography>
      {payments.data?.length === 0 && <Typography>{t('backoffice.money.noPayments')}</Typography>}
      <Table size="small">
        <TableBody>
          {payments.data?.map((payment) => (
            <TableRow key={payment.id}>
              <TableCell>{formatDateTime(payment.createdAt)}</TableCell>
              <TableCell>{t(`backoffice.costType.${payment.costType}`)}</TableCell>
              <TableCell>{payment.payeeName}</TableCell>
              <TableCell align="right">{formatEuros(payment.amountCents)}</TableCell>
              <TableCell>{t(`backoffice.paymentStatus.${payment.status}`)}{payment.reason ? ` — ${payment.reason}` : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}

function CostTypeSelect({ value, onChange }: { value: CostType; onChange: (value: CostType) => void }) {
  const { t } = useTranslation();
  return (
    <TextField select size="small" label={t('backoffice.money.costType')} value={value} onChange={(event) => onChange(event.target.value as CostType)} sx={{ minWidth: 170 }}>
      {costTypes.map((type) => <MenuItem key={type} value={type}>{t(`backoffice.costType.${type}`)}</MenuItem>)}
    </TextField>
  );
}

function ReserveForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const [costType, setCostType] = useState<CostType>('indemnity');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const change = useClaimAction(claimId, (body: object) => api.post(`/backoffice/claims/${claimId}/reserves`, body));
  const amountCents = centsOf(amount);
  return (
    <Box component="form" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2 }} aria-label={t('backoffice.money.addReserve')}
      onSubmit={(event) => { event.preventDefault(); change.mutate({ costType, amountCents, reason }, { onSuccess: () => { setAmount(''); setReason(''); } }); }}>
      <CostTypeSelect value={costType} onChange={setCostType} />
      <TextField size="small" label={t('backoffice.money.amount')} value={amount} onChange={(event) => setAmount(event.target.value)} error={amount !== '' && amountCents === null} sx={{ width: 140 }} />
      <TextField size="small" label={t('backoffice.money.reason')} value={reason} onChange={(event) => setReason(event.target.value)} sx={{ flexGrow: 1 }} />
      <Button type="submit" variant="outlined" disabled={amountCents === null || change.isPending}>{t('backoffice.money.addReserve')}</Button>
      {change.error && <Box sx={{ width: '100%' }}><ErrorAlert error={change.error} /></Box>}
    </Box>
  );
}

function PaymentForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const [costType, setCostType] = useState<CostType>('indemnity');
  const [amount, setAmount] = useState('');
  const [payeeName, setPayeeName] = useState('');
  const [iban, setIban] = useState('');
  const pay = useClaimAction(claimId, (body: object) => api.post<Payment>(`/backoffice/claims/${claimId}/payments`, body));
  const amountCents = centsOf(amount);
  const outcome = pay.data as Payment | undefined;
  return (
    <Box component="form" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2 }} aria-label={t('backoffice.money.pay')}
      onSubmit={(event) => { event.preventDefault(); pay.mutate({ costType, amountCents, payeeName, iban }); }}>
      <CostTypeSelect value={costType} onChange={setCostType} />
      <TextField size="small" label={t('backoffice.money.amount')} value={amount} onChange={(event) => setAmount(event.target.value)} error={amount !== '' && amountCents === null} sx={{ width: 140 }} />
      <TextField size="small" label={t('backoffice.money.payee')} value={payeeName} onChange={(event) => setPayeeName(event.target.value)} />
      <TextField size="small" label={t('backoffice.money.iban')} value={iban} onChange={(event) => setIban(event.target.value)} />
      <Button type="submit" variant="outlined" disabled={amountCents === null || pay.isPending}>{t('backoffice.money.pay')}</Button>
      {pay.error && <Box sx={{ width: '100%' }}><ErrorAlert error={pay.error} /></Box>}
      {outcome && (
        <Alert severity={outcome.status === 'paid' ? 'success' : 'info'} sx={{ width: '100%' }} role="status">
          {t(outcome.status === 'paid' ? 'backoffice.money.paymentPaid' : 'backoffice.money.paymentAwaiting', { amount: formatEuros(outcome.amountCents) })}
        </Alert>
      )}
    </Box>
  );
}
