import { Alert, Box, Button, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { asCents, fieldProps, useSchemaForm, useServerProblems } from '../api/forms';
import { formatDateTime, formatEuros } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { useClaimAction } from '../api/claims';
import { costTypes, moneyActions, paymentOrder, reserveChange, usePayments, useReserves } from '../api/money';

/** The claim's reserves (totals per cost type) and payments; the forms change a reserve and pay from it. */
export function MoneyPanel({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const reserves = useReserves(claimId);
  const payments = usePayments(claimId);
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

function CostTypeSelect<T extends FieldValues>({ form, name }: { form: UseFormReturn<T, any, any>; name: Path<T> }) {
  const { t } = useTranslation();
  return (
    <Controller control={form.control} name={name} render={({ field }) => (
      <TextField select size="small" label={t('backoffice.money.costType')} {...field} sx={{ minWidth: 170 }}>
        {costTypes.map((type) => <MenuItem key={type} value={type}>{t(`backoffice.costType.${type}`)}</MenuItem>)}
      </TextField>
    )} />
  );
}

function ReserveForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(reserveChange, { defaultValues: { costType: 'indemnity', reason: '' } });
  const change = useClaimAction(claimId, moneyActions(claimId).changeReserve);
  useServerProblems(form, change.error, ['amountCents', 'reason', 'costType']);
  const submit = form.handleSubmit((body) => change.mutate(body, { onSuccess: () => form.reset() }));
  return (
    <Box component="form" noValidate sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2, alignItems: 'flex-start' }} aria-label={t('backoffice.money.addReserve')} onSubmit={submit}>
      <CostTypeSelect form={form} name="costType" />
      <TextField size="small" label={t('backoffice.money.amount')} {...fieldProps(form, 'amountCents', asCents)} sx={{ width: 140 }} />
      <TextField size="small" label={t('backoffice.money.reason')} {...fieldProps(form, 'reason')} sx={{ flexGrow: 1 }} />
      <Button type="submit" variant="outlined" disabled={change.isPending}>{t('backoffice.money.addReserve')}</Button>
      {change.error && <Box sx={{ width: '100%' }}><ErrorAlert error={change.error} /></Box>}
    </Box>
  );
}

function PaymentForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const form = useSchemaForm(paymentOrder, { defaultValues: { costType: 'indemnity', payeeName: '', iban: '' } });
  const pay = useClaimAction(claimId, moneyActions(claimId).pay);
  useServerProblems(form, pay.error, ['amountCents', 'payeeName', 'iban', 'costType']);
  const outcome = pay.data;
  return (
    <Box component="form" noValidate sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2, alignItems: 'flex-start' }} aria-label={t('backoffice.money.pay')}
      onSubmit={form.handleSubmit((body) => pay.mutate(body))}>
      <CostTypeSelect form={form} name="costType" />
      <TextField size="small" label={t('backoffice.money.amount')} {...fieldProps(form, 'amountCents', asCents)} sx={{ width: 140 }} />
      <TextField size="small" label={t('backoffice.money.payee')} {...fieldProps(form, 'payeeName')} />
      <TextField size="small" label={t('backoffice.money.iban')} {...fieldProps(form, 'iban')} />
      <Button type="submit" variant="outlined" disabled={pay.isPending}>{t('backoffice.money.pay')}</Button>
      {pay.error && <Box sx={{ width: '100%' }}><ErrorAlert error={pay.error} /></Box>}
      {outcome && (
        <Alert severity={outcome.status === 'paid' ? 'success' : 'info'} sx={{ width: '100%' }} role="status">
          {t(outcome.status === 'paid' ? 'backoffice.money.paymentPaid' : 'backoffice.money.paymentAwaiting', { amount: formatEuros(outcome.amountCents) })}
        </Alert>
      )}
    </Box>
  );
}
