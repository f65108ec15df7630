import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Link, List, ListItem, ListItemText } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../api/client';
import type { Policy, PolicyDocument } from '../api/types';
import { currentLanguage } from '../i18n';
import { ErrorAlert, Loading } from '../layout/feedback';

/** The policy's documents (polisdocumenten), each a PDF in the portal's language. */
export function PolicyDocumentsDialog({ organisationId, policy, onClose }: { organisationId: string; policy: Policy; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { data: documents, error, isPending } = useQuery({
    queryKey: ['policy-documents', organisationId, policy.id],
    queryFn: () => api.get<PolicyDocument[]>(`/organisations/${organisationId}/policies/${policy.id}/documents`),
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby="policy-documents-title" fullWidth maxWidth="sm">
      <DialogTitle id="policy-documents-title">{t('policies.documentsOf', { policyNumber: policy.policyNumber })}</DialogTitle>
      <DialogContent>
        {isPending && <Loading />}
        {error && <ErrorAlert error={error} />}
        {documents?.length === 0 && t('policies.noDocuments')}
        <List dense>
          {documents?.map((document) => (
            <ListItem key={document.id}>
              <ListItemText primary={<Link href={`${document.url}${queryString({ language })}`} target="_blank" rel="noopener">{document.title[language] ?? document.title.nl}</Link>} />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions><Button onClick={onClose}>OK</Button></DialogActions>
    </Dialog>
  );
}
