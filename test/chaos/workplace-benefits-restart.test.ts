import { randomUUID } from 'node:crypto';
import type { Client, Connection } from '@temporalio/client';
import type { Knex } from 'knex';
import { brusselsDate } from '../../domain/rules/calendar';
import { durationMs } from '../../domain/duration';
import { declarationFixture, HttpSession } from '../../scripts/support/http-session';
import { respawnSystem, spawnSystem, stopSystem, SystemProcess } from '../../scripts/support/system-process';
import { eventually, exited, sleep, storesOf, systemPid } from '../support/chaos';
import { benefitsQuery, benefitsWorkflowId } from '../../workflows/workplace-benefits/definitions';

/**
 * A workplace accident's yearly allowance, ratified and running, pays each month exactly once whatever happens to
 * the process running the API and the worker: it is killed (SIGKILL) while the allowance runs, stays down for months
 * of the test's time, and is started again. The months missed are paid on the restart, none twice, and from then on
 * one a month again; a benefit year of 20 s makes the file continue as new on the way. At the end the victim's
 * death stops the allowance and the file's process completes.
 */
jest.setTimeout(400_000);

const MONTH = '3 seconds';
const monthMs = durationMs(MONTH);
/** Down this long: at least two months of the allowance fall due while nothing runs. */
const DOWN_MS = 2 * monthMs + 1_500;

let system: SystemProcess;
let db: Knex;
let connection: Connection;
let temporal: Client;

beforeAll(async () => {
  // A revision period longer than the test: the yearly allowance (not the annuity) is what runs.
  system = await spawnSystem({
    NODE_ENV: 'test', BENEFITS_MONTH: MONTH, BENEFITS_REVISION_PERIOD: '3600 seconds', BENEFITS_RATIFICATION_REMIND_AFTER: '3600 seconds', BENEFITS_YEAR: '20 seconds',
  });
  ({ db, connection, temporal } = await storesOf(system));
});

afterAll(async () => {
  await db?.destroy();
  await connection?.close();
  if (system) await stopSystem(system);
});

const withKey = (key: string = randomUUID()) => ({ 'Idempotency-Key': key });
const today = () => brusselsDate(new Date());

/** An accepted workplace accident of 1 September 2026 with its benefits file carried to a ratified agreement (10 %). */
async function ratifiedAllowance(): Promise<{ claimId: string }> {
  const an = await HttpSession.login(system.apiUrl, 'an.peeters@bakkerij-peeters.example');
  const handler = await HttpSession.login(system.apiUrl, 'handler@insurer.example');
  const orgUrl = `/api/organisations/${an.activeOrganisationId}`;
  const policies = (await an.get(`${orgUrl}/policies?productLine=workplace_accident`)).body.items;
  const { data } = declarationFixture('workplace_accident');
  data.event.date = '2026-09-01';
  const created = await an.expect(201, 'POST', `${orgUrl}/declarations`, { type: 'workplace_accident', policyId: policies[0].id, data });
  await an.expect(200, 'POST', `${orgUrl}/declarations/${created.id}/submit`);
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${created.id}/start-handling`, {});
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${created.id}/decision`, { decision: 'accept' });
  const benefits = `/api/backoffice/claims/${created.id}/benefits`;
  await handler.expect(201, 'POST', benefits, {
    workerStatus: 'white_collar', monthlyGrossCents: 3_000_00, victimIban: 'BE68 5390 0754 7034', employerIban: 'BE62 5100 0754 7061',
  }, withKey());
  await handler.expect(201, 'POST', `${benefits}/certificates`, { kind: 'incapacity', from: '2026-09-01', to: '2026-09-14' }, withKey());
  await handler.expect(201, 'POST', `${benefits}/agreement`, { consolidationDate: '2026-09-15', degreePercent: 10 }, withKey());
  await handler.expect(200, 'POST', `${benefits}/agreement/signature`, { signedOn: today() }, withKey());
  await handler.expect(200, 'POST', `${benefits}/agreement/ratification`, { ratifiedOn: today(), reference: 'FEDRIS-CHAOS-1' }, withKey());
  return { claimId: created.id };
}

/** The allowance's months as the workflow holds them, and as the claim's ledger holds their payments. */
async function allowanceMonths(claimId: string) {
  const state = await temporal.workflow.getHandle(benefitsWorkflowId(claimId)).query(benefitsQuery);
  const months = state.payments.filter((payment) => payment.item === 'allowance');
  const ledger = await db('payments').where({ declarationId: claimId }).select('id', 'amountCents');
  return { state, months, ledger };
}

