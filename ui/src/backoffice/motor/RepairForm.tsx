import { Box, Button, Checkbox, FormControlLabel, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMotorFaultAction } from '../../api/motor-fault';
import { ErrorAlert } from '../../layout/feedback';

/** The repair: where, whether the garage is approved, how many days; recorded again when it changes. */
export function RepairForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const record = useMotorFaultAction(claimId, 'repair');
  const [garageName, setGarageName] = useState('');
  const [approvedGarage, setApprovedGarage] = useState(true);
  const [days, setDays] = useState('');

  return (
    <Box component="form" aria-label={t('motorFile.repair.record')}
      onSubmit={(event) => { event.preventDefault(); record.mutate({ garageName, approvedGarage, repairDays: Number(days) }); }}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mt: 1 }}>
      <TextField size="small" label={t('motorFile.repair.garage')} value={garageName} onChange={(event) => setGarageName(event.target.value)} />
      <TextField size="small" type="number" label={t('motorFile.repair.days')} value={days} onChange={(event) => setDays(event.target.value)}
        slotProps={{ htmlInput: { min: 1, max: 365 } }} sx={{ width: 150 }} />
      <FormControlLabel control={<Checkbox checked={approvedGarage} onChange={(event) => setApprovedGarage(event.target.checked)} />} label={t('motorFile.repair.approved')} />
      <Button type="submit" variant="outlined" disabled={record.isPending}>{t('motorFile.repair.record')}</Button>
      {record.error && <Box sx={{ flexBasis: '100%' }}><ErrorAlert error={record.error} /></Box>}
    </Box>
  );
}
