import type { Dashboard, DashboardFigure } from '../../contract/dashboard';
import { ageBucketNames } from '../../contract/dashboard';
import { catalogue } from '../../i18n/catalogue';
import { type CsvColumn, euros } from '../lists/csv';

type Rows = { [F in keyof Dashboard]: Dashboard[F] extends (infer Row)[] ? Row : never };
const SECONDS_PER_DAY = 86_400;

/** Days with two decimals, as Excel reads them in a Belgian locale (1,25). */
const days = (seconds: number | null) => (seconds === null ? '' : (seconds / SECONDS_PER_DAY).toFixed(2).replace('.', ','));

/**
 * The columns of each figure's CSV in the reader's language: the same words as the dashboard's tables
 * (`dashboardColumn.*`), codes worded as the screens word them, amounts in euro and durations in days.
 */
export function csvColumnsOf(figure: DashboardFigure, language: string): CsvColumn<any>[] {
  const header = (name: string) => catalogue.t(`dashboardColumn.${name}`, undefined, language);
  const column = <Row>(name: string, value: (row: Row) => string | number | null): CsvColumn<Row> => ({ header: header(name), value });
  const count = <Row>(name: keyof Row & string) => column<Row>(name, (row) => row[name] as number);
  const ages = <Row extends Rows['backlogByHandler'] | Rows['backlogByProductLine']>() => [...ageBucketNames, 'total' as const].map((name) => count<Row>(name));
  switch (figure) {
    case 'backlog-by-product-line':
      return [column<Rows['backlogByProductLine']>('productLine', (row) => catalogue.t(`productLine.${row.productLine}`, undefined, language)), ...ages()];
    case 'backlog-by-handler':
      return [column<Rows['backlogByHandler']>('handler', (row) => row.handlerName), ...ages()];
    case 'cycle-times':
      return [
        column<Rows['cycleTimes']>('stage', (row) => catalogue.t(`dashboardStage.${row.stage}`, undefined, language)),
        count<Rows['cycleTimes']>('claims'),
        column<Rows['cycleTimes']>('p50Days', (row) => days(row.p50Seconds)),
        column<Rows['cycleTimes']>('p90Days', (row) => days(row.p90Seconds)),
      ];
    case 'deadlines':
      return [
        column<Rows['deadlines']>('deadline', (row) => catalogue.t(`backoffice.deadlineCode.${row.code}`, undefined, language)),
        ...(['met', 'missed', 'running'] as const).map((name) => count<Rows['deadlines']>(name)),
        column<Rows['deadlines']>('penalties', (row) => euros(row.penaltyCents)),
      ];
    case 'money':
      return [
        column<Rows['money']>('month', (row) => row.month),
        ...(['reserves', 'payments', 'recoveries'] as const).map((name) => column<Rows['money']>(name, (row) => euros(row[`${name}Cents`]))),
      ];
    case 'workload':
      return [
        column<Rows['workload']>('handler', (row) => row.handlerName),
        ...(['openClaims', 'openedInPeriod', 'closedInPeriod', 'runningDeadlines'] as const).map((name) => count<Rows['workload']>(name)),
      ];
    case 'fraud-referrals':
      return [
        column<Rows['fraudReferrals']>('month', (row) => row.month),
        ...(['referred', 'open', 'cleared', 'fraudConfirmed'] as const).map((name) => count<Rows['fraudReferrals']>(name)),
      ];
  }
}
