import { Alert, Box, Button, Chip, Link, List, ListItem, ListItemText, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { ClaimFile } from '../../../contract/claims';
import { investigationOutcomes, type LinkedClaim, riskActions, useClaimRisk, useRiskAction } from '../api/risk';
import { useMe } from '../api/session';
import { formatDate, formatDateTime } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { ConfirmDialog } from './ConfirmDialog';

type Dialog = 'refer' | 'closeReferral' | 'litigationOn' | 'litigationOff' | { duplicateOf: LinkedClaim } | null;

/** A fact as it reads beside its name: dates as dd/mm/yyyy, a product line in words, lists joined (claim ids: how many). */
function factText(name: string, value: unknown, t: (key: string) => string): string {
  if (name === 'claimIds' || name === 'customerIds') return Array.isArray(value) ? String(value.length) : String(value);
  if (name === 'productLine') return t(`productLine.${String(value)}`);
  if (Array.isArray(value)) return value.map((item) => factText('', item, t)).join(', ');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/**
 * The claim's risk (issue 12 §3): the fraud indicators with their reason and the facts behind them, the possible
 * duplicates linked to their files (close this claim as a duplicate of one), the referral to the special
 * investigation unit (a handler or senior refers; the SIU closes it) and litigation.
 */
export function RiskPanel({ file }: { file: ClaimFile }) {
  // A declaration not yet opened has no claim, so nothing screened yet.
  return file.claim ? <ClaimRisk file={file} /> : null;
}

function ClaimRisk({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const role = useMe().data?.user.role;
  const risk = useClaimRisk(file.id);
  const actions = riskActions(file.id);
  const refer = useRiskAction(file.id, actions.refer);
  const closeReferral = useRiskAction(file.id, actions.closeInvestigation);
  const litigation = useRiskAction(file.id, actions.setLitigation);
  const duplicate = useRiskAction(file.id, actions.closeAsDuplicate);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [outcome, setOutcome] = useState<(typeof investigationOutcomes)[number]>('cleared');
  const [done, setDone] = useState<string | null>(null);
  const handles = role === 'handler' || role === 'senior_handler';
  const open = !file.claim?.closedAt;
  const finish = (what: string) => () => { setDialog(null); setDone(what); };
  const navigate = useNavigate();
  // A handler who refers the claim no longer sees it: back to the work queue.
  const afterReferral = () => (role === 'handler' ? navigate('/backoffice/claims') : finish(t('riskPanel.referredDone'))());

  if (risk.error) return <Paper component="section" sx={{ p: 3 }}><ErrorAlert error={risk.error} /></Paper>;
  if (!risk.data) return <Loading />;
  const { indicators, possibleDuplicates, duplicateOf, investigations, referred, heldPayments } = risk.data;
  const openReferral = referred ? investigations.find((investigation) => !investigation.closedAt) : undefined;

  return (
    <Paper component="section" aria-labelledby="risk-heading" sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography id="risk-heading" component="h2" variant="h6">{t('riskPanel.title')}</Typography>

      <Box component="section" aria-labelledby="risk-indicators">
        <Typography id="risk-indicators" component="h3" variant="subtitle1">{t('riskPanel.indicators')}</Typography>
        {risk.data.assessedAt === null && <Typography>{t('riskPanel.notAssessed')}</Typography>}
        {risk.data.assessedAt !== null && indicators.length === 0 && <Typography>{t('riskPanel.noIndicators')}</Typography>}
        {indicators.length > 0 && (
          <List dense aria-label={t('riskPanel.indicators')}>
            {indicators.map((indicator) => (
              <ListItem key={indicator.code} data-testid={`indicator-${indicator.code}`} disableGutters alignItems="flex-start">
                <ListItemText
                  primary={indicator.reason.text}
                  secondary={Object.entries(indicator.facts).map(([name, value]) => `${t(`riskPanel.fact.${name}`, { defaultValue: name })}: ${factText(name, value, t)}`).join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        )}
        {risk.data.assessedAt && <Typography variant="body2" color="text.secondary">{t('riskPanel.assessedAt', { at: formatDateTime(risk.data.assessedAt) })}</Typography>}
      </Box>

      <Box component="section" aria-labelledby="risk-duplicates">
        <Typography id="risk-duplicates" component="h3" variant="subtitle1">{t('riskPanel.duplicates')}</Typography>
        {duplicateOf && (
          <Alert severity="info" data-testid="duplicate-of">
            {t('riskPanel.duplicateOf')}{' '}
            <Link component={RouterLink} to={`/backoffice/claims/${duplicateOf.id}`}>{duplicateOf.claimNumber ?? duplicateOf.id}</Link>
          </Alert>
        )}
        {possibleDuplicates.length === 0 && <Typography>{t('riskPanel.noDuplicates')}</Typography>}
        {possibleDuplicates.length > 0 && (
          <List dense aria-label={t('riskPanel.duplicates')}>
            {possibleDuplicates.map((linked) => (
              <ListItem key={linked.id} data-testid={`duplicate-${linked.id}`} disableGutters
                secondaryAction={handles && open && !linked.duplicateOf ? (
                  <Button size="small" onClick={() => { duplicate.reset(); setDialog({ duplicateOf: linked }); }}>
                    {t('riskPanel.closeAsDuplicate', { claimNumber: linked.claimNumber ?? '' })}
                  </Button>
                ) : undefined}>
                <ListItemText
                  primary={<Link component={RouterLink} to={`/backoffice/claims/${linked.id}`}>{linked.claimNumber ?? linked.id}</Link>}
                  secondary={[
                    t('riskPanel.eventOn', { date: formatDate(linked.eventDate) }),
                    linked.outcome === 'duplicate' ? t('riskPanel.closedAsDuplicate') : linked.closedAt ? t('riskPanel.closedOn', { date: formatDate(linked.closedAt) }) : null,
                  ].filter(Boolean).join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Box>

      <Box component="section" aria-labelledby="risk-siu">
        <Typography id="risk-siu" component="h3" variant="subtitle1">{t('riskPanel.siu')}</Typography>
        {openReferral ? (
          <Alert severity="warning" data-testid="siu-referral">
            {t('riskPanel.referred', { name: openReferral.referredBy.name, at: formatDateTime(openReferral.referredAt), reason: openReferral.reason })}
            {heldPayments > 0 && <> {t('riskPanel.paymentsHeld', { count: heldPayments })}</>}
          </Alert>
        ) : <Typography>{t('riskPanel.notReferred')}</Typography>}
        {investigations.filter((investigation) => investigation.closedAt).map((investigation) => (
          <Typography key={investigation.id} variant="body2" data-testid={`investigation-${investigation.id}`}>
            {t(`riskPanel.closedReferral.${investigation.outcome ?? 'cleared'}`, { at: formatDate(investigation.closedAt), name: investigation.closedBy?.name ?? '', note: investigation.note ?? '' })}
          </Typography>
        ))}
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          {handles && !referred && <Button variant="outlined" onClick={() => { refer.reset(); setDialog('refer'); }}>{t('riskPanel.refer')}</Button>}
          {role === 'siu' && referred && <Button variant="outlined" onClick={() => { closeReferral.reset(); setDialog('closeReferral'); }}>{t('riskPanel.closeReferral')}</Button>}
        </Stack>
      </Box>

      <Box component="section" aria-labelledby="risk-litigation">
        <Typography id="risk-litigation" component="h3" variant="subtitle1">{t('riskPanel.litigation')}</Typography>
        {risk.data.litigation ? (
          <Typography data-testid="litigation">
            <Chip size="small" color="warning" label={t('riskPanel.inLitigation')} sx={{ mr: 1 }} />
            {t('riskPanel.litigationSince', { at: formatDate(risk.data.litigation.since), name: risk.data.litigation.by.name, reason: risk.data.litigation.reason ?? '' })}
          </Typography>
        ) : <Typography>{t('riskPanel.noLitigation')}</Typography>}
        {handles && (
          <Box sx={{ mt: 1 }}>
            {risk.data.litigation
              ? <Button variant="outlined" onClick={() => { litigation.reset(); setDialog('litigationOff'); }}>{t('riskPanel.endLitigation')}</Button>
              : <Button variant="outlined" onClick={() => { litigation.reset(); setDialog('litigationOn'); }}>{t('riskPanel.startLitigation')}</Button>}
          </Box>
        )}
      </Box>

      <Box role="status" aria-live="polite">{done && <Alert severity="success">{done}</Alert>}</Box>

      {dialog === 'refer' && (
        <ConfirmDialog title={t('riskPanel.refer')} text={t('riskPanel.referText')} reasonLabel={t('riskPanel.reason')} danger pending={refer.isPending} error={refer.error}
          onClose={() => setDialog(null)} onConfirm={(reason) => refer.mutate({ reason }, { onSuccess: afterReferral })} />
      )}
      {dialog === 'closeReferral' && (
        <ConfirmDialog title={t('riskPanel.closeReferral')} text={t('riskPanel.closeReferralText')} reasonLabel={t('riskPanel.note')} pending={closeReferral.isPending}
          error={closeReferral.error} onClose={() => setDialog(null)}
          onConfirm={(note) => closeReferral.mutate({ outcome, note }, { onSuccess: finish(t('riskPanel.closeReferralDone')) })}>
          <TextField select label={t('riskPanel.outcome')} value={outcome} onChange={(event) => setOutcome(event.target.value as typeof outcome)} fullWidth margin="normal">
            {investigationOutcomes.map((code) => <MenuItem key={code} value={code}>{t(`riskPanel.outcomes.${code}`)}</MenuItem>)}
          </TextField>
        </ConfirmDialog>
      )}
      {dialog === 'litigationOn' && (
        <ConfirmDialog title={t('riskPanel.startLitigation')} text={t('riskPanel.startLitigationText')} reasonLabel={t('riskPanel.reason')} pending={litigation.isPending}
          error={litigation.error} onClose={() => setDialog(null)}
          onConfirm={(reason) => litigation.mutate({ inLitigation: true, reason }, { onSuccess: finish(t('riskPanel.startLitigation')) })} />
      )}
      {dialog === 'litigationOff' && (
        <ConfirmDialog title={t('riskPanel.endLitigation')} text={t('riskPanel.endLitigationText')} pending={litigation.isPending} error={litigation.error}
          onClose={() => setDialog(null)} onConfirm={() => litigation.mutate({ inLitigation: false }, { onSuccess: finish(t('riskPanel.endLitigation')) })} />
      )}
      {dialog !== null && typeof dialog === 'object' && (
        <ConfirmDialog title={t('riskPanel.closeAsDuplicate', { claimNumber: dialog.duplicateOf.claimNumber ?? '' })} text={t('riskPanel.closeAsDuplicateText')}
          reasonLabel={t('riskPanel.reason')} danger pending={duplicate.isPending} error={duplicate.error} onClose={() => setDialog(null)}
          onConfirm={(reason) => duplicate.mutate({ duplicateOf: dialog.duplicateOf.id, reason }, { onSuccess: finish(t('riskPanel.closedAsDuplicateDone')) })} />
      )}
    </Paper>
  );
}
