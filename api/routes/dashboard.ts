import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { dashboard, dashboardFigures, dashboardFilterFields, dashboardFilters, type DashboardFilters } from '../../contract/dashboard';
import { languages } from '../../i18n/catalogue';
import { brusselsDate } from '../../domain/rules/calendar';
import { checkPeriod } from '../audit/period';
import { recordRead } from '../audit/reads';
import { requireRole } from '../auth/guards';
import { csvColumnsOf } from '../dashboard/csv-columns';
import { dashboardOf, figureRows } from '../dashboard/figures';
import type { DashboardScope } from '../dashboard/scope';
import { readerLanguage } from '../i18n/reader-language';
import { streamCsv } from '../lists/csv';
import { route } from '../route';

const tag = 'dashboard';
/** A download link cannot set Accept-Language: the screen names its language instead. */
const csvQuery = z.object({ ...dashboardFilterFields, language: z.enum(languages as [string, ...string[]]).optional() }).superRefine(checkPeriod);
const access = 'senior handlers and auditors';
/** A figure has a few dozen rows at most: one batch. */
async function* oneBatch<Row>(rows: Row[]) {
  yield rows;
}
const scopeOf = (filters: DashboardFilters): DashboardScope => ({ filters, today: brusselsDate(new Date()) });

/**
 * The manager's view of the portfolio: backlog by age, cycle times, legal deadlines and their penalties, money per
 * month, workload and fraud referrals, over the claims the filters select; each figure also as a CSV. Figures show
 * no claim's content, but reading them is recorded like any other read, with the filters asked.
 */
export function dashboardRoutes(knex: Knex): Router {
  const router = Router();
  const readers = [requireRole('senior_handler', 'auditor')];
  const recordDashboardRead = (req: Request, what: string, filters: DashboardFilters, figure?: string) =>
    recordRead(knex, req, { subject: { type: 'dashboard', id: figure ?? 'all' }, what, details: { filters } });

  route(router, {
    method: 'get', path: '/api/backoffice/dashboard', tag, access,
    summary: 'Every figure of the manager\'s view, for the claims of a product line, a handler and a catastrophe event, over a period (see each figure for the moment the period selects).',
    query: dashboardFilters, response: dashboard,
  }, readers, async ({ query }, req) => {
    const figures = await dashboardOf(knex, scopeOf(query));
    await recordDashboardRead(req, 'dashboard', query);
    return figures;
  });

  for (const figure of dashboardFigures) {
    route(router, {
      method: 'get', path: `/api/backoffice/dashboard/${figure}.csv`, tag, access, produces: 'text/csv',
      summary: `The dashboard's figure "${figure}" as a CSV (semicolons, UTF-8 with a byte-order mark, amounts in euro, durations in days), with the same filters; headers in \`language\`, else the Accept-Language.`,
      query: csvQuery,
    }, readers, async ({ query }, req, res) => {
      const { language, ...filters } = query;
      const rows = await figureRows[figure](knex, scopeOf(filters));
      await recordDashboardRead(req, 'dashboard_csv', filters, figure);
      await streamCsv(res, `dashboard-${figure}.csv`, csvColumnsOf(figure, language ?? readerLanguage(req)), oneBatch(rows));
    });
  }
  return router;
}
