import { Link, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { helpdesk, helpdeskTelLink } from './helpdesk';

/** The helpdesk's number, a link that dials it, and when someone answers. */
export function Helpdesk() {
  const { t } = useTranslation();
  return (
    <>
      <Typography>{t('help.helpdesk.intro')}</Typography>
      <Typography variant="h6" component="p">
        {t('help.helpdesk.phone')}: <Link href={helpdeskTelLink} data-testid="helpdesk-phone">{helpdesk.phone}</Link>
      </Typography>
      <Typography color="text.secondary">{t('help.helpdesk.hours', { opens: helpdesk.opens, closes: helpdesk.closes })}</Typography>
    </>
  );
}
