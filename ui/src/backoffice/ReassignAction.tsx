import { Alert, Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../layout/feedback';
import { ConfirmDialog } from './ConfirmDialog';
import { claimActions, type ClaimFile, useClaimAction, useHandlers } from '../api/claims';

/** A senior handler hands an open claim to another handler; the list shows each one's open claims, to spread the work. */
export function ReassignAction({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const [handlerId, setHandlerId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const staff = useHandlers();
  const assign = useClaimAction(file.id, claimActions(file.id).assign);
  const candidates = staff.data?.filter((member) => member.id !== file.claim?.handlerId) ?? [];
  const chosen = candidates.find((member) => member.id === handlerId);

  return (
    <Box component="section" aria-labelledby="reassign-heading" sx={{ mt: 3 }}>
      <Typography id="reassign-heading" component="h3" variant="subtitle1">{t('backoffice.reassign.title')}</Typography>
      {staff.error && <ErrorAlert error={staff.error} />}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'center' }}>
        <TextField select size="small" label={t('backoffice.reassign.to')} value={handlerId} onChange={(event) => setHandlerId(event.target.value)} sx={{ minWidth: 280 }}>
          {candidates.map((member) => (
            <MenuItem key={member.id} value={member.id}>{member.name} — {t('backoffice.reassign.openClaims', { count: member.openClaims })}</MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" disabled={!chosen} onClick={() => { setDone(null); assign.reset(); setConfirming(true); }}>{t('backoffice.reassign.action')}</Button>
      </Box>
      <Box role="status" aria-live="polite">{done && <Alert severity="success" sx={{ mt: 2 }}>{done}</Alert>}</Box>
      {confirming && chosen && (
        <ConfirmDialog title={t('backoffice.reassign.confirmTitle', { name: chosen.name })} text={t('backoffice.reassign.confirmText')}
          confirmLabel={t('backoffice.reassign.action')} pending={assign.isPending} error={assign.error} onClose={() => setConfirming(false)}
          onConfirm={() => assign.mutate(chosen.id, {
            onSuccess: () => { setConfirming(false); setHandlerId(''); setDone(t('backoffice.reassign.done', { name: chosen.name })); void staff.refetch(); },
          })} />
      )}
    </Box>
  );
}
