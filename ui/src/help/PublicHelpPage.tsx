import { Box, Link } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { PageHeading } from '../layout/PageHeading';
import { HelpSections } from './HelpSections';

/**
 * The help page for someone who cannot log in yet (`/login/help`): the same help, framed like the login
 * page. Its click-through to the declare flow passes through the login and lands there afterwards.
 */
export function PublicHelpPage() {
  const { t } = useTranslation();
  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'grey.100', p: { xs: 2, md: 4 } }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', maxWidth: 960, mb: 2 }}>
        <Link component={RouterLink} to="/login">{t('help.backToLogin')}</Link>
        <LanguageSwitch />
      </Box>
      <PageHeading>{t('help.title')}</PageHeading>
      <HelpSections />
    </Box>
  );
}
