import { Button, Chip, type ChipProps, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatEuros } from '../i18n/format';
import { useClaimAction } from '../api/claims';
import { isCancellable, moneyActions, type Payment, type PaymentStatus } from '../api/money';
import { ConfirmDialog } from './ConfirmDialog';
import { capitalised } from './status-words';

/** How far a payment got: waiting for someone, on its way, arrived, or stopped (colours that keep their text readable). */
const statusLook: Record<PaymentStatus, Pick<ChipProps, 'color' | 'variant'>> = {
  awaiting_approval: { color: 'default', variant: 'filled' }, approved: { color: 'primary', variant: 'outlined' }, sent: { color: 'primary', variant: 'filled' },
  confirmed: { color: 'success', variant: 'filled' }, paid: { color: 'success', variant: 'filled' }, returned: { color: 'error', variant: 'filled' },
  rejected: { color: 'default', variant: 'outlined' }, cancelled: { color: 'default', variant: 'outlined' },
};

/** The claim's payments with how far each got (its SEPA batch, the bank's answer); one not yet sent can be cancelled. */
export function PaymentsTable({ claimId, payments }: { claimId: string; payments: Payment[] }) {
  const { t } = useTranslation();
  const [cancelling, setCancelling] = useState<Payment | null>(null);
  const cancel = useClaimAction(claimId, moneyActions(claimId).cancelPayment);
  if (payments.length === 0) return <Typography>{t('backoffice.money.noPayments')}</Typography>;
  return (
    <>
      <Table size="small" aria-label={t('backoffice.money.payments')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('backoffice.money.when')}</TableCell><TableCell>{t('backoffice.money.costType')}</TableCell>
            <TableCell>{t('backoffice.money.payee')}</TableCell><TableCell align="right">{t('backoffice.money.amount')}</TableCell>
            <TableCell>{t('backoffice.queue.status')}</TableCell><TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {payments.map((payment) => (
            <TableRow key={payment.id} data-testid={`payment-${payment.id}`}>
              <TableCell>{formatDateTime(payment.createdAt)}</TableCell>
              <TableCell>{t(`backoffice.costType.${payment.costType}`)}</TableCell>
              <TableCell>{payment.payeeName}<br />{payment.iban}</TableCell>
              <TableCell align="right">{formatEuros(payment.amountCents)}</TableCell>
              <TableCell>
                <Chip size="small" label={capitalised(t(`money.paymentStatus.${payment.status}`))} {...statusLook[payment.status]} data-testid="payment-status" />
                {payment.batchNumber !== null && (
                  <Typography variant="body2">{t('backoffice.money.batch', { number: payment.batchNumber, communication: payment.communication ?? '' })}</Typography>
                )}
                {payment.status === 'returned' && payment.bankReason && (
                  <Typography variant="body2">{t('backoffice.money.bankReason', { code: payment.bankReason.code ?? '', text: payment.bankReason.text ?? '' })}</Typography>
                )}
                {payment.reason && <Typography variant="body2">{payment.reason}</Typography>}
              </TableCell>
              <TableCell>
                {isCancellable(payment) && (
                  <Button size="small" color="error" variant="outlined" onClick={() => { cancel.reset(); setCancelling(payment); }}>{t('backoffice.money.cancelPayment')}</Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {cancelling && (
        <ConfirmDialog title={`${t('backoffice.money.cancelTitle')} — ${formatEuros(cancelling.amountCents)}`} text={t('backoffice.money.cancelText', { payee: cancelling.payeeName })}
          confirmLabel={t('backoffice.money.cancelPayment')} reasonLabel={t('backoffice.actions.reason')} danger pending={cancel.isPending} error={cancel.error}
          onClose={() => setCancelling(null)} onConfirm={(reason) => cancel.mutate({ payment: cancelling, reason }, { onSuccess: () => setCancelling(null) })} />
      )}
    </>
  );
}
