import { ListItem, ListItemButton, ListItemText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useHospitalisationRoles } from '../api/hospitalisation';

/** Group hospitalisation is no menu item of the user agreement: the entry shows only to a titularis or Local Admin of the organisation. */
export function HospitalisationMenuItem() {
  const { t } = useTranslation();
  const roles = useHospitalisationRoles();
  if (!roles.data?.length) return null;
  return (
    <ListItem disablePadding>
      <ListItemButton component={NavLink} to="/hospitalisation" sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 'bold' } }}>
        <ListItemText primary={t('groupHospitalisation.menu')} />
      </ListItemButton>
    </ListItem>
  );
}
