import { Alert, Box, Chip, Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../i18n/format';
import { fieldLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { MessageThread } from '../messages/MessageThread';
import { useMe } from '../api/session';
import { typeLabel } from './claim-words';
import { useClaim } from '../api/claims';
import { ClaimPaymentsPanel } from './ClaimPaymentsPanel';
import { ClaimProgress } from './ClaimProgress';
import { WaitingForPanel } from './WaitingForPanel';
import { AgreementPanel } from './AgreementPanel';

/**
 * A claim: how far it got, what the insurer waits for from the customer (with the upload), the payments made on it,
 * its status, handler, decision, the documents and letters in its file and what happened, in order.
 */
export function ClaimDetailPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const claimId = useParams().claimId!;
  const organisationId = useMe().data!.activeOrganisationId!;
  const { data: claim, error, isPending } = useClaim(organisationId, claimId);

  return (
    <>
      <Link component={RouterLink} to="/claims">{t('myClaims.back')}</Link>
      <PageHeading>{claim ? `${t('myClaims.detail')} ${claim.claimNumber ?? `(${t('myClaims.noClaimNumberYet')})`}` : t('myClaims.detail')}</PageHeading>
      {isPending && <Loading />}
      {error && <ErrorAlert error={error} />}
      {claim?.sealed && <Alert severity="info" sx={{ mb: 2 }} data-testid="claim-sealed">{t('myClaims.sealed')}</Alert>}
      {claim && (
        // minmax(0, 1fr): a long file name wraps instead of widening the page on a phone.
        <Box sx={{ display: 'grid', gap: { xs: 2, md: 3 }, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}>
          <Box sx={{ gridColumn: { md: '1 / -1' } }}><ClaimProgress progress={claim.progress} /></Box>
          {!claim.sealed && <WaitingForPanel items={claim.waitingFor} organisationId={organisationId} claimId={claim.id} mayAdd={claim.mayAddDocuments} />}
          {!claim.sealed && <ClaimPaymentsPanel payments={claim.payments} />}
          {!claim.sealed && claim.type === 'workplace_accident' && <AgreementPanel organisationId={organisationId} claimId={claim.id} />}
          <Paper sx={{ p: { xs: 2, md: 3 } }}>
            <Chip label={t(`status.${claim.status}`)} color="primary" data-testid="claim-status" />
            <Typography sx={{ mt: 2 }}>{typeLabel(claim.type, language)}</Typography>
            {claim.policyNumber && <Typography>{t('myClaims.policyNumber')}: {claim.policyNumber}</Typography>}
            <Typography>{t('myClaims.submittedAt')}: {formatDate(claim.submittedAt)}</Typography>
            {claim.handler && (
              <Typography>{t('myClaims.handler')}: {claim.handler.name} ({claim.handler.email}{claim.handler.phone ? `, ${claim.handler.phone}` : ''})</Typography>
            )}
            {claim.decision && (
              <Typography>{t('myClaims.decision')}: {t(`decision.${claim.decision.decision}`)}{claim.decision.reason ? ` — ${claim.decision.reason}` : ''}</Typography>
            )}
          </Paper>
          <Paper sx={{ p: { xs: 2, md: 3 }, overflowWrap: 'anywhere' }}>
            <Typography component="h2" variant="h6">{t('myClaims.documents')}</Typography>
            <List dense>
              {claim.documents.map((document) => (
                <ListItem key={document.url}>
                  <ListItemText primary={<Link href={document.url} target="_blank" rel="noopener">{document.fileName}</Link>} secondary={t(`documentKind.${document.kind}`, { defaultValue: fieldLabel(document.kind, language) })} />
                </ListItem>
              ))}
            </List>
          </Paper>
          <Paper sx={{ p: { xs: 2, md: 3 }, gridColumn: { md: '1 / -1' } }}>
            <Typography component="h2" variant="h6">{t('myClaims.history')}</Typography>
            <List dense component="ol">
              {claim.history.map((entry, index) => (
                <ListItem key={index}>
                  <ListItemText primary={t(`historyAction.${entry.action}`, { defaultValue: entry.action })} secondary={entry.by.name ? `${formatDateTime(entry.at)} — ${entry.by.name}` : formatDateTime(entry.at)} />
                </ListItem>
              ))}
            </List>
          </Paper>
          <Box sx={{ gridColumn: { md: '1 / -1' } }}>
            <MessageThread path={`/organisations/${organisationId}/claims/${claim.id}/messages`} />
          </Box>
        </Box>
      )}
    </>
  );
}
