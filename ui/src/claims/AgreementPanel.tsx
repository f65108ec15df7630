import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/session';
import { useAcceptAgreement, useCustomerBenefits } from '../api/workplace-benefits';
import { formatDate, formatEuros, formatPercent } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';

/**
 * The agreement on the victim's permanent incapacity as the employer sees it on the claim (seed 004 q.14): the
 * consolidation date, the degree and the yearly allowance, how far it got, and, while it awaits the victim's
 * acceptance, the button that accepts it for the victim (full access only). Nothing while the file has no agreement.
 */
export function AgreementPanel({ organisationId, claimId }: { organisationId: string; claimId: string }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const fullAccess = me?.organisations.find((organisation) => organisation.id === organisationId)?.accessLevel === 'full';
  const benefits = useCustomerBenefits(organisationId, claimId);
  const accept = useAcceptAgreement(organisationId, claimId);
  const agreement = benefits.data?.agreement;
  if (benefits.error) return <ErrorAlert error={benefits.error} />;
  if (!agreement) return null;
  const { acceptance, ratification } = agreement;
  return (
    <Paper component="section" aria-labelledby="agreement-heading" sx={{ p: { xs: 2, md: 3 } }} data-testid="customer-agreement">
      <Typography id="agreement-heading" component="h2" variant="h6">{t('benefitsUi.portal.title')}</Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, my: 1, '& dd': { m: 0 } }}>
        <dt>{t('benefitsUi.portal.consolidationDate')}</dt><dd>{formatDate(agreement.consolidationDate)}</dd>
        <dt>{t('benefitsUi.portal.degree')}</dt><dd>{formatPercent(agreement.degreePercent)}</dd>
        <dt>{t('benefitsUi.portal.yearly')}</dt><dd>{formatEuros(agreement.yearlyCents)}</dd>
        <dt>{t('benefitsUi.portal.monthly')}</dt><dd>{formatEuros(agreement.monthlyCents)}</dd>
      </Box>
      <Typography data-testid="customer-agreement-state">
        {ratification
          ? t('benefitsUi.portal.ratified', { on: formatDate(ratification.ratifiedOn), deadline: benefits.data?.revision.deadline ? formatDate(benefits.data.revision.deadline) : '—' })
          : acceptance ? t('benefitsUi.portal.accepted', { on: formatDate(acceptance.signedOn) }) : t('benefitsUi.portal.awaiting', { name: benefits.data!.victimName })}
      </Typography>
      <Typography variant="body2" color="text.secondary">{t('benefitsUi.next', { step: benefits.data!.nextStep.text })}</Typography>
      {!acceptance && fullAccess && (
        <Box sx={{ mt: 2 }}>
          <Button variant="contained" disabled={accept.isPending} aria-busy={accept.isPending} onClick={() => accept.mutate({})}>
            {t('benefitsUi.portal.accept')}
          </Button>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{t('benefitsUi.portal.acceptExplained')}</Typography>
        </Box>
      )}
      {accept.error && <ErrorAlert error={accept.error} />}
      <Box role="status" aria-live="polite">{accept.isSuccess && <Alert severity="success" sx={{ mt: 1 }}>{t('benefitsUi.portal.acceptedNow')}</Alert>}</Box>
    </Paper>
  );
}
