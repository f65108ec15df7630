import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Knex } from 'knex';
import { startPaymentSchedule } from '../../workflows/payment-schedule/client';
import type { paymentScheduleWorkflow } from '../../workflows';
import { paymentScheduleWorkflowId } from '../../workflows/payment-schedule/definitions';
import { demo, Session, withKey } from '../support/api';
import { claimUrl, waitUntil, openLiabilityClaim, payeeAccount } from '../support/claims';
import { testDatabase } from '../support/database';
import { existingServer } from '../support/temporal';

let an: Session;
let handler: Session;
let db: Knex;
let environment: TestWorkflowEnvironment;
let client: Client;

beforeAll(async () => {
  [an, handler] = await Promise.all([demo.an, demo.handler].map((email) => Session.login(email)));
  db = testDatabase();
  environment = await TestWorkflowEnvironment.createFromExistingServer(existingServer());
  client = environment.client;
});
afterAll(async () => {
  await db.destroy();
  await environment.teardown();
});

async function reservedClaim(indemnityCents: number) {
  const claimId = await openLiabilityClaim(an, handler);
  expect((await handler.post(claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: indemnityCents, reason: 'Verzekerd Inkomen' }, withKey())).status).toBe(201);
  return claimId;
}
/** A claim whose reserve the ledger of the time before holds (an entry written there): what a schedule workflow of that time checks. */
async function ledgerReservedClaim(indemnityCents: number) {
  const claimId = await openLiabilityClaim(an, handler);
  const author = await db('users').where({ email: demo.handler }).first();
  await db('reserveEntries').insert({ declarationId: claimId, costType: 'indemnity', amountCents: indemnityCents, reason: 'Verzekerd Inkomen', authorId: author.id, authorName: author.fullName });
  return { claimId, author };
}
const scheduleOf = async (claimId: string, id: string) => (await handler.get(claimUrl(claimId, 'payment-schedules'))).body.find((s: { id: string }) => s.id === id);
const startSchedule = (claimId: string, order: object) => handler.post(claimUrl(claimId, 'payment-schedules'), { ...order, ...payeeAccount }, withKey());
const stop = (scheduleId: string, body: object) => handler.post(`/api/backoffice/payment-schedules/${scheduleId}/stop`, body, withKey());

