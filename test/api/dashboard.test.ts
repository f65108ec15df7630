import type { Knex } from 'knex';
import { declarationUrl, demo, fixture, Session, withKey } from '../support/api';
import { claimUrl, openLiabilityClaim, payeeAccount, policyOf, waitUntil } from '../support/claims';
import { dashboard } from '../../contract/dashboard';
import { parseCsv } from '../support/csv';
import { testDatabase } from '../support/database';
import { addDays, brusselsDayOf, type DashboardView, expectedDashboard } from '../support/dashboard-expected';
import nlColumns from '../../i18n/locales/nl/dashboard.json';
import nlBackoffice from '../../i18n/locales/nl/ui-backoffice.json';
import nlScreens from '../../i18n/locales/nl/ui.json';

/**
 * The manager's view: the API's figures (SQL) equal the same figures computed independently from the rows in the
 * database, for the whole portfolio and for filtered views; each figure's CSV says what its JSON says.
 */
let an: Session;
let handler: Session; // Hanne De Smet
let karim: Session; // the second handler
let senior: Session;
let auditor: Session;
let db: Knex;
const today = brusselsDayOf(new Date());
const claims: Record<'backdated' | 'reassigned' | 'refusedAndClosed' | 'underReservation' | 'storm', string> = {} as never;
let stormId: string;
const bucketEdges = [7, 8, 30, 31, 90, 91];

const deadlinesOf = (claimId: string) => db('claimDeadlines').where({ declarationId: claimId });
const decide = (claimId: string, body: object) => handler.post(`/api/backoffice/declarations/${claimId}/decision`, body, withKey());

