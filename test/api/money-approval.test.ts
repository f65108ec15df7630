import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Knex } from 'knex';
import { startPaymentApproval } from '../../workflows/payment-approval/client';
import { demo, Session, withKey } from '../support/api';
import { claimUrl, waitUntil, openLiabilityClaim, payeeAccount } from '../support/claims';
import { testDatabase } from '../support/database';
import { existingServer } from '../support/temporal';

let an: Session;
let handler: Session; // authority limit €5,000
let senior: Session; // authority limit €25,000
let auditor: Session;
let db: Knex;
let environment: TestWorkflowEnvironment;
let client: Client;

beforeAll(async () => {
  [an, handler, senior, auditor] = await Promise.all([demo.an, demo.handler, demo.senior, demo.auditor].map((email) => Session.login(email)));
  db = testDatabase();
  environment = await TestWorkflowEnvironment.createFromExistingServer(existingServer());
  client = environment.client;
});
afterAll(async () => {
  await db.destroy();
  await environment.teardown();
});

/** An opened claim with an indemnity reserve of €50,000. */
async function reservedClaim() {
  const claimId = await openLiabilityClaim(an, handler);
  expect((await handler.post(claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 50_000_00, reason: 'Raming' }, withKey())).status).toBe(201);
  return claimId;
}
const pay = (session: Session, claimId: string, amountCents: number) =>
  session.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents, ...payeeAccount }, withKey());
const approve = (session: Session, paymentId: string, key?: string) => session.post(`/api/backoffice/payments/${paymentId}/approve`, {}, withKey(key));
const reject = (session: Session, paymentId: string, body: object) => session.post(`/api/backoffice/payments/${paymentId}/reject`, body, withKey());

