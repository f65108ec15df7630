import { Box, Chip, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ClaimFile } from '../../api/claims';
import { useMe } from '../../api/session';
import { type BenefitsFile, useBenefits } from '../../api/workplace-benefits';
import { formatDateTime, formatEuros } from '../../i18n/format';
import { ErrorAlert, Loading } from '../../layout/feedback';
import { BaseWages } from './BaseWages';
import { BenefitPayments } from './BenefitPayments';
import { IncapacityPeriods } from './IncapacityPeriods';
import { OpenBenefitsForm } from './OpenBenefitsForm';
import { PermanentIncapacity } from './PermanentIncapacity';
import { VictimDeath } from './VictimDeath';
import { WorkResumption } from './WorkResumption';

const stack = { display: 'grid', gap: 2, minWidth: 0 } as const;

/**
 * The benefits of a workplace accident (seed 004 q.11–14): temporary incapacity per period, the base wages, every
 * payment with its computation, work resumed, and permanent incapacity (agreement, ratification, revision, annuity).
 * Handlers act on it until it ends (the victim's death); auditors read it. Until a handler opens it, there is only the form that does.
 */
export function BenefitsTab({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const role = useMe().data?.user.role;
  const staff = role === 'handler' || role === 'senior_handler';
  const benefits = useBenefits(file.id);
  const canAct = staff && !file.claim?.closedAt;
  if (benefits.isPending) return <Loading />;
  if (benefits.error) return <ErrorAlert error={benefits.error} />;
  if (!benefits.data) {
    const victim = (file.data as { parties?: { insured?: { firstName?: string; lastName?: string }[] } }).parties?.insured?.[0];
    return (
      <Paper component="section" aria-labelledby="benefits-not-opened" sx={{ p: 3 }}>
        <Typography id="benefits-not-opened" component="h2" variant="h6">{t('benefitsUi.title')}</Typography>
        <Typography>{t(file.status === 'accepted' ? 'benefitsUi.notOpened' : 'benefitsUi.notAccepted')}</Typography>
        {canAct && file.status === 'accepted' && (
          <OpenBenefitsForm claimId={file.id} victimName={[victim?.firstName, victim?.lastName].filter(Boolean).join(' ')} employerName={file.organisation.name} />
        )}
      </Paper>
    );
  }
  // A file ended by the victim's death takes no more actions (the server refuses them): it is only read.
  const props = { claimId: file.id, benefits: benefits.data, canAct: canAct && benefits.data.stage !== 'ended' };
  return (
    <Box sx={stack}>
      <BenefitsSummary benefits={benefits.data} />
      <IncapacityPeriods {...props} />
      <BaseWages {...props} />
      <BenefitPayments benefits={benefits.data} />
      <PermanentIncapacity {...props} />
      <WorkResumption {...props} />
      <VictimDeath {...props} />
    </Box>
  );
}

/** Where the file stands and what comes next, what was paid to whom, and who is paid on which account. */
function BenefitsSummary({ benefits }: { benefits: BenefitsFile }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="benefits-summary" sx={{ p: 3 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography id="benefits-summary" component="h2" variant="h6">{t('benefitsUi.title')}</Typography>
        <Chip size="small" color="primary" variant="outlined" label={t(`benefitsUi.stage.${benefits.stage}`)} data-testid="benefit-stage" />
      </Box>
      <Typography data-testid="benefit-next-step" sx={{ fontWeight: 600 }}>
        {t('benefitsUi.next', { step: benefits.nextStep.text })}
        {benefits.nextStep.dueAt ? ` (${t('benefitsUi.nextDue', { at: formatDateTime(benefits.nextStep.dueAt) })})` : ''}
      </Typography>
      <Typography>
        {t('benefitsUi.parties', {
          status: t(`benefitsUi.workerStatus.${benefits.workerStatus}`), wage: formatEuros(benefits.monthlyGrossCents),
          victim: benefits.victim.name, victimIban: benefits.victim.iban, employer: benefits.employer.name, employerIban: benefits.employer.iban,
        })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('benefitsUi.opened', { name: benefits.openedBy.name, at: formatDateTime(benefits.openedAt) })}
      </Typography>
    </Paper>
  );
}