/** A fire declaration under An's fire policy: opened automatically on submit. */
async function openFireClaim(event: Record<string, unknown> = {}): Promise<string> {
  const { data } = fixture('fire');
  const reply = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, {
    type: 'fire', data: { ...data, event: { ...data.event, ...event } }, policyId: await policyOf(an, 'fire'),
  });
  if (reply.status !== 201) throw new Error(`create fire failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  await an.expect(200, 'POST', declarationUrl(an, reply.body.id, 'submit'));
  await waitUntil(() => db('claims').where({ declarationId: reply.body.id }).first());
  return reply.body.id;
}

/**
 * The running system's clock cannot be moved: an older claim is made by moving its opening and its declaration back.
 * One transaction, the claim's row locked before the declaration's, in the order the claim's own writes and the work
 * queue's trigger take them: the declaration's row first deadlocked with the claim's deadlines being written (CI).
 */
async function backdate(claimId: string, days: number) {
  await db.transaction(async (trx) => {
    await trx('claims').where({ declarationId: claimId }).update({ openedAt: trx.raw(`opened_at - interval '${days} days'`) });
    await trx('declarations').where({ id: claimId }).update({ submittedAt: trx.raw(`submitted_at - interval '${days} days'`) });
  });
}

beforeAll(async () => {
  [an, handler, karim, senior, auditor] = await Promise.all(
    [demo.an, demo.handler, 'second.handler@insurer.example', demo.senior, demo.auditor].map((email) => Session.login(email)),
  );
  db = testDatabase();

  // Open for 120 days: reserved, partly paid, partly recovered (in an earlier month), and a reminder left unanswered.
  claims.backdated = await openLiabilityClaim(an, handler);
  await waitUntil(async () => (await deadlinesOf(claims.backdated)).length > 0);
  await handler.expect(201, 'POST', claimUrl(claims.backdated, 'reserves'), { costType: 'indemnity', amountCents: 1_000_00, reason: 'Raming schade' }, withKey());
  await handler.expect(201, 'POST', claimUrl(claims.backdated, 'payments'), { costType: 'indemnity', amountCents: 400_00, ...payeeAccount }, withKey());
  const recovery = await handler.expect(201, 'POST', claimUrl(claims.backdated, 'recoveries'),
    { kind: 'subrogation', expectedCents: 300_00, counterparty: { name: 'Sarah Dubois', insurer: 'AG Insurance' } }, withKey());
  await handler.expect(201, 'POST', claimUrl(claims.backdated, `recoveries/${recovery.recovery.id}/receipts`), { amountCents: 150_00, receivedOn: addDays(today, -40) }, withKey());
  await handler.expect(200, 'POST', claimUrl(claims.backdated, 'deadlines/reminder'), { sentOn: addDays(today, -40) }, withKey());

  // Reassigned to Karim; a reminder answered late by the acceptance: met, with its penalty.
  claims.reassigned = await openLiabilityClaim(an, handler);
  await senior.expect(200, 'POST', claimUrl(claims.reassigned, 'assign'), { handlerId: karim.me.user.id }, withKey());
  await waitUntil(async () => (await deadlinesOf(claims.reassigned)).length > 0);
  await handler.expect(200, 'POST', claimUrl(claims.reassigned, 'deadlines/reminder'), { sentOn: addDays(today, -40) }, withKey());
  await waitUntil(async () => (await deadlinesOf(claims.reassigned)).some((deadline) => deadline.code === 'reminder_answer' && deadline.status === 'missed'));
  expect((await decide(claims.reassigned, { decision: 'accept' })).status).toBe(200);

  claims.refusedAndClosed = await openFireClaim();
  expect((await decide(claims.refusedAndClosed, { decision: 'refuse', reason: 'Geen gedekt risico' })).status).toBe(200);
  await handler.expect(200, 'POST', claimUrl(claims.refusedAndClosed, 'close'), { outcome: 'refused' }, withKey());

  claims.underReservation = await openLiabilityClaim(an, handler);
  expect((await decide(claims.underReservation, { decision: 'reserve', reason: 'PV ontbreekt', missing: ['Kopie van het proces-verbaal'] })).status).toBe(200);

  // A storm the senior declares, and the fire claim of its day and place.
  const stormDay = addDays(today, -2);
  claims.storm = await openFireClaim({ date: stormDay, cause: 'unknown' });
  const storm = await senior.expect(201, 'POST', '/api/backoffice/catastrophes', { name: `Storm ${Date.now()}`, peril: 'storm', startsOn: stormDay, endsOn: stormDay, postcodes: ['2000'] }, withKey());
  stormId = storm.id;
  await waitUntil(async () => (await db('claims').where({ declarationId: claims.storm }).first('catastropheId'))?.catastropheId === stormId, 30_000);

  await waitUntil(async () => (await deadlinesOf(claims.backdated)).some((deadline) => deadline.code === 'reminder_answer' && deadline.status === 'missed'));
  await backdate(claims.backdated, 120);
  await backdate(claims.reassigned, 45);
  await backdate(claims.underReservation, 10);
  // Claims on each edge of the age buckets (0–7, 8–30, 31–90, more than 90 days).
  for (const [index, claimId] of (await Promise.all(bucketEdges.map(() => openLiabilityClaim(an, handler)))).entries()) await backdate(claimId, bucketEdges[index]);
}, 180_000);
afterAll(() => db.destroy());

const query = (view: DashboardView) => {
  const text = new URLSearchParams(Object.entries(view).filter(([, value]) => value) as [string, string][]).toString();
  return text ? `?${text}` : '';
};
const byHandler = <Row extends { handlerId: string }>(rows: Row[]) => [...rows].sort((a, b) => a.handlerId.localeCompare(b.handlerId));
const byCode = <Row extends { code: string }>(rows: Row[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));

/** The figures as compared: rows keyed by handler or deadline in one order, durations to the millisecond. */
function comparable(figures: Awaited<ReturnType<typeof expectedDashboard>>) {
  const seconds = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
  return {
    ...figures,
    backlogByHandler: byHandler(figures.backlogByHandler as { handlerId: string }[]),
    workload: byHandler(figures.workload as { handlerId: string }[]),
    deadlines: byCode(figures.deadlines),
    cycleTimes: figures.cycleTimes.map((row) => ({ ...row, p50Seconds: seconds(row.p50Seconds), p90Seconds: seconds(row.p90Seconds) })),
  };
}

/** The API's answer and the independent figures, once the background work (payments, deadlines) has settled. */
async function compared(view: DashboardView) {
  let last: { answer: any; expected: unknown } | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const { status, body } = await senior.get(`/api/backoffice/dashboard${query(view)}`);
    expect(status).toBe(200);
    expect(dashboard.safeParse(body).error).toBeUndefined();
    const { backlogByProductLine, backlogByHandler, cycleTimes, deadlines, money, workload, fraudReferrals } = body;
    const answer = comparable({ backlogByProductLine, backlogByHandler, cycleTimes, deadlines, money, workload, fraudReferrals });
    const expected = comparable(await expectedDashboard(db, view, body.today));
    last = { answer, expected };
    if (JSON.stringify(answer) === JSON.stringify(expected)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return last!;
}

describe('the dashboard equals the figures computed independently from the database', () => {
  test('the whole portfolio: old claims in the older age buckets, the unanswered reminder accruing €300 a day, a recovery in an earlier month', async () => {
    const { answer, expected } = await compared({});
    expect(answer).toEqual(expected);
    const liability = answer.backlogByProductLine.find((row: { productLine: string }) => row.productLine === 'liability');
    expect(liability.over90Days).toBeGreaterThanOrEqual(1);
    expect(liability.from31To90Days).toBeGreaterThanOrEqual(1);
    expect(liability.from8To30Days).toBeGreaterThanOrEqual(1);
    expect(answer.deadlines.find((row: { code: string }) => row.code === 'reminder_answer').penaltyCents).toBeGreaterThanOrEqual(2 * 300_00);
    expect(answer.money.find((row: { month: string }) => row.month === addDays(today, -40).slice(0, 7)).recoveriesCents).toBeGreaterThanOrEqual(150_00);
  });

  test('a claim referred to the special investigation unit counts as an open referral of this month', async () => {
    const before = (await senior.get('/api/backoffice/dashboard')).body.fraudReferrals.find((row: { month: string }) => row.month === today.slice(0, 7));
    await handler.expect(200, 'POST', claimUrl(claims.underReservation, 'investigation'), { reason: 'Zelfde IBAN als bij een ander dossier' }, withKey());
    const { answer, expected } = await compared({});
    expect(answer).toEqual(expected);
    const after = answer.fraudReferrals.find((row: { month: string }) => row.month === today.slice(0, 7));
    expect(after).toMatchObject({ referred: (before?.referred ?? 0) + 1, open: (before?.open ?? 0) + 1 });
  });

  test("one handler's claims over the last 60 days: Karim's accepted claim, 45 days old, its reminder met late with its penalty", async () => {
    const view = { handlerId: karim.me.user.id, from: addDays(today, -60), to: today };
    const { answer, expected } = await compared(view);
    expect(answer).toEqual(expected);
    expect(answer.backlogByHandler).toEqual([expect.objectContaining({ handlerId: karim.me.user.id, handlerName: 'Karim El Amrani' })]);
    expect(answer.backlogByHandler[0].from31To90Days).toBeGreaterThanOrEqual(1);
    const reminder = answer.deadlines.find((row: { code: string }) => row.code === 'reminder_answer');
    expect(reminder.met).toBeGreaterThanOrEqual(1);
    expect(reminder.penaltyCents).toBeGreaterThan(0);
    expect(answer.cycleTimes.find((row: { stage: string }) => row.stage === 'decided').claims).toBeGreaterThanOrEqual(1);
  });

  test('fire claims only: the refused claim closed, the storm claim open', async () => {
    const { answer, expected } = await compared({ productLine: 'fire' });
    expect(answer).toEqual(expected);
    expect(answer.backlogByProductLine.map((row: { productLine: string }) => row.productLine)).toEqual(['fire']);
    expect(answer.cycleTimes.find((row: { stage: string }) => row.stage === 'closed').claims).toBeGreaterThanOrEqual(1);
  });

  test("a catastrophe event's claims: the storm's fire claim", async () => {
    const { answer, expected } = await compared({ catastropheId: stormId });
    expect(answer).toEqual(expected);
    expect(answer.backlogByProductLine).toEqual([expect.objectContaining({ productLine: 'fire', upTo7Days: expect.any(Number) })]);
  });
});

describe("each figure's CSV", () => {
  const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');
  const days = (seconds: number | null) => (seconds === null ? '' : (seconds / 86_400).toFixed(2).replace('.', ','));
  const columns = nlColumns.dashboardColumn;
  const csv = async (figure: string, view: DashboardView) => {
    const response = await senior.fetch('GET', `/api/backoffice/dashboard/${figure}.csv${query(view)}`, undefined, { 'accept-language': 'nl' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    return parseCsv(await response.text());
  };

  test('parsed back, every CSV holds the rows of the JSON, headed in the reader\'s language', async () => {
    const view = { from: addDays(today, -365), to: today };
    const { body } = await senior.get(`/api/backoffice/dashboard${query(view)}`);
    const ages = (row: Record<string, number>) => [row.upTo7Days, row.from8To30Days, row.from31To90Days, row.over90Days, row.total].map(String);
    const agesHeader = [columns.upTo7Days, columns.from8To30Days, columns.from31To90Days, columns.over90Days, columns.total];

    expect(await csv('backlog-by-product-line', view)).toEqual([
      [columns.productLine, ...agesHeader],
      ...body.backlogByProductLine.map((row: any) => [nlScreens.productLine[row.productLine as 'fire'], ...ages(row)]),
    ]);
    expect(await csv('backlog-by-handler', view)).toEqual([[columns.handler, ...agesHeader], ...body.backlogByHandler.map((row: any) => [row.handlerName, ...ages(row)])]);
    expect(await csv('cycle-times', view)).toEqual([
      [columns.stage, columns.claims, columns.p50Days, columns.p90Days],
      ...body.cycleTimes.map((row: any) => [nlColumns.dashboardStage[row.stage as 'opened'], String(row.claims), days(row.p50Seconds), days(row.p90Seconds)]),
    ]);
    expect(await csv('deadlines', view)).toEqual([
      [columns.deadline, columns.met, columns.missed, columns.running, columns.penalties],
      ...body.deadlines.map((row: any) => [nlBackoffice.backoffice.deadlineCode[row.code as 'payment'], String(row.met), String(row.missed), String(row.running), euros(row.penaltyCents)]),
    ]);
    expect(await csv('money', view)).toEqual([
      [columns.month, columns.reserves, columns.payments, columns.recoveries],
      ...body.money.map((row: any) => [row.month, euros(row.reservesCents), euros(row.paymentsCents), euros(row.recoveriesCents)]),
    ]);
    expect(await csv('workload', view)).toEqual([
      [columns.handler, columns.openClaims, columns.openedInPeriod, columns.closedInPeriod, columns.runningDeadlines],
      ...body.workload.map((row: any) => [row.handlerName, row.openClaims, row.openedInPeriod, row.closedInPeriod, row.runningDeadlines].map(String)),
    ]);
    expect(await csv('fraud-referrals', view)).toEqual([
      [columns.month, columns.referred, columns.open, columns.cleared, columns.fraudConfirmed],
      ...body.fraudReferrals.map((row: any) => [row.month, row.referred, row.open, row.cleared, row.fraudConfirmed].map(String)),
    ]);
  });

  test('the CSV of a filtered view has the rows of that view', async () => {
    const view = { productLine: 'fire' };
    const { body } = await senior.get(`/api/backoffice/dashboard${query(view)}`);
    const rows = await csv('workload', view);
    expect(rows.slice(1).map((row) => [row[0], Number(row[1])])).toEqual(body.workload.map((row: any) => [row.handlerName, row.openClaims]));
  });
});

describe('who reads the dashboard', () => {
  test('senior handlers and auditors read it, and the read is recorded with its filters; handlers and customers do not', async () => {
    expect((await auditor.get('/api/backoffice/dashboard?productLine=fire')).status).toBe(200);
    expect((await handler.get('/api/backoffice/dashboard')).status).toBe(403);
    expect((await handler.get('/api/backoffice/dashboard/money.csv')).status).toBe(403);
    expect((await an.get('/api/backoffice/dashboard')).status).toBe(403);
    const reads = await db('auditLog').where({ action: 'read', actorId: auditor.me.user.id, subjectType: 'dashboard' }).orderBy('id', 'desc');
    expect(reads[0].details).toMatchObject({ what: 'dashboard', role: 'auditor', filters: { productLine: 'fire' } });
    expect((await auditor.get('/api/backoffice/dashboard/deadlines.csv')).status).toBe(200);
    const csvRead = await db('auditLog').where({ action: 'read', actorId: auditor.me.user.id, subjectType: 'dashboard', subjectId: 'deadlines' }).first();
    expect(csvRead.details).toMatchObject({ what: 'dashboard_csv' });
  });

  test('a period that ends before it starts, or an unknown product line, is refused naming the filter', async () => {
    const reversed = await senior.get('/api/backoffice/dashboard?from=2026-11-30&to=2026-11-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details).toEqual([expect.objectContaining({ path: 'to', code: 'api.field.toBeforeFrom' })]);
    const unknown = await senior.get('/api/backoffice/dashboard/money.csv?productLine=yachts');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([expect.objectContaining({ path: 'productLine' })]);
  });
});
