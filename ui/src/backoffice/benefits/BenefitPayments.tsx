import { Button, Chip, Collapse, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenefitPaymentView, BenefitsFile } from '../../api/workplace-benefits';
import { formatDateTime, formatEuros } from '../../i18n/format';
import { capitalised } from '../status-words';
import { ComputationLines } from './ComputationLines';

/**
 * Every payment of the benefits file, to the victim or to the employer (for the guaranteed wage it paid), each with
 * the computation behind it; they go through the claim's money (approval, SEPA batch), whose status shows here.
 */
export function BenefitPayments({ benefits }: { benefits: BenefitsFile }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="benefits-payments" sx={{ p: 3 }}>
      <Typography id="benefits-payments" component="h2" variant="h6">{t('benefitsUi.payments.title')}</Typography>
      <Typography data-testid="benefit-totals">
        {t('benefitsUi.payments.totals', { victim: formatEuros(benefits.totals.victimCents), employer: formatEuros(benefits.totals.employerCents) })}
      </Typography>
      {benefits.payments.length === 0 ? <Typography>{t('benefitsUi.payments.none')}</Typography> : (
        <Table size="small" aria-label={t('benefitsUi.payments.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('benefitsUi.payments.when')}</TableCell><TableCell>{t('benefitsUi.payments.what')}</TableCell>
              <TableCell>{t('benefitsUi.payments.payee')}</TableCell><TableCell align="right">{t('benefitsUi.payments.amount')}</TableCell>
              <TableCell>{t('benefitsUi.payments.status')}</TableCell><TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {benefits.payments.map((payment) => <PaymentRow key={payment.id} payment={payment} />)}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}

function PaymentRow({ payment }: { payment: BenefitPaymentView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const linesId = `benefit-payment-lines-${payment.id}`;
  const what = t(`benefitsUi.item.${payment.item}`);
  return (
    <Fragment>
      <TableRow data-testid={`benefit-payment-${payment.item}-${payment.payee}`} sx={{ '& > td': { borderBottom: open ? 0 : undefined } }}>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(payment.paidAt)}</TableCell>
        <TableCell>
          {what}
          <Typography variant="body2" color="text.secondary">{payment.basis.text}</Typography>
          {payment.provisional && <Chip size="small" variant="outlined" label={t('benefitsUi.provisional')} />}
        </TableCell>
        <TableCell>{payment.payeeName}<Typography variant="body2" color="text.secondary">{t(`benefitsUi.payee.${payment.payee}`)}</Typography></TableCell>
        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{formatEuros(payment.amountCents)}</TableCell>
        <TableCell>{payment.status ? capitalised(t(`money.paymentStatus.${payment.status}`)) : '—'}</TableCell>
        <TableCell>
          {payment.lines.length > 0 && (
            <Button size="small" aria-expanded={open} aria-controls={linesId} onClick={() => setOpen(!open)}
              aria-label={t(open ? 'benefitsUi.payments.hideComputationOf' : 'benefitsUi.payments.showComputationOf', { what })}>
              {t(open ? 'benefitsUi.payments.hideComputation' : 'benefitsUi.payments.showComputation')}
            </Button>
          )}
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={6} sx={{ py: 0, borderBottom: open ? undefined : 0 }}>
          <Collapse in={open} unmountOnExit id={linesId}>
            <ComputationLines lines={payment.lines} label={t('benefitsUi.payments.computationOf', { what })} />
          </Collapse>
        </TableCell>
      </TableRow>
    </Fragment>
  );
}
