import { periodRows, type SummaryRows } from '../../api/dashboard/scope';

/**
 * The dashboard's summaries keep a row per day, month, year and for all time: a period must add up each day it holds
 * exactly once, and none outside it, whatever its ends.
 */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const daysBetween = (first: string, last: string) => {
  const days: string[] = [];
  for (let day = first; day <= last; day = dayAfter(day)) days.push(day);
  return days;
};

/** The day of the summary row of `grain` that counts what was booked on `day`. */
const rowDay = (grain: SummaryRows['grain'], day: string) =>
  ({ day, month: `${day.slice(0, 7)}-01`, year: `${day.slice(0, 4)}-01-01`, all: '-infinity' })[grain];

/** How many of the rows a period reads count what was booked on `day`. */
const timesCounted = (rows: SummaryRows[], day: string) =>
  rows.filter(({ grain, from, until }) => {
    const keyed = rowDay(grain, day);
    return grain === 'all' || ((!from || keyed >= from) && (!until || keyed < until));
  }).length;

const calendar = daysBetween('2023-11-15', '2027-02-20');
const ends = ['2024-01-01', '2024-01-31', '2024-02-29', '2024-03-01', '2024-12-31', '2025-01-01', '2025-06-15', '2026-11-30', '2026-12-01', '2026-12-31'];

test.each([
  ...ends.flatMap((from) => ends.filter((to) => to >= from).map((to) => ({ from, to }))),
  ...ends.map((from) => ({ from })),
  ...ends.map((to) => ({ to })),
  {},
])('the period %j counts each of its days once and no other day', (period: { from?: string; to?: string }) => {
  for (const coarsest of ['all', 'month'] as const) {
    const rows = periodRows(period, coarsest);
    const outside = calendar.filter((day) => (period.from && day < period.from) || (period.to && day > period.to));
    expect(calendar.filter((day) => !outside.includes(day) && timesCounted(rows, day) !== 1)).toEqual([]);
    expect(outside.filter((day) => timesCounted(rows, day) !== 0)).toEqual([]);
    if (coarsest === 'month') expect(rows.map(({ grain }) => grain)).not.toContain('year');
  }
});

test('a whole year reads its year row, an unfiltered dashboard the row for all time', () => {
  expect(periodRows({ from: '2025-01-01', to: '2025-12-31' })).toEqual([{ grain: 'year', from: '2025-01-01', until: '2026-01-01' }]);
  expect(periodRows({})).toEqual([{ grain: 'all' }]);
  expect(periodRows({ from: '2025-12-15', to: '2027-02-03' })).toEqual([
    { grain: 'day', from: '2025-12-15', until: '2026-01-01' },
    { grain: 'year', from: '2026-01-01', until: '2027-01-01' },
    { grain: 'month', from: '2027-01-01', until: '2027-02-01' },
    { grain: 'day', from: '2027-02-01', until: '2027-02-04' },
  ]);
});
