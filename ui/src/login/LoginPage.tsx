import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Paper, TextField, Typography } from '@mui/material';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { z } from 'zod';
import { LoginHelp } from '../help/LoginHelp';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { ErrorAlert } from '../layout/feedback';
import { useLogin, useMe } from '../api/session';

// The same rules as the API's login body.
const credentials = z.object({ email: z.email(), password: z.string().min(1) });
type Credentials = z.infer<typeof credentials>;

export function LoginPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const login = useLogin();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const { register, handleSubmit, formState: { errors } } = useForm<Credentials>({ resolver: zodResolver(credentials), defaultValues: { email: '', password: '' } });

  if (me) return <Navigate to={from} replace />;
  return (
    <Box component="main" sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', bgcolor: 'grey.100' }}>
      <Paper sx={{ p: 4, width: 'min(420px, 92vw)' }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
          <Typography component="h1" variant="h5">{t('login.title')}</Typography>
          <LanguageSwitch />
        </Box>
        <form noValidate onSubmit={handleSubmit((values) => login.mutate(values))}>
          <TextField
            {...register('email')} label={t('login.email')} type="email" autoComplete="username" required fullWidth margin="normal" autoFocus
            error={!!errors.email} helperText={errors.email?.message}
          />
          <TextField
            {...register('password')} label={t('login.password')} type="password" autoComplete="current-password" required fullWidth margin="normal"
            error={!!errors.password} helperText={errors.password?.message}
          />
          {login.error && <ErrorAlert error={login.error} />}
          <Button type="submit" variant="contained" fullWidth sx={{ mt: 2 }} disabled={login.isPending}>{t('login.submit')}</Button>
        </form>
        <LoginHelp />
      </Paper>
    </Box>
  );
}
