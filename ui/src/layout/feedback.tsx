import { Alert, Box, CircularProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }} role="status" aria-live="polite">
      <CircularProgress aria-label={t('common.loading')} />
    </Box>
  );
}

/** The server's own message: it says what went wrong and what to do. */
export function ErrorAlert({ error }: { error: unknown }) {
  return (
    <Alert severity="error" role="alert" sx={{ my: 2 }}>
      {error instanceof Error ? error.message : String(error)}
    </Alert>
  );
}
