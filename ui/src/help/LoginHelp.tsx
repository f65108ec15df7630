import { Box, Link, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { helpdesk, helpdeskTelLink } from './helpdesk';

/** Under the login form: the way to the help page and the helpdesk's number, for whoever cannot log in. */
export function LoginHelp() {
  const { t } = useTranslation();
  return (
    <Box sx={{ mt: 3, display: 'grid', gap: 0.5 }}>
      <Typography variant="body2">{t('help.fromLogin')}</Typography>
      <Link component={RouterLink} to="/login/help" variant="body2">{t('help.title')}</Link>
      <Typography variant="body2">
        {t('help.helpdesk.title')}: <Link href={helpdeskTelLink}>{helpdesk.phone}</Link>
      </Typography>
    </Box>
  );
}
