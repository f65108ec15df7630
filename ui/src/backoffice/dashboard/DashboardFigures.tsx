import { useTranslation } from 'react-i18next';
import { ageBucketNames, type Dashboard, type DashboardView } from '../../api/dashboard';
import { currentLanguage } from '../../i18n';
import { formatEuros } from '../../i18n/format';
import { formatNumber } from '../../../../i18n/formats';
import { FigureSection, type FigureColumn, type FigureSeries } from './FigureSection';

type Row<F extends keyof Dashboard> = Dashboard[F] extends (infer Item)[] ? Item : never;
const SECONDS_PER_DAY = 86_400;

/** Durations in days with two decimals, as the CSV gives them. */
const daysOf = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / SECONDS_PER_DAY) * 100) / 100);

/** Counts: in the chart as bars, in the table as numbers. */
function counts<R>(names: string[]): { series: FigureSeries<R>[]; columns: FigureColumn<R>[] } {
  const value = (name: string) => (row: R) => (row as Record<string, number>)[name];
  return {
    series: names.map((name) => ({ name, value: value(name) })),
    columns: names.map((name) => ({ name, numeric: true, text: (row: R) => formatNumber(value(name)(row), currentLanguage()) })),
  };
}

/** Every figure of the view, each with its chart, its table and its CSV. */
export function DashboardFigures({ dashboard, view }: { dashboard: Dashboard; view: DashboardView }) {
  const { t } = useTranslation();
  const ages = [...ageBucketNames];
  const backlogByLine = counts<Row<'backlogByProductLine'>>([...ages, 'total']);
  const backlogByHandler = counts<Row<'backlogByHandler'>>([...ages, 'total']);
  const deadlines = counts<Row<'deadlines'>>(['met', 'missed', 'running']);
  const workload = counts<Row<'workload'>>(['openClaims', 'openedInPeriod', 'closedInPeriod', 'runningDeadlines']);
  const referrals = counts<Row<'fraudReferrals'>>(['referred', 'open', 'cleared', 'fraudConfirmed']);
  const productLine = (row: { productLine: string }) => t(`productLine.${row.productLine}`);
  const deadline = (row: { code: string }) => t(`backoffice.deadlineCode.${row.code}`, { defaultValue: row.code });
  const stage = (row: { stage: string }) => t(`dashboardStage.${row.stage}`);
  const days = (value: number | null) => (value === null ? '' : formatNumber(value, currentLanguage()));
  const money = (['reserves', 'payments', 'recoveries'] as const).map((name) => ({ name, cents: (row: Row<'money'>) => row[`${name}Cents`] }));

  return (
    <>
      <FigureSection figure="backlog-by-product-line" view={view} rows={dashboard.backlogByProductLine} category={productLine} stacked
        series={backlogByLine.series.filter((one) => one.name !== 'total')}
        columns={[{ name: 'productLine', text: productLine }, ...backlogByLine.columns]} />
      <FigureSection figure="backlog-by-handler" view={view} rows={dashboard.backlogByHandler} category={(row) => row.handlerName} stacked
        series={backlogByHandler.series.filter((one) => one.name !== 'total')}
        columns={[{ name: 'handler', text: (row) => row.handlerName }, ...backlogByHandler.columns]} />
      <FigureSection figure="cycle-times" view={view} rows={dashboard.cycleTimes} category={stage}
        series={[
          { name: 'p50Days', value: (row) => daysOf(row.p50Seconds) ?? 0, format: (value) => days(value) },
          { name: 'p90Days', value: (row) => daysOf(row.p90Seconds) ?? 0, format: (value) => days(value) },
        ]}
        columns={[
          { name: 'stage', text: stage },
          { name: 'claims', numeric: true, text: (row) => formatNumber(row.claims, currentLanguage()) },
          { name: 'p50Days', numeric: true, text: (row) => days(daysOf(row.p50Seconds)) },
          { name: 'p90Days', numeric: true, text: (row) => days(daysOf(row.p90Seconds)) },
        ]} />
      <FigureSection figure="deadlines" view={view} rows={dashboard.deadlines} category={deadline} stacked series={deadlines.series}
        columns={[{ name: 'deadline', text: deadline }, ...deadlines.columns, { name: 'penalties', numeric: true, text: (row) => formatEuros(row.penaltyCents) }]} />
      <FigureSection figure="money" view={view} rows={dashboard.money} category={(row) => row.month}
        series={money.map(({ name, cents }) => ({ name, value: (row: Row<'money'>) => cents(row) / 100, format: (value: number) => formatEuros(Math.round(value * 100)) }))}
        columns={[{ name: 'month', text: (row) => row.month }, ...money.map(({ name, cents }) => ({ name, numeric: true, text: (row: Row<'money'>) => formatEuros(cents(row)) }))]} />
      <FigureSection figure="workload" view={view} rows={dashboard.workload} category={(row) => row.handlerName} series={workload.series}
        columns={[{ name: 'handler', text: (row) => row.handlerName }, ...workload.columns]} />
      <FigureSection figure="fraud-referrals" view={view} rows={dashboard.fraudReferrals} category={(row) => row.month} stacked
        series={referrals.series.filter((one) => one.name !== 'referred')}
        columns={[{ name: 'month', text: (row) => row.month }, ...referrals.columns]} />
    </>
  );
}
