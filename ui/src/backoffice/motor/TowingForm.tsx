import { Box, Button, Checkbox, FormControlLabel, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMotorFaultAction } from '../../api/motor-fault';
import { ErrorAlert } from '../../layout/feedback';

/** Order towing of the immobilised car and the transport of its unharmed occupants home, with its cost in euro. */
export function TowingForm({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const order = useMotorFaultAction(claimId, 'towing');
  const [country, setCountry] = useState('BE');
  const [immobilised, setImmobilised] = useState(true);
  const [towedTo, setTowedTo] = useState('');
  const [occupants, setOccupants] = useState('0');
  const [provider, setProvider] = useState('');
  const [cost, setCost] = useState('');

  const submit = () => order.mutate({
    country: country.trim().toUpperCase(), immobilised, towedTo, unharmedOccupants: Number(occupants), provider,
    costCents: Math.round(Number(cost.replace(',', '.')) * 100),
  });

  return (
    <Box component="form" aria-label={t('motorFile.towing.order')} onSubmit={(event) => { event.preventDefault(); submit(); }}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mt: 1 }}>
      <TextField size="small" label={t('motorFile.towing.country')} value={country} onChange={(event) => setCountry(event.target.value)} sx={{ width: 110 }} />
      <TextField size="small" label={t('motorFile.towing.towedTo')} value={towedTo} onChange={(event) => setTowedTo(event.target.value)} />
      <TextField size="small" type="number" label={t('motorFile.towing.occupants')} value={occupants} onChange={(event) => setOccupants(event.target.value)}
        slotProps={{ htmlInput: { min: 0, max: 60 } }} sx={{ width: 170 }} />
      <TextField size="small" label={t('motorFile.towing.provider')} value={provider} onChange={(event) => setProvider(event.target.value)} />
      <TextField size="small" label={t('motorFile.towing.cost')} value={cost} onChange={(event) => setCost(event.target.value)} sx={{ width: 130 }} />
      <FormControlLabel control={<Checkbox checked={immobilised} onChange={(event) => setImmobilised(event.target.checked)} />} label={t('motorFile.towing.immobilised')} />
      <Button type="submit" variant="outlined" disabled={order.isPending}>{t('motorFile.towing.order')}</Button>
      {order.error && <Box sx={{ flexBasis: '100%' }}><ErrorAlert error={order.error} /></Box>}
    </Box>
  );
}
