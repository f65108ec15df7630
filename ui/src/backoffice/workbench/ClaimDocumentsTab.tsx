import { Box, Button, LinearProgress, Link, List, ListItem, ListItemText, MenuItem, Paper, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { claimAttachmentUrl, claimDocumentKinds, uploadClaimDocuments } from '../../api/claim-documents';
import { claimKeys, type ClaimFile } from '../../api/claims';
import { currentLanguage } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { fieldLabel } from '../../i18n/labels';
import { ErrorAlert } from '../../layout/feedback';

const size = (bytes: number) => `${Math.ceil(bytes / 1024)} kB`;
/** A link that opens the file in a new tab of the browser (PDF viewer, image). */
const Opens = ({ href, children }: { href: string; children: string }) => <Link href={href} target="_blank" rel="noopener">{children}</Link>;

/** The handler adds their own documents (an expert's report, a quote received by post), each with its kind. */
function UploadForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<string>('expert_report');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  // The files are taken at once: the input is emptied right after, for the next choice.
  const send = async (chosen: FileList | null) => {
    const files = Array.from(chosen ?? []);
    if (!files.length) return;
    const form = new FormData();
    form.append('kind', kind);
    for (const file of files) form.append('files', file);
    setError(null);
    setDone(null);
    setProgress(0);
    try {
      await uploadClaimDocuments(claimId, form, setProgress);
      setDone(t('workbench.documents.uploaded', { count: files.length }));
      await queryClient.invalidateQueries({ queryKey: claimKeys.file(claimId) });
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 1, mb: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField select size="small" label={t('workbench.documents.kind')} value={kind} onChange={(event) => setKind(event.target.value)} sx={{ minWidth: 240 }}>
          {claimDocumentKinds.map((option) => <MenuItem key={option} value={option}>{t(`workbench.documentKind.${option}`)}</MenuItem>)}
        </TextField>
        <Button variant="outlined" component="label" disabled={progress !== null}>
          {t('workbench.documents.upload')}
          <input hidden type="file" multiple accept="application/pdf,image/jpeg,image/png,image/heic" data-testid="claim-document-input"
            onChange={(event) => { void send(event.target.files); event.target.value = ''; }} />
        </Button>
      </Box>
      {progress !== null && (
        <Box role="status" aria-live="polite">
          <Typography variant="body2">{t('wizard.uploading', { percent: Math.round(progress * 100) })}</Typography>
          <LinearProgress variant="determinate" value={progress * 100} aria-label={t('workbench.documents.upload')} />
        </Box>
      )}
      {done && <Typography role="status">{done}</Typography>}
      {error ? <ErrorAlert error={error} /> : null}
    </Box>
  );
}

/** One document as a section lists it: its name opens it in the browser; what it is under it. */
interface ListedDocument { id: string; href: string; fileName: string; about: string; testId?: string }

/** A titled section of documents, with what comes before the list (the upload form). */
function DocumentSection({ id, title, documents, children }: { id: string; title: string; documents: ListedDocument[]; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} component="h2" variant="h6">{title}</Typography>
      {children}
      {documents.length === 0 ? <Typography color="text.secondary">{t('workbench.documents.none')}</Typography> : (
        <List dense aria-labelledby={id}>
          {documents.map((document) => (
            <ListItem key={document.id} disableGutters data-testid={document.testId}>
              <ListItemText primary={<Opens href={document.href}>{document.fileName}</Opens>} secondary={document.about} />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}

/** The claim's documents: the customer's attachments, the handler's own and the letters; each opens in the browser. */
export function ClaimDocumentsTab({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <DocumentSection id="customer-documents" title={t('backoffice.file.attachments')} documents={file.attachments.map((attachment) => ({
        id: attachment.id, href: claimAttachmentUrl(file.id, attachment.id), fileName: attachment.fileName,
        about: `${fieldLabel(attachment.kind, language)} — ${size(attachment.sizeBytes)}`,
      }))} />
      <DocumentSection id="handler-documents" title={t('workbench.documents.handler')} documents={file.uploads.map((document) => ({
        id: document.id, href: document.url, fileName: document.fileName, testId: `claim-document-${document.id}`,
        about: `${t(`workbench.documentKind.${document.kind}`)} — ${size(document.sizeBytes)} — ${document.uploadedBy.name}, ${formatDateTime(document.uploadedAt)}`,
      }))}>
        {file.claim && <UploadForm claimId={file.id} />}
      </DocumentSection>
      <DocumentSection id="claim-letters" title={t('backoffice.file.letters')} documents={file.letters.map((letter) => ({
        id: letter.id, href: letter.url, fileName: letter.fileName,
        about: `${t(`documentKind.${letter.kind}`, { defaultValue: letter.kind })}${letter.recipient ? ` — ${fieldLabel(letter.recipient, language)}` : ''} — ${formatDate(letter.createdAt)}`,
      }))} />
    </Box>
  );
}
