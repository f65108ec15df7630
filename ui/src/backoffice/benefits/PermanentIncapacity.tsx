import { Box, Chip, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AgreementView, BenefitsFile } from '../../api/workplace-benefits';
import { formatDate, formatDateTime, formatEuros, formatPercent } from '../../i18n/format';
import { AgreementForms } from './AgreementForms';
import { ComputationLines } from './ComputationLines';

/**
 * Permanent incapacity in its three phases (seed 004 q.14): the agreement on consolidation and degree between insurer
 * and victim, its ratification by Fedris, and the final settlement after the three-year revision period; meanwhile the
 * yearly allowance, paid monthly, which becomes a life annuity after it.
 */
export function PermanentIncapacity({ claimId, benefits, canAct }: { claimId: string; benefits: BenefitsFile; canAct: boolean }) {
  const { t } = useTranslation();
  const { agreement, revision, allowance } = benefits;
  const earlier = benefits.agreements.filter((other) => other.id !== agreement?.id);
  return (
    <Paper component="section" aria-labelledby="benefits-permanent" sx={{ p: 3 }}>
      <Typography id="benefits-permanent" component="h2" variant="h6">{t('benefitsUi.permanent.title')}</Typography>
      {agreement ? <Agreement agreement={agreement} /> : <Typography>{t('benefitsUi.agreement.none')}</Typography>}
      <Box sx={{ mt: 2 }} data-testid="benefit-revision">
        <Typography component="h3" variant="subtitle1">{t('benefitsUi.revision.title')}</Typography>
        <Typography>
          {revision.deadline
            ? t(revision.ended ? 'benefitsUi.revision.ended' : 'benefitsUi.revision.until', { deadline: formatDate(revision.deadline) })
            : t('benefitsUi.revision.notStarted')}
        </Typography>
        {revision.requests.length > 0 && (
          <List dense aria-label={t('benefitsUi.revision.requests')}>
            {revision.requests.map((request) => (
              <ListItem key={request.id} disableGutters>
                <ListItemText primary={t(`benefitsUi.revision.requestBy.${request.by}`, { degree: formatPercent(request.newDegreePercent) })}
                  secondary={`${request.reason} — ${request.requestedBy.name}, ${formatDateTime(request.requestedAt)}`} />
              </ListItem>
            ))}
          </List>
        )}
      </Box>
      {allowance && (
        <Box sx={{ mt: 2 }} data-testid="benefit-allowance">
          <Typography component="h3" variant="subtitle1">{t(`benefitsUi.allowance.${allowance.kind}`)}</Typography>
          <Typography>{t('benefitsUi.allowance.amounts', { yearly: formatEuros(allowance.yearlyCents), monthly: formatEuros(allowance.monthlyCents) })}</Typography>
          <Typography>
            {t('benefitsUi.allowance.monthsPaid', { count: allowance.monthsPaid })}
            {allowance.nextDueAt ? ` · ${t('benefitsUi.allowance.nextDue', { at: formatDateTime(allowance.nextDueAt) })}` : ''}
          </Typography>
          <ComputationLines lines={allowance.lines} label={t(`benefitsUi.allowance.${allowance.kind}`)} />
        </Box>
      )}
      {earlier.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography component="h3" variant="subtitle1">{t('benefitsUi.agreement.earlier')}</Typography>
          <List dense aria-label={t('benefitsUi.agreement.earlier')}>
            {earlier.map((other) => (
              <ListItem key={other.id} disableGutters>
                <ListItemText primary={t('benefitsUi.agreement.summary', { date: formatDate(other.consolidationDate), degree: formatPercent(other.degreePercent), yearly: formatEuros(other.yearlyCents) })}
                  secondary={other.ratification ? t('benefitsUi.agreement.ratifiedOn', { on: formatDate(other.ratification.ratifiedOn), reference: other.ratification.reference }) : null} />
              </ListItem>
            ))}
          </List>
        </Box>
      )}
      {canAct && <AgreementForms claimId={claimId} benefits={benefits} />}
    </Paper>
  );
}

/** The agreement in force or under way: its terms and computation, who proposed it, the victim's acceptance, Fedris' ratification. */
function Agreement({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation();
  const { acceptance, ratification } = agreement;
  return (
    <Box data-testid="benefit-agreement">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography component="h3" variant="subtitle1">{t(`benefitsUi.agreement.kind.${agreement.kind}`)}</Typography>
        <Chip size="small" color={ratification ? 'success' : acceptance ? 'primary' : 'default'}
          label={t(ratification ? 'benefitsUi.agreement.state.ratified' : acceptance ? 'benefitsUi.agreement.state.accepted' : 'benefitsUi.agreement.state.proposed')} />
      </Box>
      <Typography>{t('benefitsUi.agreement.summary', { date: formatDate(agreement.consolidationDate), degree: formatPercent(agreement.degreePercent), yearly: formatEuros(agreement.yearlyCents) })}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('benefitsUi.agreement.proposed', { name: agreement.proposedBy.name, at: formatDateTime(agreement.proposedAt), monthly: formatEuros(agreement.monthlyCents) })}
      </Typography>
      <ComputationLines lines={agreement.lines} label={t(`benefitsUi.agreement.kind.${agreement.kind}`)} />
      <Typography sx={{ mt: 1 }}>
        {acceptance
          ? t(`benefitsUi.agreement.acceptedVia.${acceptance.via}`, { name: acceptance.by.name, on: formatDate(acceptance.signedOn) })
          : t('benefitsUi.agreement.awaitingAcceptance')}
      </Typography>
      {acceptance && (
        <Typography>
          {ratification
            ? `${t('benefitsUi.agreement.ratifiedOn', { on: formatDate(ratification.ratifiedOn), reference: ratification.reference })} (${t(`benefitsUi.agreement.ratifiedVia.${ratification.via}`, { name: ratification.by.name })})`
            : t('benefitsUi.agreement.awaitingRatification', { count: agreement.remindersSent })}
        </Typography>
      )}
    </Box>
  );
}
