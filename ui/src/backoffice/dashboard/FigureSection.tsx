import { Box, Link, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type DashboardFigure, type DashboardView, dashboardCsvUrl } from '../../api/dashboard';

/** A column of a figure's table, named as its CSV names it (`dashboardColumn.*`); numbers align right. */
export interface FigureColumn<Row> {
  name: string;
  text: (row: Row) => string;
  numeric?: boolean;
}

/** A series of the figure's chart: a column's number, and how the chart's tooltip words it. */
export interface FigureSeries<Row> {
  name: string;
  value: (row: Row) => number;
  format?: (value: number) => string;
}

export interface FigureProps<Row> {
  figure: DashboardFigure;
  view: DashboardView;
  rows: Row[];
  /** The chart's categories: a product line, a handler, a month. */
  category: (row: Row) => string;
  series: FigureSeries<Row>[];
  /** Parts of one whole (ages of a backlog) stack; figures side by side (median and 90th percentile) do not. */
  stacked?: boolean;
  columns: FigureColumn<Row>[];
}

/**
 * One figure of the dashboard: its title and what it counts, a bar chart, the same figures as a table under it (what
 * a screen reader reads, and the exact numbers), and the CSV of the same view.
 */
export function FigureSection<Row>({ figure, view, rows, category, series, stacked = false, columns }: FigureProps<Row>) {
  const { t } = useTranslation();
  const headingId = useId();
  const title = t(`dashboard.figure.${figure}.title`);
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2, mb: 3 }} data-testid={`figure-${figure}`}>
      <Typography id={headingId} component="h2" variant="h6">{title}</Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>{t(`dashboard.figure.${figure}.text`)}</Typography>
      {rows.length === 0 ? <Typography sx={{ my: 2 }}>{t('dashboard.noData')}</Typography> : (
        <>
          {/* The chart shows what the table below says: screen readers read the table. */}
          <Box aria-hidden sx={{ width: '100%' }}>
            <BarChart height={260} skipAnimation disableKeyboardNavigation
              dataset={rows.map((row) => ({ category: category(row), ...Object.fromEntries(series.map((one) => [one.name, one.value(row)])) }))}
              xAxis={[{ scaleType: 'band', dataKey: 'category' }]}
              series={series.map((one) => ({
                dataKey: one.name, label: t(`dashboardColumn.${one.name}`), ...(stacked ? { stack: 'figure' } : {}),
                valueFormatter: (value: number | null) => (value === null ? '' : one.format ? one.format(value) : String(value)),
              }))} />
          </Box>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-labelledby={headingId}>
              <TableHead>
                <TableRow>
                  {columns.map((column) => <TableCell key={column.name} align={column.numeric ? 'right' : 'left'}>{t(`dashboardColumn.${column.name}`)}</TableCell>)}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row, index) => (
                  <TableRow key={index}>
                    {columns.map((column) => <TableCell key={column.name} align={column.numeric ? 'right' : 'left'}>{column.text(row)}</TableCell>)}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
      <Link href={dashboardCsvUrl(figure, view)} download sx={{ display: 'inline-block', mt: 1 }}>{t('dashboard.downloadCsv', { title })}</Link>
    </Paper>
  );
}
