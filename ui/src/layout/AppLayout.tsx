import { AppBar, Box, Button, Drawer, IconButton, Link, List, ListItem, ListItemButton, ListItemText, SvgIcon, Toolbar, Typography, useMediaQuery, useTheme } from '@mui/material';
import { Suspense, useState } from 'react';
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
  // On a phone the menu slides in from a button, and the organisation, language and help move into it.
  const phone = useMediaQuery(useTheme().breakpoints.down('md'), { noSsr: true });
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = () => setMenuOpen(false);
  const switchers = (
    <Box sx={{ bgcolor: 'background.paper', borderRadius: 1, display: 'flex', flexWrap: 'wrap', gap: 1, p: 0.5 }}>
      <OrganisationSwitcher me={me} />
      <LanguageSwitch />
    </Box>
  );

  return (
    <Box sx={{ display: 'flex' }}>
      <Link href="#content" sx={{ position: 'absolute', left: -9999, '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 } }}>
        {t('app.skipToContent')}
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: { xs: 1, md: 2 } }}>
          {phone && (
            <IconButton color="inherit" edge="start" aria-label={t('customerClaimView.phone.openMenu')} aria-expanded={menuOpen} aria-controls="portal-menu"
              onClick={() => setMenuOpen(true)} data-testid="menu-button">
              <SvgIcon><path d="M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z" /></SvgIcon>
            </IconButton>
          )}
          <Typography variant="h6" component="div" noWrap sx={{ flexGrow: 1, minWidth: 0 }}>{t('app.title')}</Typography>
          {!phone && switchers}
          {!phone && <Button color="inherit" component={NavLink} to="/help">{t('help.menu')}</Button>}
          {!phone && <Typography variant="body2" component="span">{me.user.fullName}</Typography>}
          <Button color="inherit" variant="outlined" onClick={() => logout.mutate(undefined, { onSuccess: () => navigate('/login') })}>{t('app.logout')}</Button>
        </Toolbar>
      </AppBar>
      <Drawer id="portal-menu" variant={phone ? 'temporary' : 'permanent'} open={phone ? menuOpen : true} onClose={closeMenu}
        sx={{ width: phone ? undefined : drawerWidth, flexShrink: 0, '& .MuiDrawer-paper': { width: phone ? 'min(300px, 85vw)' : drawerWidth, boxSizing: 'border-box' } }}>
        {phone ? (
          <Box sx={{ display: 'grid', gap: 1, p: 2 }}>
            <Typography variant="subtitle2" component="div">{me.user.fullName}</Typography>
            {switchers}
            <Button component={NavLink} to="/help" onClick={closeMenu} sx={{ justifySelf: 'start' }}>{t('help.menu')}</Button>
          </Box>
        ) : <Toolbar />}
        <nav aria-label={t('app.menu')} onClick={phone ? closeMenu : undefined}>
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
                  <ListItemText primary={item.Label ? <item.Label /> : t(`backoffice.menu.${item.key}`)} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </nav>
      </Drawer>
      <Box component="main" id="content" tabIndex={-1} sx={{ flexGrow: 1, p: { xs: 2, md: 3 }, minWidth: 0 }}>
        <Toolbar />
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
