import { Alert, Box, Button, Link, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { queryString } from '../api/client';
import { currentLanguage } from '../i18n';
import { ErrorAlert } from '../layout/feedback';
import { type Declaration, declarationActions } from '../api/declarations';

/** The customer may withdraw until handling starts, and reopen a submitted or withdrawn declaration until then. */
const mayWithdraw = (status: string) => status === 'submitted';
const mayReopen = (status: string) => status === 'submitted' || status === 'withdrawn';

/** Step 6: what happened to the declaration, the claim number once the claim is open, the PDF summary. */
export function ConfirmationStep({ declaration, base, onChange }: { declaration: Declaration; base: string; onChange: (next: Declaration) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const act = async (action: 'withdraw' | 'reopen') => {
    setBusy(true);
    setError(null);
    try {
      onChange(await declarationActions(base).act(action));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 2, justifyItems: 'start' }}>
      {declaration.status === 'withdrawn' ? <Alert severity="info">{t('wizard.withdrawn')}</Alert> : <Alert severity="success">{t('wizard.submitted')}</Alert>}
      <Typography>{t('wizard.status', { status: t(`status.${declaration.status}`) })}</Typography>
      {declaration.claimNumber && (
        <Typography data-testid="claim-number">{t('wizard.claimOpened', { claimNumber: declaration.claimNumber })}</Typography>
      )}
      {declaration.handler && <Typography>{t('wizard.handler', { name: declaration.handler.name, email: declaration.handler.email })}</Typography>}
      <Link href={`/api${base}/summary.pdf${queryString({ language: currentLanguage() })}`} target="_blank" rel="noopener">{t('wizard.summaryPdf')}</Link>
      {declaration.submittedAt && declaration.status !== 'withdrawn' && (
        <Link component={RouterLink} to={`/claims/${declaration.id}`}>{t('wizard.openClaim')}</Link>
      )}
      {error ? <ErrorAlert error={error} /> : null}
      <Box sx={{ display: 'flex', gap: 2 }}>
        {mayWithdraw(declaration.status) && <Button variant="outlined" color="error" disabled={busy} onClick={() => void act('withdraw')}>{t('wizard.withdraw')}</Button>}
        {mayReopen(declaration.status) && <Button variant="outlined" disabled={busy} onClick={() => void act('reopen')}>{t('wizard.reopen')}</Button>}
      </Box>
    </Box>
  );
}
