import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dashboard, DashboardFigure } from '../../../contract/dashboard';
import { currentLanguage } from '../i18n';
import { api, queryString } from './client';

export type { Dashboard, DashboardFigure } from '../../../contract/dashboard';
export { ageBucketNames, cycleStages, dashboardFigures } from '../../../contract/dashboard';

/** The dashboard's filters as the page address and the API take them; '' means not set. */
export interface DashboardView { from: string; to: string; productLine: string; handlerId: string; catastropheId: string }
export const dashboardViewNames = ['from', 'to', 'productLine', 'handlerId', 'catastropheId'] as const;

export const dashboardKeys = {
  all: ['backoffice-dashboard'] as const,
  view: (view: DashboardView) => [...dashboardKeys.all, view] as const,
};

/** The manager's figures for a view; the previous view's stay on screen while the next one loads. */
export const useDashboard = (view: DashboardView) =>
  useQuery({ queryKey: dashboardKeys.view(view), queryFn: () => api.get<Dashboard>(`/backoffice/dashboard${queryString({ ...view })}`), placeholderData: keepPreviousData });

/** One figure of the same view as a CSV, headed in the portal's language (a download link sends no Accept-Language of ours). */
export const dashboardCsvUrl = (figure: DashboardFigure, view: DashboardView) =>
  `/api/backoffice/dashboard/${figure}.csv${queryString({ ...view, language: currentLanguage() })}`;
