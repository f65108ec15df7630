import type { Knex } from 'knex';
import { demo, Session, withKey } from '../support/api';
import { claimUrl, openLiabilityClaim, payeeAccount, waitUntil } from '../support/claims';
import { testDatabase } from '../support/database';
import { brusselsDayOf, type DashboardView, expectedDashboard } from '../support/dashboard-expected';

/**
 * The dashboard reads summaries its triggers keep in the transaction of every write (db/migrations/
 * 20261203010000_dashboard-summaries.ts): each step of one claim's life moves its figures at once and exactly, and the
 * figures still equal those computed from the rows themselves.
 */
let an: Session;
let karim: Session; // the second handler: this file's claim is his only one
let senior: Session;
let db: Knex;
const today = brusselsDayOf(new Date());
const month = today.slice(0, 7);

beforeAll(async () => {
  [an, karim, senior] = await Promise.all([demo.an, 'second.handler@insurer.example', demo.senior].map((email) => Session.login(email)));
  db = testDatabase();
});
afterAll(() => db.destroy());

/** Karim's claims opened, declared, paid and closed today. */
const todayOnly: DashboardView = { from: today, to: today };
/**
 * The views whose figures must equal the rows': today (day rows), this year so far (month and day rows, or the year's
 * row on the first of January) and all time (db/migrations/20261204000000_dashboard-rollups.ts: the rows for all time).
 */
const views: DashboardView[] = [todayOnly, { from: `${today.slice(0, 4)}-01-01`, to: today }, {}];
const figuresOf = async (view: DashboardView = todayOnly) => {
  const period = Object.entries(view).map(([name, day]) => `&${name}=${day}`).join('');
  const { status, body } = await senior.get(`/api/backoffice/dashboard?handlerId=${karim.me.user.id}${period}`);
  expect(status).toBe(200);
  const stage = (name: string) => body.cycleTimes.find((row: { stage: string }) => row.stage === name).claims as number;
  const work = body.workload[0] ?? { openClaims: 0, openedInPeriod: 0, closedInPeriod: 0 };
  const money = body.money.find((row: { month: string }) => row.month === month) ?? { reservesCents: 0, paymentsCents: 0 };
  return {
    body,
    counts: {
      backlog: body.backlogByHandler[0]?.upTo7Days ?? 0, open: work.openClaims, opened: work.openedInPeriod, closed: work.closedInPeriod,
      declaredOpened: stage('opened'), decided: stage('decided'), closedStage: stage('closed'), reservesCents: money.reservesCents, paymentsCents: money.paymentsCents,
    },
  };
};

/**
 * The API's figures equal the independent ones for Karim's claims of the view (durations to the millisecond), once the
 * deadlines' process has settled (it may mark a deadline met between the two reads).
 */
async function expectSameAsRows() {
  for (const view of views) await expectViewSameAsRows(view);
}

async function expectViewSameAsRows(view: DashboardView) {
  const rounded = (rows: { p50Seconds: number | null; p90Seconds: number | null }[]) =>
    rows.map((row) => ({ ...row, p50Seconds: row.p50Seconds && Math.round(row.p50Seconds * 1000), p90Seconds: row.p90Seconds && Math.round(row.p90Seconds * 1000) }));
  const figures = ['backlogByHandler', 'deadlines', 'money', 'workload'] as const;
  const byCode = (rows: { code: string }[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));
  let answer: unknown;
  let expected: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const { body } = await figuresOf(view);
    const independent = await expectedDashboard(db, { ...view, handlerId: karim.me.user.id }, body.today);
    answer = { ...Object.fromEntries(figures.map((figure) => [figure, body[figure]])), cycleTimes: rounded(body.cycleTimes), deadlines: byCode(body.deadlines) };
    expected = {
      ...Object.fromEntries(figures.map((figure) => [figure, independent[figure]])), cycleTimes: rounded(independent.cycleTimes), deadlines: byCode(independent.deadlines),
    };
    if (JSON.stringify(answer) === JSON.stringify(expected)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(answer).toEqual(expected);
}

test('a claim opened, decided, closed, reopened and paid moves its handler\'s figures exactly, at once', async () => {
  const start = (await figuresOf()).counts;
  const claimId = await openLiabilityClaim(an, karim);
  await waitUntil(() => db('claims').where({ declarationId: claimId }).first());
  const opened = { ...start, backlog: start.backlog + 1, open: start.open + 1, opened: start.opened + 1, declaredOpened: start.declaredOpened + 1 };
  expect((await figuresOf()).counts).toEqual(opened);

  await karim.expect(200, 'POST', `/api/backoffice/declarations/${claimId}/decision`, { decision: 'accept' }, withKey());
  await karim.expect(201, 'POST', claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 1_000_00, reason: 'Raming schade' }, withKey());
  const decided = { ...opened, decided: start.decided + 1, reservesCents: start.reservesCents + 1_000_00 };
  expect((await figuresOf()).counts).toEqual(decided);
  await expectSameAsRows();

  // Closing releases what is left of the reserve.
  await karim.expect(200, 'POST', claimUrl(claimId, 'close'), { outcome: 'no_payment' }, withKey());
  const released = await db('reserveEntries').where({ declarationId: claimId }).sum({ cents: 'amountCents' }).first();
  const closed = { ...decided, backlog: start.backlog, open: start.open, closed: start.closed + 1, closedStage: start.closedStage + 1, reservesCents: start.reservesCents + Number(released!.cents) };
  expect((await figuresOf()).counts).toEqual(closed);
  await expectSameAsRows();

  await karim.expect(200, 'POST', claimUrl(claimId, 'reopen'), { reason: 'Nieuwe factuur van de tegenpartij' }, withKey());
  const reopened = { ...closed, backlog: start.backlog + 1, open: start.open + 1, closed: start.closed, closedStage: start.closedStage };
  expect((await figuresOf()).counts).toEqual(reopened);
  await expectSameAsRows();

  await karim.expect(201, 'POST', claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 400_00, reason: 'Nieuwe factuur' }, withKey());
  await karim.expect(201, 'POST', claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 400_00, ...payeeAccount }, withKey());
  await waitUntil(() => db('payments').where({ declarationId: claimId }).whereNotNull('paidAt').first());
  expect((await figuresOf()).counts).toEqual({ ...reopened, reservesCents: reopened.reservesCents + 400_00, paymentsCents: start.paymentsCents + 400_00 });
  await expectSameAsRows();
}, 120_000);
