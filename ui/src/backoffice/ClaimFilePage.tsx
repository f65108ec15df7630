import { Box, Chip, Link, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { typeLabel } from '../claims/claim-words';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { ClaimDeadlines, ClaimDocuments, ClaimHistoryAndMessages } from './ClaimFileRecords';
import { ClaimFileSummary } from './ClaimFileSummary';
import { HandlingActions } from './HandlingActions';
import { MoneyPanel } from './MoneyPanel';
import { PaymentSchedulesPanel } from './PaymentSchedulesPanel';
import { useClaimFile } from '../api/claims';

/** The claim file as the handler works it: status and actions on top, then money (and benefit schedules), the declaration, documents, deadlines, history. */
export function ClaimFilePage() {
  const { t } = useTranslation();
  const { claimId } = useParams();
  const { data: file, error, isPending } = useClaimFile(claimId!);
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
            {file.claim?.closedAt && <Chip label={t('backoffice.file.closed', { date: formatDate(file.claim.closedAt) })} />}
          </Box>
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { lg: '1fr 1fr' } }}>
            <HandlingActions file={file} />
            {file.claim ? <MoneyPanel claimId={file.id} /> : <div />}
            {file.claim && <PaymentSchedulesPanel file={file} />}
            <ClaimFileSummary file={file} />
            <ClaimDocuments file={file} />
            <ClaimDeadlines file={file} />
            <ClaimHistoryAndMessages file={file} />
          </Box>
        </>
      )}
    </>
  );
}
