import { Chip, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CustomerPayment } from '../api/customer-claim';
import { formatDate, formatEuros } from '../i18n/format';

// Colours whose white label keeps a 4.5:1 contrast (MUI's info and warning fall short of it).
const statusColour = { on_its_way: 'primary', paid: 'success', returned: 'error' } as const;

/** The money paid on the claim: amount, day, to whom and how far it got. The insurer's reserves are never here. */
export function ClaimPaymentsPanel({ payments }: { payments: CustomerPayment[] }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="payments-heading" sx={{ p: { xs: 2, md: 3 }, minWidth: 0 }} data-testid="claim-payments">
      <Typography id="payments-heading" component="h2" variant="h6">{t('customerClaimView.payments.title')}</Typography>
      {payments.length === 0 ? <Typography color="text.secondary">{t('customerClaimView.payments.none')}</Typography> : (
        <List dense>
          {payments.map((payment) => (
            <ListItem key={payment.id} disableGutters sx={{ gap: 1, flexWrap: 'wrap' }} data-testid="claim-payment">
              <ListItemText
                primary={`${formatEuros(payment.amountCents)} — ${t(`money.costType.${payment.costType}`, { defaultValue: payment.costType })}`}
                secondary={t('customerClaimView.payments.line', { date: formatDate(payment.at), payee: payment.payeeName, account: payment.accountEnding })}
                sx={{ minWidth: 0, overflowWrap: 'anywhere' }}
              />
              <Chip size="small" color={statusColour[payment.status]} label={t(`customerClaimView.payments.status.${payment.status}`)} />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
