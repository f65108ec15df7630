import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSwitchOrganisation } from '../api/session';
import { menuItemOf, menuPaths } from './menu';
import type { Me } from '../api/session';

/** The organisation the customer acts for; switching keeps the section when the other organisation allows it. */
export function OrganisationSwitcher({ me }: { me: Me }) {
  const { t } = useTranslation();
  const switchTo = useSwitchOrganisation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (me.organisations.length < 2) return null;

  const onChange = (organisationId: string) =>
    switchTo.mutate({ organisationId }, {
      onSuccess: (next) => {
        const section = menuItemOf(pathname);
        const allowed = next.organisations.find((organisation) => organisation.id === organisationId)?.menuItems ?? [];
        navigate(section && allowed.includes(section) ? menuPaths[section] : menuPaths.my_data);
      },
    });

  return (
    <TextField
      select size="small" label={t('organisation.switcher')} value={me.activeOrganisationId ?? ''} disabled={switchTo.isPending}
      onChange={(event) => onChange(event.target.value)} sx={{ minWidth: 220 }}
      slotProps={{ htmlInput: { 'data-testid': 'organisation-switch' } }}
    >
      {me.organisations.map((organisation) => (
        <MenuItem key={organisation.id} value={organisation.id}>
          {organisation.name}{organisation.id === me.defaultOrganisationId ? ` (${t('organisation.defaultProfile')})` : ''}
        </MenuItem>
      ))}
    </TextField>
  );
}
