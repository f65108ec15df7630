import { Alert, AlertTitle, Button, List, ListItem, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { claimActions, type ClaimFile, useClaimAction } from '../api/claims';
import { useMe } from '../api/session';
import { formatDate } from '../i18n/format';
import { ConfirmDialog } from './ConfirmDialog';

type Coverage = NonNullable<NonNullable<ClaimFile['claim']>['coverage']>;

/**
 * The claim's cover as checked at opening. Unverified, it is a warning with the findings (no payment leaves until
 * a senior handler confirms the cover, with a reason); confirmed by hand, it says by whom and why.
 */
export function ClaimCoverage({ file, coverage }: { file: ClaimFile; coverage: Coverage }) {
  const { t } = useTranslation();
  const me = useMe().data!;
  const [confirming, setConfirming] = useState(false);
  const confirm = useClaimAction(file.id, claimActions(file.id).confirmCover);
  if (coverage.status === 'verified') return null;
  if (coverage.status === 'confirmed') {
    return coverage.confirmed && (
      <Alert severity="info" sx={{ mb: 2 }} data-testid="claim-coverage">
        {t('backoffice.coverage.confirmed', { name: coverage.confirmed.by.name, date: formatDate(coverage.confirmed.at), reason: coverage.confirmed.reason })}
      </Alert>
    );
  }
  return (
    <>
      <Alert severity="warning" sx={{ mb: 2 }} data-testid="claim-coverage"
        action={me.user.role === 'senior_handler' && !file.claim?.closedAt
          ? <Button color="inherit" variant="outlined" size="small" onClick={() => { confirm.reset(); setConfirming(true); }}>{t('backoffice.coverage.confirm')}</Button>
          : undefined}>
        <AlertTitle>{t('backoffice.coverage.unverified')}</AlertTitle>
        <List dense disablePadding>
          {coverage.findings.map((finding, index) => <ListItem key={index} disableGutters>{finding.text}</ListItem>)}
        </List>
        <Typography variant="body2">{t('backoffice.coverage.noPayment')}</Typography>
      </Alert>
      {confirming && (
        <ConfirmDialog title={t('backoffice.coverage.confirmTitle')} text={t('backoffice.coverage.confirmText')} confirmLabel={t('backoffice.coverage.confirm')}
          reasonLabel={t('backoffice.actions.reason')} pending={confirm.isPending} error={confirm.error} onClose={() => setConfirming(false)}
          onConfirm={(reason) => confirm.mutate({ reason }, { onSuccess: () => setConfirming(false) })} />
      )}
    </>
  );
}
