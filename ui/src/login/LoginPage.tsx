import { Box, Button, Paper, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LoginHelp } from '../help/LoginHelp';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { ErrorAlert } from '../layout/feedback';
import { useLogin, useMe } from '../api/session';
import { fieldProps, useSchemaForm } from '../api/forms';
import { credentials } from '../../../contract/session';


export function LoginPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const login = useLogin();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const form = useSchemaForm(credentials, { mode: 'onSubmit', defaultValues: { email: '', password: '' } });

  if (me) return <Navigate to={from} replace />;
  return (
    <Box component="main" sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', bgcolor: 'grey.100' }}>
      <Paper sx={{ p: 4, width: 'min(420px, 92vw)' }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
          <Typography component="h1" variant="h5">{t('login.title')}</Typography>
          <LanguageSwitch />
        </Box>
        {/* A full page navigation: the API sends the browser on to the eID provider and back. */}
        <Button variant="contained" color="secondary" fullWidth href="/api/auth/eid/start">{t('eidLogin.button')}</Button>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2, textAlign: 'center' }}>{t('eidLogin.or')}</Typography>
        <form noValidate onSubmit={form.handleSubmit((values) => login.mutate(values))}>
          <TextField
            {...fieldProps(form, 'email')} label={t('login.email')} type="email" autoComplete="username" required fullWidth margin="normal" autoFocus
          />
          <TextField
            {...fieldProps(form, 'password')} label={t('login.password')} type="password" autoComplete="current-password" required fullWidth margin="normal"
          />
          {login.error && <ErrorAlert error={login.error} />}
          <Button type="submit" variant="contained" fullWidth sx={{ mt: 2 }} disabled={login.isPending}>{t('login.submit')}</Button>
        </form>
        <LoginHelp />
      </Paper>
    </Box>
  );
}
