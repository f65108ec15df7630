import { Typography } from '@mui/material';
import { Navigate } from 'react-router';
import { staffMenuOf } from '../backoffice/staff-menu';
import { activeOrganisation, useMe } from '../api/session';
import { menuPaths } from './menu';
import { PageHeading } from './PageHeading';

/** Customers land on the first item of their menu; the insurer's staff on the first screen of their role (backoffice/staff-menu.ts). */
export function HomePage() {
  const me = useMe().data!;
  const first = activeOrganisation(me)?.menuItems[0];
  if (first) return <Navigate to={menuPaths[first]} replace />;
  const staffFirst = staffMenuOf(me.user.role)[0];
  if (staffFirst) return <Navigate to={staffFirst.path} replace />;
  return (
    <>
      <PageHeading>{me.user.fullName}</PageHeading>
      <Typography>{me.user.email} — {me.user.role}</Typography>
    </>
  );
}