describe('money: payment schedules (Verzekerd Inkomen)', () => {
  test('a death benefit over 12 months pays €2,500 at once, then 11 instalments adding up exactly to the total (a schedule workflow of the time before)', async () => {
    const { claimId, author: handlerRow } = await ledgerReservedClaim(7_500_00);
    const scheduleId = randomUUID();
    // The configured period is a month; the same workflow with a period of half a second.
    await startPaymentSchedule(client, 'claims', {
      scheduleId, declarationId: claimId, kind: 'death', costType: 'indemnity', totalCents: 7_500_00, spreadMonths: 12, ...payeeAccount, iban: 'BE68539007547034',
      createdBy: { userId: handlerRow.id, name: handlerRow.fullName, role: 'handler' }, timing: { instalmentPeriod: '500 milliseconds' },
    });
    const result = await client.workflow.getHandle<typeof paymentScheduleWorkflow>(paymentScheduleWorkflowId(scheduleId)).result();
    expect(result.status).toBe('completed');

    const payments = await db('payments').where({ scheduleId }).orderBy('instalmentNumber');
    expect(payments.map((p) => p.instalmentNumber)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // €5,000 over 11 months: 500 000 cents = 11 × 45 454 + 6; the first six get the extra cent.
    expect(payments.map((p) => p.amountCents)).toEqual([2_500_00, 45_455, 45_455, 45_455, 45_455, 45_455, 45_455, 45_454, 45_454, 45_454, 45_454, 45_454]);
    expect(payments.reduce((sum, p) => sum + p.amountCents, 0)).toBe(7_500_00);
    expect(payments.every((p) => p.status === 'paid')).toBe(true);

    expect(await scheduleOf(claimId, scheduleId)).toMatchObject({ status: 'completed', paidCount: 12, paidCents: 7_500_00, remainingCount: 0, remainingCents: 0 });
  });

  test('a schedule of the time before is stopped by its own workflow', async () => {
    const { claimId, author } = await ledgerReservedClaim(12_000_00);
    const scheduleId = randomUUID();
    await startPaymentSchedule(client, 'claims', {
      scheduleId, declarationId: claimId, kind: 'invalidity', costType: 'indemnity', totalCents: 12_000_00, spreadMonths: 12, ...payeeAccount, iban: 'BE68539007547034',
      createdBy: { userId: author.id, name: author.fullName, role: 'handler' }, timing: { instalmentPeriod: '1 day' },
    });
    await waitUntil(async () => (await scheduleOf(claimId, scheduleId))?.paidCount === 1);
    const stopped = await stop(scheduleId, { reason: 'Herstel' });
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ status: 'stopped', paidCount: 1, remainingCount: 0 });
    const result = await client.workflow.getHandle<typeof paymentScheduleWorkflow>(paymentScheduleWorkflowId(scheduleId)).result();
    expect(result).toMatchObject({ status: 'stopped', paidCount: 1 });
  });

  test('stopping a schedule stops its remaining instalments; what is paid stays paid', async () => {
    const claimId = await reservedClaim(24_000_00);
    const started = await startSchedule(claimId, { kind: 'invalidity', totalCents: 24_000_00, spreadMonths: 24 });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'running', remainingCents: expect.any(Number) });
    expect(started.body.plan).toHaveLength(24);
    const scheduleId = started.body.id;
    // The first instalment goes at once, the next only after the configured month.
    await waitUntil(async () => (await scheduleOf(claimId, scheduleId)).paidCount === 1);
    expect((await handler.get(claimUrl(claimId, 'reserves'))).body.totals.indemnity).toMatchObject({ paidCents: 1_000_00, scheduledCents: 23_000_00, availableCents: 0 });

    expect((await stop(scheduleId, {})).status).toBe(422);
    const stopped = await stop(scheduleId, { reason: 'Overlijden van de begunstigde' });
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ status: 'stopped', paidCount: 1, paidCents: 1_000_00, remainingCount: 0, remainingCents: 0, stopped: { reason: 'Overlijden van de begunstigde' } });
    expect(await db('payments').where({ scheduleId })).toHaveLength(1);
    expect((await stop(scheduleId, { reason: 'nog eens' })).status).toBe(409);
    expect((await handler.get(claimUrl(claimId, 'reserves'))).body.totals.indemnity).toMatchObject({ scheduledCents: 0, availableCents: 23_000_00 });
    const scheduleActions = await db('auditLog').where({ subjectType: 'claim', subjectId: claimId }).whereLike('action', 'claim_payment_schedule_%').orderBy('id').pluck('action');
    expect(scheduleActions).toEqual(['claim_payment_schedule_started', 'claim_payment_schedule_stopped']);
  });

  test("a schedule must fit the outstanding indemnity reserve", async () => {
    const claimId = await reservedClaim(7_000_00);
    const reply = await startSchedule(claimId, { kind: 'death', totalCents: 7_500_00, spreadMonths: 12 });
    expect(reply.status).toBe(422);
    expect(reply.body.error.details).toEqual([{
      path: 'totalCents', code: 'money.problem.available', params: { costType: 'indemnity', availableCents: 7_000_00 },
      message: 'At most €7,000.00 of the indemnity reserve is still available; raise the reserve first.',
    }]);
    expect((await handler.get(claimUrl(claimId, 'payment-schedules'))).body).toEqual([]);
  });

  test('a claim with a running schedule cannot be refused until the schedule is stopped', async () => {
    const claimId = await reservedClaim(12_000_00);
    const started = (await startSchedule(claimId, { kind: 'invalidity', totalCents: 12_000_00, spreadMonths: 12 })).body;
    const refuse = () => handler.post(`/api/backoffice/declarations/${claimId}/decision`, { decision: 'refuse', reason: 'Uitsluiting: luchtsporten' });
    const refused = await refuse();
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('A payment schedule is still running on this claim: stop it first, then refuse.');
    expect((await handler.get(`/api/backoffice/claims/${claimId}`)).body.status).toBe('in_handling');
    expect((await stop(started.id, { reason: 'Uitsluiting vastgesteld' })).status).toBe(200);
    expect((await refuse()).body.status).toBe('refused');
  });
});
