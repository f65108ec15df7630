import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Link, List, ListItem, ListItemText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { queryString } from '../api/client';
import { currentLanguage } from '../i18n';
import { ErrorAlert, Loading } from '../layout/feedback';
import { type Policy, usePolicyDocuments } from '../api/policies';
import { PolicyJokerSection } from './JokerStatus';

/** The policy's documents (polisdocumenten), each a PDF in the portal's language. */
export function PolicyDocumentsDialog({ organisationId, policy, onClose }: { organisationId: string; policy: Policy; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { data: documents, error, isPending } = usePolicyDocuments(organisationId, policy.id);

  return (
    <Dialog open onClose={onClose} aria-labelledby="policy-documents-title" fullWidth maxWidth="sm">
      <DialogTitle id="policy-documents-title">{t('myPolicies.documentsOf', { policyNumber: policy.policyNumber })}</DialogTitle>
      <DialogContent>
        {isPending && <Loading />}
        {error && <ErrorAlert error={error} />}
        {policy.productLine === 'motor' && <PolicyJokerSection organisationId={organisationId} policyId={policy.id} />}
        {documents?.length === 0 && t('myPolicies.noDocuments')}
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