describe('money: four-eyes approval', () => {
  test('a payment above the authority limit waits for approval, in the senior handlers\' inbox, and is promised on the reserve', async () => {
    const claimId = await reservedClaim();
    const requested = await pay(handler, claimId, 5_000_01);
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({ status: 'awaiting_approval', paidAt: null, decidedBy: null });
    const inbox = (await senior.get('/api/backoffice/payments?status=awaiting_approval')).body.map((p: { id: string }) => p.id);
    expect(inbox).toContain(requested.body.id);
    const { body } = await handler.get(claimUrl(claimId, 'reserves'));
    expect(body.totals.indemnity).toMatchObject({ paidCents: 0, awaitingApprovalCents: 5_000_01, outstandingCents: 50_000_00, availableCents: 44_999_99 });
  });

  test('a payment awaiting approval on a claim refused in the meantime can only be rejected', async () => {
    const claimId = await reservedClaim();
    const requested = (await pay(handler, claimId, 12_000_00)).body;
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${claimId}/decision`, { decision: 'refuse', reason: 'Niet gedekt' });
    const approved = await approve(senior, requested.id);
    expect(approved.status).toBe(409);
    expect(approved.body.error.message).toMatch(/^Claim \d{4}\/BA\/\d{6} is refused; it cannot be paid\.$/);
    const rejected = await reject(senior, requested.id, { reason: 'Schadegeval geweigerd' });
    expect(rejected.body).toMatchObject({ status: 'rejected' });
  });

  test('a senior handler approves: the payment is approved (paid, in transit to the bank) and audit-logged on the claim', async () => {
    const claimId = await reservedClaim();
    const requested = (await pay(handler, claimId, 12_000_00)).body;
    const approved = await approve(senior, requested.id);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: { name: 'Marc Verhoeven' } });
    expect(approved.body.paidAt).toEqual(expect.any(String));
    const paymentActions = await db('auditLog').where({ subjectType: 'claim', subjectId: claimId }).whereLike('action', 'claim_payment_%').orderBy('id');
    expect(paymentActions.map((entry) => [entry.action, entry.details.paymentId])).toEqual([
      ['claim_payment_approval_requested', requested.id], ['claim_payment_approved', requested.id],
    ]);
    expect((await approve(senior, requested.id)).status).toBe(409); // a new request: there is nothing left to approve
    expect((await handler.get(claimUrl(claimId, 'reserves'))).body.totals.indemnity).toMatchObject({ paidCents: 12_000_00, inTransitCents: 12_000_00, outstandingCents: 38_000_00 });
  });

  test('approval needs an authority of its own that covers the amount', async () => {
    const claimId = await reservedClaim();
    const second = await Session.login('second.handler@insurer.example');
    const requested = (await pay(second, claimId, 30_000_00)).body; // above the senior handler's €25,000
    const approved = await approve(senior, requested.id);
    expect(approved.status).toBe(403);
    expect((await db('payments').where({ id: requested.id }).first()).status).toBe('awaiting_approval');
  });

  test('the requester can never approve their own payment, even a senior handler', async () => {
    const claimId = await reservedClaim();
    const requested = (await pay(senior, claimId, 30_000_00)).body;
    expect(requested.status).toBe('awaiting_approval');
    const own = await approve(senior, requested.id);
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/four eyes/i);
    expect((await db('payments').where({ id: requested.id }).first()).status).toBe('awaiting_approval');
  });

  test('a plain handler cannot approve or reject', async () => {
    const claimId = await reservedClaim();
    const second = await Session.login('second.handler@insurer.example');
    const requested = (await pay(second, claimId, 6_000_00)).body;
    expect((await approve(handler, requested.id)).status).toBe(403);
    expect((await reject(handler, requested.id, { reason: 'nee' })).status).toBe(403);
    expect((await approve(auditor, requested.id)).status).toBe(403);
    expect((await approve(an, requested.id)).status).toBe(403);
    expect((await db('payments').where({ id: requested.id }).first()).status).toBe('awaiting_approval');
  });

  test('a senior handler rejects with a reason; the rejected payment frees the reserve', async () => {
    const claimId = await reservedClaim();
    const requested = (await pay(handler, claimId, 7_000_00)).body;
    expect((await reject(senior, requested.id, {})).status).toBe(422);
    const rejected = await reject(senior, requested.id, { reason: 'Factuur ontbreekt' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'Factuur ontbreekt', decidedBy: { name: 'Marc Verhoeven' }, paidAt: null });
    expect((await handler.get(claimUrl(claimId, 'reserves'))).body.totals.indemnity).toMatchObject({ paidCents: 0, awaitingApprovalCents: 0, availableCents: 50_000_00 });
  });

  test('a payment of the time before, undecided after its period, escalates to every senior handler and is decided by its own approval workflow', async () => {
    // Its approval workflow checks the ledger of the time before: the reserve as an entry written there.
    const claimId = await openLiabilityClaim(an, handler);
    const requester = await db('users').where({ email: demo.handler }).first();
    await db('reserveEntries').insert({ declarationId: claimId, costType: 'indemnity', amountCents: 50_000_00, reason: 'Raming', authorId: requester.id, authorName: requester.fullName });
    const paymentId = randomUUID();
    await startPaymentApproval(client, 'claims', {
      paymentId, declarationId: claimId, costType: 'indemnity', amountCents: 8_000_00, ...payeeAccount, iban: 'BE68539007547034',
      requestedBy: { userId: requester.id, name: requester.fullName, role: 'handler' }, timing: { escalateAfter: '1 second' },
    });
    const escalated = await waitUntil(async () => (await db('payments').where({ id: paymentId }).first()).escalatedAt);
    expect(escalated).toBeInstanceOf(Date);
    const seniorIds = await db('users').where({ role: 'senior_handler' }).pluck('id');
    const notices = await db('notifications').where({ kind: 'payment_approval_escalated', declarationId: claimId });
    expect(notices.map((notice) => notice.userId).sort()).toEqual([...seniorIds].sort());
    // A notice is its kind and parameters, worded where it is read: no English sentence is stored.
    expect(notices[0]).toMatchObject({ message: null, params: { amountCents: 8_000_00, requestedBy: requester.fullName } });
    expect((await approve(senior, paymentId)).body).toMatchObject({ status: 'paid', escalatedAt: escalated.toISOString() });
    expect(await db('auditLog').where({ subjectType: 'payment', subjectId: paymentId }).orderBy('id').pluck('action')).toEqual(['payment_approval_requested', 'payment_approved']);
  });
});
