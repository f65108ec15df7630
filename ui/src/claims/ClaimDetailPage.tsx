import { Alert, Box, Chip, Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { api } from '../api/client';
import type { ClaimDetail } from '../api/types';
import { formatDate, formatDateTime } from '../i18n/format';
import { fieldLabel } from '../../../domain/labels';
import { currentLanguage } from '../i18n';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { MessageThread } from '../messages/MessageThread';
import { useMe } from '../session/session';
import { typeLabel } from './claim-words';

/** A claim: status, handler, decision, the documents in its file and what happened, in order. */
export function ClaimDetailPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { claimId } = useParams();
  const organisationId = useMe().data!.activeOrganisationId!;
  const { data: claim, error, isPending } = useQuery({
    queryKey: ['claim', organisationId, claimId],
    queryFn: () => api.get<ClaimDetail>(`/organisations/${organisationId}/claims/${claimId}`),
  });

  return (
    <>
      <Link component={RouterLink} to="/claims">{t('claims.back')}</Link>
      <PageHeading>{claim ? `${t('claims.detail')} ${claim.claimNumber ?? `(${t('claims.noClaimNumberYet')})`}` : t('claims.detail')}</PageHeading>
      {isPending && <Loading />}
      {error && <ErrorAlert error={error} />}
      {claim?.sealed && <Alert severity="info" sx={{ mb: 2 }} data-testid="claim-sealed">{t('claims.sealed')}</Alert>}
      {claim && (
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { md: '1fr 1fr' } }}>
          <Paper sx={{ p: 3 }}>
            <Chip label={t(`status.${claim.status}`)} color="primary" data-testid="claim-status" />
            <Typography sx={{ mt: 2 }}>{typeLabel(claim.type, language)}</Typography>
            {claim.policyNumber && <Typography>{t('claims.policyNumber')}: {claim.policyNumber}</Typography>}
            <Typography>{t('claims.submittedAt')}: {formatDate(claim.submittedAt)}</Typography>
            {claim.handler && (
              <Typography>{t('claims.handler')}: {claim.handler.name} ({claim.handler.email}{claim.handler.phone ? `, ${claim.handler.phone}` : ''})</Typography>
            )}
            {claim.decision && (
              <Typography>{t('claims.decision')}: {t(`decision.${claim.decision.decision}`)}{claim.decision.reason ? ` — ${claim.decision.reason}` : ''}</Typography>
            )}
          </Paper>
          <Paper sx={{ p: 3 }}>
            <Typography component="h2" variant="h6">{t('claims.documents')}</Typography>
            <List dense>
              {claim.documents.map((document) => (
                <ListItem key={document.url}>
                  <ListItemText primary={<Link href={document.url} target="_blank" rel="noopener">{document.fileName}</Link>} secondary={t(`documentKind.${document.kind}`, { defaultValue: fieldLabel(document.kind, language) })} />
                </ListItem>
              ))}
            </List>
          </Paper>
          <Paper sx={{ p: 3, gridColumn: { md: '1 / -1' } }}>
            <Typography component="h2" variant="h6">{t('claims.history')}</Typography>
            <List dense component="ol">
              {claim.history.map((entry, index) => (
                <ListItem key={index}>
                  <ListItemText primary={t(`action.${entry.action}`, { defaultValue: entry.action })} secondary={entry.by.name ? `${formatDateTime(entry.at)} — ${entry.by.name}` : formatDateTime(entry.at)} />
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
