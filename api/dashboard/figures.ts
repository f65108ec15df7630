import type { Knex } from 'knex';
import type { Dashboard, DashboardFigure } from '../../contract/dashboard';
import { backlogByHandler, backlogByProductLine } from './backlog';
import { filterChoices } from './choices';
import { cycleTimes } from './cycle-times';
import { deadlines } from './deadlines';
import { fraudReferrals } from './fraud-referrals';
import { money } from './money';
import type { DashboardScope } from './scope';
import { workload } from './workload';

/** Each figure's rows, by the name of its CSV. */
export const figureRows: Record<DashboardFigure, (knex: Knex, scope: DashboardScope) => Promise<Record<string, unknown>[]>> = {
  'backlog-by-product-line': backlogByProductLine,
  'backlog-by-handler': backlogByHandler,
  'cycle-times': cycleTimes,
  deadlines,
  money,
  workload,
  'fraud-referrals': fraudReferrals,
};

/** Every figure of the dashboard for one scope, with what its filters can choose from. */
export async function dashboardOf(knex: Knex, scope: DashboardScope): Promise<Dashboard> {
  const { filters, today } = scope;
  const [backlogByProductLineRows, backlogByHandlerRows, cycleTimeRows, deadlineRows, moneyRows, workloadRows, fraudReferralRows, choices] = await Promise.all([
    backlogByProductLine(knex, scope), backlogByHandler(knex, scope), cycleTimes(knex, scope), deadlines(knex, scope),
    money(knex, scope), workload(knex, scope), fraudReferrals(knex, scope), filterChoices(knex),
  ]);
  return {
    filters: {
      from: filters.from ?? null, to: filters.to ?? null, productLine: filters.productLine ?? null,
      handlerId: filters.handlerId ?? null, catastropheId: filters.catastropheId ?? null,
    },
    today,
    generatedAt: new Date().toISOString(),
    backlogByProductLine: backlogByProductLineRows,
    backlogByHandler: backlogByHandlerRows,
    cycleTimes: cycleTimeRows,
    deadlines: deadlineRows,
    money: moneyRows,
    workload: workloadRows,
    fraudReferrals: fraudReferralRows,
    choices,
  };
}
