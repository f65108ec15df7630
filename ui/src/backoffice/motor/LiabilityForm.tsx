import { Box, Button, Checkbox, FormControlLabel, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aggravatingCircumstances, liabilityKinds, type LiabilityOrder, useMotorFaultAction } from '../../api/motor-fault';
import { ErrorAlert } from '../../layout/feedback';

type Kind = (typeof liabilityKinds)[number];
type Aggravating = (typeof aggravatingCircumstances)[number] | '';

/**
 * The liability established on the accident, recorded once: the claim works out what it decides. A BOB driver is
 * ticked as one fact: a designated driver with a licence, not living with the policyholder, who drove them home.
 */
export function LiabilityForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const record = useMotorFaultAction(claimId, 'liability');
  const [kind, setKind] = useState<Kind>('at_fault');
  const [share, setShare] = useState('50');
  const [driverInjured, setDriverInjured] = useState(false);
  const [bob, setBob] = useState(false);
  const [passengers, setPassengers] = useState('0');
  const [aggravating, setAggravating] = useState<Aggravating>('');

  const submit = () => {
    const order: LiabilityOrder = {
      kind, driverInjured, injuredPassengers: Number(passengers), aggravating: aggravating || null,
      bob: bob ? { validLicence: true, livesWithPolicyholder: false, policyholderOrHouseholdAboard: true } : null,
      ...(kind === 'shared' ? { ownSharePercent: Number(share) } : {}),
    };
    record.mutate(order);
  };

  return (
    <Box component="form" aria-label={t('motorFile.liability.record')} onSubmit={(event) => { event.preventDefault(); submit(); }}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mt: 1 }}>
      <TextField select size="small" label={t('motorFile.liability.kind')} value={kind} onChange={(event) => setKind(event.target.value as Kind)}
        sx={{ minWidth: 180 }} slotProps={{ select: { inputProps: { 'data-testid': 'liability-kind' } } }}>
        {liabilityKinds.map((option) => <MenuItem key={option} value={option}>{t(`motorFile.liabilityKind.${option}`)}</MenuItem>)}
      </TextField>
      {kind === 'shared' && (
        <TextField size="small" type="number" label={t('motorFile.liability.ownShare')} value={share} onChange={(event) => setShare(event.target.value)}
          slotProps={{ htmlInput: { min: 1, max: 99 } }} sx={{ width: 160 }} />
      )}
      <TextField size="small" type="number" label={t('motorFile.liability.injuredPassengers')} value={passengers}
        onChange={(event) => setPassengers(event.target.value)} slotProps={{ htmlInput: { min: 0, max: 60 } }} sx={{ width: 170 }} />
      <TextField select size="small" label={t('motorFile.liability.aggravating')} value={aggravating}
        onChange={(event) => setAggravating(event.target.value as Aggravating)} sx={{ minWidth: 200 }}>
        <MenuItem value="">{t('motorFile.liability.noAggravating')}</MenuItem>
        {aggravatingCircumstances.map((option) => <MenuItem key={option} value={option}>{t(`motorFile.aggravating.${option}`)}</MenuItem>)}
      </TextField>
      <FormControlLabel control={<Checkbox checked={driverInjured} onChange={(event) => setDriverInjured(event.target.checked)} />} label={t('motorFile.liability.driverInjured')} />
      <FormControlLabel control={<Checkbox checked={bob} onChange={(event) => setBob(event.target.checked)} />} label={t('motorFile.liability.bob')} />
      <Button type="submit" variant="contained" disabled={record.isPending}>{t('motorFile.liability.record')}</Button>
      {record.error && <Box sx={{ flexBasis: '100%' }}><ErrorAlert error={record.error} /></Box>}
    </Box>
  );
}
