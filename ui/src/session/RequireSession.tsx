import { Navigate, Outlet, useLocation } from 'react-router';
import { activeOrganisation, useMe } from '../api/session';
import { ErrorAlert, Loading } from '../layout/feedback';

/** Pages behind login: nobody logged in goes to /login; a customer without an active organisation chooses one first. */
export function RequireSession() {
  const { data: me, isPending, error } = useMe();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.user.role === 'customer' && !activeOrganisation(me)) return <Navigate to="/organisation" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
