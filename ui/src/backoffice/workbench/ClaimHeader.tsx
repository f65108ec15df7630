import { Box, Chip, Paper } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimFile } from '../../api/claims';
import { typeLabel } from '../../claims/claim-words';
import { currentLanguage } from '../../i18n';
import { formatDate, formatEuros } from '../../i18n/format';

/** One fact of the header: its label above, its value below, found by tests as `header-<name>`. */
function Fact({ name, label, children }: { name: string; label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Box component="dt" sx={{ color: 'text.secondary', fontSize: '0.8125rem' }}>{label}</Box>
      <Box component="dd" sx={{ m: 0, fontWeight: 500, overflowWrap: 'anywhere' }} data-testid={`header-${name}`}>{children}</Box>
    </Box>
  );
}

/**
 * What a handler scans first on a claim: who, which policy, what and when, where it stands, who holds it, how long it
 * has been open, the next deadline, the net incurred; then the flags that ask for attention.
 */
export function ClaimHeader({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const claim = file.claim;
  const none = t('workbench.header.none');
  const netIncurred = claim?.money?.overall.netIncurredCents;
  return (
    <Paper component="section" aria-label={t('workbench.header.label')} sx={{ p: 2, mb: 2 }} data-testid="claim-header">
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(10.5rem, 1fr))', gap: 1.5, m: 0 }}>
        <Fact name="claimNumber" label={t('workbench.header.claimNumber')}>{file.claimNumber ?? none}</Fact>
        <Fact name="customer" label={t('backoffice.file.customer')}>{file.organisation.name}</Fact>
        <Fact name="policy" label={t('workbench.header.policy')}>{file.policyNumber ?? none}</Fact>
        <Fact name="type" label={t('workbench.header.type')}>{typeLabel(file.type, currentLanguage())}</Fact>
        <Fact name="eventDate" label={t('workbench.header.eventDate')}>{file.eventDate ? formatDate(file.eventDate) : none}</Fact>
        <Fact name="status" label={t('workbench.header.status')}>
          <Chip size="small" label={t(`status.${file.status}`)} color="primary" data-testid="claim-status" />
        </Fact>
        <Fact name="handler" label={t('backoffice.file.handler')}>{file.handler?.name ?? none}</Fact>
        <Fact name="daysOpen" label={t('workbench.header.daysOpen')}>{file.daysOpen === null ? none : t('workbench.header.days', { count: file.daysOpen })}</Fact>
        <Fact name="nextDeadline" label={t('workbench.header.nextDeadline')}>
          {file.nextDeadline
            ? `${t(`backoffice.deadlineCode.${file.nextDeadline.code}`, { defaultValue: file.nextDeadline.code })} — ${formatDate(file.nextDeadline.dueOn)}`
            : none}
        </Fact>
        <Fact name="netIncurred" label={t('workbench.header.netIncurred')}>{netIncurred === undefined ? none : formatEuros(netIncurred)}</Fact>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1.5 }} data-testid="claim-flags">
        {claim?.closedAt && (
          <Chip size="small" data-testid="claim-closed" label={claim.outcome
            ? t('backoffice.closing.closedAs', { date: formatDate(claim.closedAt), outcome: t(`claim.outcome.${claim.outcome}`) })
            : t('backoffice.file.closed', { date: formatDate(claim.closedAt) })} />
        )}
        {/* An unverified cover is one of the flags below. */}
        {claim?.coverage && claim.coverage.status !== 'unverified' && (
          <Chip size="small" variant="outlined" data-testid="claim-coverage-status"
            label={t('backoffice.coverage.chip', { status: t(`claim.coverageStatus.${claim.coverage.status}`) })} />
        )}
        {file.flags.map((flag) => (
          <Chip key={flag.code} size="small" variant="outlined" color="error" data-testid={`claim-flag-${flag.code}`} label={t(`workbench.flag.${flag.code}`, flag.params)} />
        ))}
      </Box>
    </Paper>
  );
}
