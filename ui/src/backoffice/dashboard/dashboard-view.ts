import { useSearchParams } from 'react-router';
import { type DashboardView, dashboardViewNames } from '../../api/dashboard';

/** The dashboard's filters kept in the page address, so a view can be bookmarked and shared; '' means not set. */
export function useDashboardView(): [DashboardView, (name: keyof DashboardView, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const view = Object.fromEntries(dashboardViewNames.map((name) => [name, params.get(name) ?? ''])) as unknown as DashboardView;
  const setFilter = (name: keyof DashboardView, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    }, { replace: true });
  return [view, setFilter];
}
