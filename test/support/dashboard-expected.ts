import type { Knex } from 'knex';
import { productLines } from '../../domain/product-lines';

/**
 * The dashboard's figures computed a second way, to check the API's SQL: every row read from the database, each
 * figure counted by hand in plain TypeScript, the rules written out again from the issue and DOMAIN.md.
 */
export interface DashboardView { from?: string; to?: string; productLine?: string; handlerId?: string; catastropheId?: string }

const MS_PER_DAY = 86_400_000;
const REMINDER_PENALTY_PER_DAY_CENTS = 300_00; // law of 17 March 2024: €300 for each day past the reminder deadline

export const brusselsDayOf = (at: Date | string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(at));
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
export const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);

/** Linear interpolation between the two nearest ranks (as a spreadsheet's PERCENTILE.INC). */
function percentile(values: number[], share: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = share * (sorted.length - 1);
  const below = Math.floor(rank);
  return below + 1 < sorted.length ? sorted[below] + (sorted[below + 1] - sorted[below]) * (rank - below) : sorted[below];
}

function countBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

export async function expectedDashboard(db: Knex, view: DashboardView, today: string) {
  const [claims, declarations, users, deadlines, reserves, payments, receipts, investigations] = await Promise.all([
    db('claims').select('declarationId', 'productLine', 'handlerId', 'catastropheId', 'openedAt', 'closedAt'),
    db('declarations').whereNotNull('submittedAt').select('id', 'submittedAt', 'decision'),
    db('users').select('id', 'fullName'),
    db('claimDeadlines').select('declarationId', 'code', 'dueOn', 'status', 'penaltyCents'),
    db('reserveEntries').select('declarationId', 'amountCents', 'createdAt'),
    db('payments').select('declarationId', 'amountCents', 'paidAt'),
    db('recoveryReceipts').select('declarationId', 'amountCents', 'receivedOn'),
    db('claimInvestigations').select('declarationId', 'referredAt', 'closedAt', 'outcome'),
  ]);
  const inPeriod = (day: string) => (!view.from || day >= view.from) && (!view.to || day <= view.to);
  const selected = claims.filter((claim) => (!view.productLine || claim.productLine === view.productLine)
    && (!view.handlerId || claim.handlerId === view.handlerId) && (!view.catastropheId || claim.catastropheId === view.catastropheId));
  const ofSelected = new Set(selected.map((claim) => claim.declarationId));
  const nameOf = new Map(users.map((user) => [user.id, user.fullName]));

  const backlog = selected.filter((claim) => claim.closedAt === null && inPeriod(brusselsDayOf(claim.openedAt)));
  const ages = (group: typeof backlog) => {
    const age = group.map((claim) => daysBetween(brusselsDayOf(claim.openedAt), today));
    return {
      upTo7Days: age.filter((days) => days <= 7).length, from8To30Days: age.filter((days) => days >= 8 && days <= 30).length,
      from31To90Days: age.filter((days) => days >= 31 && days <= 90).length, over90Days: age.filter((days) => days > 90).length, total: age.length,
    };
  };
  const backlogByProductLine = [...countBy(backlog, (claim) => claim.productLine)]
    .sort(([a], [b]) => productLines.indexOf(a as never) - productLines.indexOf(b as never))
    .map(([productLine, group]) => ({ productLine, ...ages(group) }));
  const backlogByHandler = [...countBy(backlog, (claim) => claim.handlerId)]
    .map(([handlerId, group]) => ({ handlerId, handlerName: nameOf.get(handlerId), ...ages(group) }));

  const submitted = new Map(declarations.map((declaration) => [declaration.id, declaration]));
  const declaredInPeriod = selected.filter((claim) => inPeriod(brusselsDayOf(submitted.get(claim.declarationId)!.submittedAt)));
  const reached = {
    opened: (claim: (typeof claims)[number]) => claim.openedAt,
    decided: (claim: (typeof claims)[number]) => submitted.get(claim.declarationId)!.decision?.decidedAt ?? null,
    closed: (claim: (typeof claims)[number]) => claim.closedAt,
  };
  const cycleTimes = (['opened', 'decided', 'closed'] as const).map((stage) => {
    const seconds = declaredInPeriod.filter((claim) => reached[stage](claim) !== null)
      .map((claim) => (new Date(reached[stage](claim)).getTime() - new Date(submitted.get(claim.declarationId)!.submittedAt).getTime()) / 1000);
    return { stage, claims: seconds.length, p50Seconds: percentile(seconds, 0.5), p90Seconds: percentile(seconds, 0.9) };
  });

  const dueInPeriod = deadlines.filter((deadline) => ofSelected.has(deadline.declarationId) && ['met', 'missed', 'running'].includes(deadline.status) && inPeriod(deadline.dueOn));
  const penaltyOf = (deadline: (typeof deadlines)[number]) => (deadline.code === 'reminder_answer' && deadline.status === 'missed'
    ? Math.max(0, daysBetween(deadline.dueOn, today)) * REMINDER_PENALTY_PER_DAY_CENTS : deadline.penaltyCents);
  const deadlineFigures = [...countBy(dueInPeriod, (deadline) => deadline.code)].map(([code, group]) => ({
    code,
    met: group.filter((deadline) => deadline.status === 'met').length,
    missed: group.filter((deadline) => deadline.status === 'missed').length,
    running: group.filter((deadline) => deadline.status === 'running').length,
    penaltyCents: group.reduce((sum, deadline) => sum + penaltyOf(deadline), 0),
  }));

  const months = new Map<string, { month: string; reservesCents: number; paymentsCents: number; recoveriesCents: number }>();
  const book = (day: string, field: 'reservesCents' | 'paymentsCents' | 'recoveriesCents', cents: string | number) => {
    if (!inPeriod(day)) return;
    const month = months.get(day.slice(0, 7)) ?? { month: day.slice(0, 7), reservesCents: 0, paymentsCents: 0, recoveriesCents: 0 };
    month[field] += Number(cents);
    months.set(month.month, month);
  };
  for (const entry of reserves.filter((row) => ofSelected.has(row.declarationId))) book(brusselsDayOf(entry.createdAt), 'reservesCents', entry.amountCents);
  for (const payment of payments.filter((row) => ofSelected.has(row.declarationId) && row.paidAt !== null)) book(brusselsDayOf(payment.paidAt), 'paymentsCents', payment.amountCents);
  for (const receipt of receipts.filter((row) => ofSelected.has(row.declarationId))) book(receipt.receivedOn, 'recoveriesCents', receipt.amountCents);
  const money = [...months.values()].sort((a, b) => a.month.localeCompare(b.month));

  const workload = [...countBy(selected, (claim) => claim.handlerId)].map(([handlerId, group]) => {
    const open = group.filter((claim) => claim.closedAt === null);
    const openIds = new Set(open.map((claim) => claim.declarationId));
    return {
      handlerId, handlerName: nameOf.get(handlerId),
      openClaims: open.length,
      openedInPeriod: group.filter((claim) => inPeriod(brusselsDayOf(claim.openedAt))).length,
      closedInPeriod: group.filter((claim) => claim.closedAt !== null && inPeriod(brusselsDayOf(claim.closedAt))).length,
      runningDeadlines: deadlines.filter((deadline) => openIds.has(deadline.declarationId) && deadline.status === 'running').length,
    };
  }).filter((handler) => handler.openClaims + handler.openedInPeriod + handler.closedInPeriod > 0);

  const referred = investigations.filter((row) => ofSelected.has(row.declarationId) && inPeriod(brusselsDayOf(row.referredAt)));
  const fraudReferrals = [...countBy(referred, (row) => brusselsDayOf(row.referredAt).slice(0, 7))]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, group]) => ({
      month, referred: group.length, open: group.filter((row) => row.closedAt === null).length,
      cleared: group.filter((row) => row.closedAt !== null && row.outcome === 'cleared').length,
      fraudConfirmed: group.filter((row) => row.closedAt !== null && row.outcome === 'fraud_confirmed').length,
    }));

  return { backlogByProductLine, backlogByHandler, cycleTimes, deadlines: deadlineFigures, money, workload, fraudReferrals };
}
