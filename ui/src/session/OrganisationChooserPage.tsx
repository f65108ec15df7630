import { Box, Button, Checkbox, FormControlLabel, Paper, Radio, RadioGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorAlert, Loading } from '../layout/feedback';
import { useMe, useSwitchOrganisation } from '../api/session';

/** After login, when the customer has several organisations and no default profile: for whom to act. */
export function OrganisationChooserPage() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const choose = useSwitchOrganisation();
  const [chosen, setChosen] = useState<string | null>(null);
  const [asDefault, setAsDefault] = useState(false);

  if (isPending) return <Loading />;
  if (!me) return <Navigate to="/login" replace />;
  const submit = () => chosen && choose.mutate({ organisationId: chosen, asDefault }, { onSuccess: () => navigate(from, { replace: true }) });

  return (
    <Box component="main" sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', bgcolor: 'grey.100' }}>
      <Paper sx={{ p: 4, width: 'min(520px, 92vw)' }}>
        <Typography component="h1" variant="h5">{t('organisation.choose')}</Typography>
        <Typography id="organisation-hint" sx={{ mt: 1 }}>{t('organisation.chooseHint')}</Typography>
        <RadioGroup aria-labelledby="organisation-hint" value={chosen ?? ''} onChange={(event) => setChosen(event.target.value)} sx={{ my: 2 }}>
          {me.organisations.map((organisation) => (
            <FormControlLabel
              key={organisation.id} value={organisation.id} control={<Radio />}
              label={`${organisation.name} — ${t(`organisation.access.${organisation.accessLevel}`)}`}
            />
          ))}
        </RadioGroup>
        <FormControlLabel control={<Checkbox checked={asDefault} onChange={(event) => setAsDefault(event.target.checked)} />} label={t('organisation.rememberAsDefault')} />
        {choose.error && <ErrorAlert error={choose.error} />}
        <Button variant="contained" fullWidth sx={{ mt: 2 }} disabled={!chosen || choose.isPending} onClick={submit}>{t('organisation.continue')}</Button>
      </Paper>
    </Box>
  );
}
