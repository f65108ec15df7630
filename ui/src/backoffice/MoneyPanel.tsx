import { Alert, Box, Button, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { asCents, fieldProps, useSchemaForm, useServerProblems } from '../api/forms';
import { formatEuros } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { useClaimAction } from '../api/claims';
import { costTypes, type MoneyTotals, moneyActions, paymentOrder, reserveChange, usePayments, useReserves } from '../api/money';
import { PaymentsTable } from './PaymentsTable';

/**
 * The money columns per cost type: paid is gross (what left or is committed to leave, in transit included),
 * net incurred is paid minus what was recovered.
 */
const columns = [
  ['reserve', 'reserveCents'], ['paid', 'paidCents'], ['inTransit', 'inTransitCents'], ['awaiting', 'awaitingApprovalCents'],
  ['outstanding', 'outstandingCents'], ['available', 'availableCents'], ['recovered', 'recoveredCents'], ['netIncurred', 'netIncurredCents'],
] as const satisfies readonly (readonly [string, keyof MoneyTotals])[];

/** The claim's money (totals per cost type) and payments; while the claim is open, the forms change a reserve and pay from it. */
export function MoneyPanel({ claimId, closed }: { claimId: string; closed: boolean }) {
  const { t } = useTranslation();
  const reserves = useReserves(claimId);
  const payments = usePayments(claimId);
  const totals = reserves.data?.totals;
  return (
    <Paper component="section" aria-labelledby="money-heading" sx={{ p: 3, gridColumn: '1 / -1' }}>
      <Typography id="money-heading" component="h2" variant="h6">{t('backoffice.money.title')}</Typography>
      {(reserves.error || payments.error) && <ErrorAlert error={reserves.error ?? payments.error} />}
      {totals && (
        <Table size="small" aria-label={t('backoffice.money.title')} data-testid="money-totals">
          <TableHead>
            <TableRow>
              <TableCell>{t('backoffice.money.costType')}</TableCell>
              {columns.map(([column]) => <TableCell key={column} align="right">{t(`backoffice.money.${column}`)}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {([...costTypes, 'overall'] as const).map((type) => (
              <TableRow key={type} data-testid={`money-${type}`}>
                <TableCell>{type === 'overall' ? t('backoffice.money.overall') : t(`backoffice.costType.${type}`)}</TableCell>
                {columns.map(([column, field]) => <TableCell key={column} align="right" data-testid={column}>{formatEuros(totals[type][field])}</TableCell>)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {!closed && <ReserveForm claimId={claimId} />}
      {!closed && <PaymentForm claimId={claimId} />}
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>{t('backoffice.money.payments')}</Typography>
      {payments.data && <PaymentsTable claimId={claimId} payments={payments.data} />}
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
        <Alert severity={outcome.status === 'approved' ? 'success' : 'info'} sx={{ width: '100%' }} role="status">
          {t(outcome.status === 'approved' ? 'backoffice.money.paymentApproved' : 'backoffice.money.paymentAwaiting', { amount: formatEuros(outcome.amountCents) })}
        </Alert>
      )}
    </Box>
  );
}
