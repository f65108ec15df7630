import { Box, Chip, Link, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { typeLabel } from '../claims/claim-words';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { ClaimCoverage } from './ClaimCoverage';
import { ClaimDeadlines, ClaimDocuments, ClaimHistoryAndMessages } from './ClaimFileRecords';
import { ClaimFileSummary } from './ClaimFileSummary';
import { HandlingActions } from './HandlingActions';
import { MoneyPanel } from './MoneyPanel';
import { NotesPanel } from './NotesPanel';
import { PaymentSchedulesPanel } from './PaymentSchedulesPanel';
import { RecoveriesPanel } from './RecoveriesPanel';
import { useClaimFile } from '../api/claims';

/**
 * The claim file as the handler works it: status, cover and actions on top, with the recoveries; then money (and benefit
 * schedules), the declaration, documents, deadlines, history.
 */
export function ClaimFilePage() {
  const { t } = useTranslation();
  const { claimId } = useParams();
  const { data: file, error, isPending } = useClaimFile(claimId!);
  const claim = file?.claim;
  const title = file?.claimNumber ? `${t('backoffice.file.title')} ${file.claimNumber}` : t('backoffice.file.title');

  return (
    <>
      <Link component={RouterLink} to="/backoffice/claims">{t('backoffice.file.back')}</Link>
      <PageHeading>{title}</PageHeading>
      {isPending && <Loading />}
      {error && <ErrorAlert error={error} />}
      {file && (
        <>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
            <Chip label={t(`status.${file.status}`)} color="primary" data-testid="claim-status" />
            <Typography>{typeLabel(file.type, currentLanguage())}</Typography>
            {claim?.closedAt && (
              <Chip data-testid="claim-closed" label={claim.outcome
                ? t('backoffice.closing.closedAs', { date: formatDate(claim.closedAt), outcome: t(`claim.outcome.${claim.outcome}`) })
                : t('backoffice.file.closed', { date: formatDate(claim.closedAt) })} />
            )}
            {claim?.coverage && (
              <Chip variant="outlined" color={claim.coverage.status === 'unverified' ? 'error' : 'default'} data-testid="claim-coverage-status"
                label={t('backoffice.coverage.chip', { status: t(`claim.coverageStatus.${claim.coverage.status}`) })} />
            )}
          </Box>
          {claim?.coverage && <ClaimCoverage file={file} coverage={claim.coverage} />}
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { lg: '1fr 1fr' } }}>
            <HandlingActions file={file} />
            {claim ? <RecoveriesPanel claimId={file.id} closed={Boolean(claim.closedAt)} /> : <div />}
            {claim && <MoneyPanel claimId={file.id} closed={Boolean(claim.closedAt)} />}
            {claim && <PaymentSchedulesPanel file={file} />}
            <ClaimFileSummary file={file} />
            <ClaimDocuments file={file} />
            <ClaimDeadlines file={file} />
            <ClaimHistoryAndMessages file={file} />
            {claim && <NotesPanel claimId={file.id} />}
          </Box>
        </>
      )}
    </>
  );
}
