import { AppBar, Box, Button, Drawer, Link, List, ListItem, ListItemButton, ListItemText, Toolbar, Typography } from '@mui/material';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { staffMenuOf } from '../backoffice/staff-menu';
import { HospitalisationMenuItem } from '../hospitalisation/HospitalisationMenuItem';
import { activeOrganisation, useLogout, useMe } from '../api/session';
import { Loading } from './feedback';
import { LanguageSwitch } from './LanguageSwitch';
import { menuPaths } from './menu';
import { OrganisationSwitcher } from './OrganisationSwitcher';

const drawerWidth = 240;

/** The portal's frame: the bar (organisation, language, logout), the menu of the active organisation, the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe().data!;
  const logout = useLogout();
  const navigate = useNavigate();
  const menuItems = activeOrganisation(me)?.menuItems ?? [];

  return (
    <Box sx={{ display: 'flex' }}>
      <Link href="#content" sx={{ position: 'absolute', left: -9999, '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 } }}>
        {t('app.skipToContent')}
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>{t('app.title')}</Typography>
          <Box sx={{ bgcolor: 'background.paper', borderRadius: 1, display: 'flex', gap: 1, p: 0.5 }}>
            <OrganisationSwitcher me={me} />
            <LanguageSwitch />
          </Box>
          <Button color="inherit" component={NavLink} to="/help">{t('help.menu')}</Button>
          <Typography variant="body2" component="span">{me.user.fullName}</Typography>
          <Button color="inherit" variant="outlined" onClick={() => logout.mutate(undefined, { onSuccess: () => navigate('/login') })}>{t('app.logout')}</Button>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: drawerWidth, flexShrink: 0, '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' } }}>
        <Toolbar />
        <nav aria-label={t('app.menu')}>
          <List>
            {menuItems.map((item) => (
              <ListItem key={item} disablePadding>
                <ListItemButton component={NavLink} to={menuPaths[item]} sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 'bold' } }}>
                  <ListItemText primary={t(`menu.${item}`)} />
                </ListItemButton>
              </ListItem>
            ))}
            <HospitalisationMenuItem />
            {staffMenuOf(me.user.role).map((item) => (
              <ListItem key={item.key} disablePadding>
                <ListItemButton component={NavLink} to={item.path} sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 'bold' } }}>
                  <ListItemText primary={t(`backoffice.menu.${item.key}`)} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </nav>
      </Drawer>
      <Box component="main" id="content" tabIndex={-1} sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
