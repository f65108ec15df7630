import { Alert, Box, Link, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LanguageSwitch } from '../layout/LanguageSwitch';

/**
 * Where the eID login ends for someone it identified but no user agreement names (seed 000, "Hoe toegang
 * krijgen?"): not an error, the way in.
 */
export function EidUnknownPage() {
  const { t } = useTranslation();
  return (
    <Box component="main" sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', bgcolor: 'grey.100' }}>
      <Paper sx={{ p: 4, width: 'min(520px, 92vw)' }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
          <Typography component="h1" variant="h5">{t('eidLogin.unknown.title')}</Typography>
          <LanguageSwitch />
        </Box>
        <Alert severity="info" sx={{ mb: 2 }}>{t('eidLogin.unknown.body')}</Alert>
        <Link component={RouterLink} to="/login">{t('eidLogin.unknown.back')}</Link>
      </Paper>
    </Box>
  );
}