test('a running allowance pays each month exactly once across a kill of the worker and a restart', async () => {
  const { claimId } = await ratifiedAllowance();
  const { state: ratified } = await allowanceMonths(claimId);
  const firstDueAt = ratified.allowance!.nextDueAt!;
  // The month's amount: 10 % of the base wage (€36,000): €3,600 a year, €300 a month.
  expect(ratified.allowance).toMatchObject({ kind: 'allowance', yearlyCents: 3_600_00, monthlyCents: 300_00, monthsPaid: 0 });

  await eventually('two months paid before the kill', async () => {
    expect((await allowanceMonths(claimId)).months.length).toBeGreaterThanOrEqual(2);
  }, 30_000);
  process.kill(systemPid(system), 'SIGKILL');
  const killedAt = Date.now();
  await exited(system);
  const paidAtKill = (await db('payments').where({ declarationId: claimId })).length;
  await sleep(DOWN_MS - (Date.now() - killedAt));
  system = await respawnSystem(system);

  // Caught up: every month due by now is paid (the next one lies ahead), as many as months elapsed since the first was due.
  const caughtUp = await eventually('the months missed paid after the restart', async () => {
    const found = await allowanceMonths(claimId);
    const now = Date.now();
    const nextDueAt = found.state.allowance!.nextDueAt!;
    expect(nextDueAt).toBeGreaterThan(now);
    expect(found.state.allowance!.monthsPaid).toBe(Math.floor((now - firstDueAt) / monthMs) + 1);
    return found;
  }, 90_000);
  expect(caughtUp.months.length).toBeGreaterThan(paidAtKill);
  // A few months more after the restart, one a month, each once.
  await sleep(2 * monthMs);
  const { state, months, ledger } = await eventually('the allowance paying on', async () => {
    const found = await allowanceMonths(claimId);
    expect(found.state.allowance!.nextDueAt!).toBeGreaterThan(Date.now());
    return found;
  }, 30_000);
  const monthsElapsed = Math.floor((state.allowance!.nextDueAt! - firstDueAt) / monthMs);
  expect(state.allowance!.monthsPaid).toBe(monthsElapsed);
  expect(months.map((payment) => payment.itemRef)).toEqual(Array.from({ length: monthsElapsed }, (_, i) => `m${i + 1}`));
  expect(new Set(months.map((payment) => payment.id)).size).toBe(months.length);
  expect(months.every((payment) => payment.amountCents === 300_00)).toBe(true);
  // The claim's ledger holds exactly the file's payments (the arrears and the allowance's months), none twice.
  expect(ledger.map((row) => row.id).sort()).toEqual(state.payments.map((payment) => payment.id).sort());
  expect(new Set(ledger.map((row) => row.id)).size).toBe(ledger.length);

  const runs: string[] = [];
  for await (const run of temporal.workflow.list({ query: `WorkflowId = '${benefitsWorkflowId(claimId)}'` })) runs.push(run.status.name);
  expect(runs).toContain('CONTINUED_AS_NEW');

  // The victim dies: the allowance stops, the process completes, and nothing is paid after it.
  const handler = await HttpSession.login(system.apiUrl, 'handler@insurer.example');
  const died = await handler.expect(200, 'POST', `/api/backoffice/claims/${claimId}/benefits/death`, { diedOn: today() }, withKey());
  expect(died).toMatchObject({ stage: 'ended', allowance: { nextDueAt: null } });
  await eventually('the file completed', async () => {
    expect((await temporal.workflow.getHandle(benefitsWorkflowId(claimId)).describe()).status.name).toBe('COMPLETED');
  }, 30_000);
  const paidAtDeath = (await db('payments').where({ declarationId: claimId })).length;
  await sleep(2 * monthMs + 1_000);
  expect(await db('payments').where({ declarationId: claimId })).toHaveLength(paidAtDeath);
  console.log(`benefits chaos: killed with ${paidAtKill} payments of the claim in the ledger, down ${DOWN_MS} ms (months of ${monthMs} ms); ` +
    `${monthsElapsed} monthly payments m1..m${monthsElapsed}, each once; ${ledger.length} payments in the ledger, 0 duplicated; runs: ${runs.join(', ')}`);
});
