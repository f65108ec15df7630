import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useDashboard } from '../../api/dashboard';
import { formatDate } from '../../i18n/format';
import { ErrorAlert, Loading } from '../../layout/feedback';
import { PageHeading } from '../../layout/PageHeading';
import { DashboardFigures } from './DashboardFigures';
import { DashboardFilters } from './DashboardFilters';
import { useDashboardView } from './dashboard-view';

/**
 * The manager's view for senior handlers (and auditors): backlog by age, cycle times, legal deadlines and their
 * penalties, money per month, workload and fraud referrals, for a period, product line, handler or catastrophe event.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const [view, setFilter] = useDashboardView();
  const dashboard = useDashboard(view);
  return (
    <>
      <PageHeading>{t('dashboard.title')}</PageHeading>
      <Typography>{t('dashboard.intro')}</Typography>
      <DashboardFilters view={view} onChange={setFilter} choices={dashboard.data?.choices} />
      {dashboard.error && <ErrorAlert error={dashboard.error} />}
      {dashboard.isPending && <Loading />}
      {dashboard.data && (
        <>
          <Typography variant="body2" role="status" aria-live="polite" sx={{ mb: 2 }}>
            {t('dashboard.countedTo', { date: formatDate(dashboard.data.today) })}
          </Typography>
          <DashboardFigures dashboard={dashboard.data} view={view} />
        </>
      )}
    </>
  );
}
