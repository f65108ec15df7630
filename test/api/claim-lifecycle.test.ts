import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { declarationUrl, demo, fixture, Session } from '../support/api';
import { claimUrl, payeeAccount, waitUntil } from '../support/claims';
import { diagnoseProcesses } from '../support/process-diagnosis';
import { claimWorkflowId } from '../../workflows/claim/definitions';
import { deadlinesWorkflowId } from '../../workflows/claim-deadlines/definitions';
import { declarationWorkflowId } from '../../workflows/declaration/definitions';
import { policyIdsByNumber, testDatabase } from '../support/database';

let an: Session;
let handler: Session; // authority limit €5,000
let second: Session;
let senior: Session;
let db: Knex;
let policies: Record<string, string>;

beforeAll(async () => {
  [an, handler, second, senior] = await Promise.all([demo.an, demo.handler, 'second.handler@insurer.example', demo.senior].map((email) => Session.login(email)));
  db = testDatabase();
  policies = await policyIdsByNumber(db);
});
afterAll(() => db.destroy());

/** Money commands carry an Idempotency-Key: each request here is a new one. */
const keyed = () => ({ 'Idempotency-Key': randomUUID() });

/** A liability declaration by An Peeters, submitted; with its policy linked the cover checks out at opening, without it it cannot be checked. */
async function submittedLiability(policyNumber?: string): Promise<string> {
  const reply = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, {
    type: 'liability', data: fixture('liability').data, ...(policyNumber ? { policyId: policies[policyNumber] } : {}),
  });
  if (reply.status !== 201) throw new Error(`create failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  await an.expect(200, 'POST', declarationUrl(an, reply.body.id, 'submit'));
  return reply.body.id;
}
async function openedLiability(policyNumber?: string): Promise<string> {
  const id = await submittedLiability(policyNumber);
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${id}/start-handling`, {});
  return id;
}
/** The claim's process checks the cover a moment after the opening answered: the file shows it once it has. */
const fileWithCover = (claimId: string, headers: Record<string, string> = {}) => waitUntil(async () => {
  const file = (await handler.request('GET', `/api/backoffice/claims/${claimId}`, undefined, headers)).body;
  return file.claim?.coverage ? file : undefined;
});
const decide = (claimId: string, body: Record<string, unknown>) => handler.post(`/api/backoffice/declarations/${claimId}/decision`, body);
const close = (claimId: string, body: Record<string, unknown>) => handler.post(claimUrl(claimId, 'close'), body);
const queueIds = async (query = '') =>
  (await handler.get(`/api/backoffice/claims?pageSize=200${query}`)).body.items.map((item: { id: string }) => item.id);

describe('the claim decides once it is opened', () => {
  test('a declaration not yet taken in handling cannot be decided: its own process refuses', async () => {
    const id = await submittedLiability('BA-2019-104512');
    const refused = await decide(id, { decision: 'accept' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('not_allowed_in_status');
    expect(await db('claims').where({ declarationId: id }).first()).toBeUndefined();
  });

  test('an opened claim is decided by its own process; the answer and the customer show the decision on the declaration', async () => {
    const claimId = await openedLiability('BA-2019-104512');
    const accepted = await decide(claimId, { decision: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id: claimId, status: 'accepted', decision: { decision: 'accept', reason: null, decidedBy: { name: 'Hanne De Smet' } } });
    expect((await db('claims').where({ declarationId: claimId }).first('workflowId')).workflowId).toBe(`claim-${claimId}`);
    const customerView = (await an.get(declarationUrl(an, claimId))).body;
    expect(customerView).toMatchObject({ status: 'accepted', decision: { decision: 'accept' } });
    expect(await db('auditLog').where({ action: 'claim_decided', subjectId: claimId })).toHaveLength(1);
  });

  test('a refusal needs its reason, as before', async () => {
    const claimId = await openedLiability('BA-2019-104512');
    const incomplete = await decide(claimId, { decision: 'refuse' });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.details).toEqual([expect.objectContaining({ path: 'reason', code: 'declaration.problem.refusalReason' })]);
    expect((await decide(claimId, { decision: 'refuse', reason: 'Geen fout van de verzekerde' })).body.status).toBe('refused');
  });
});

test('a senior handler reassigns the claim through its process: the claim and the declaration name the new handler', async () => {
  const claimId = await openedLiability('BA-2019-104512');
  const reassigned = await senior.post(claimUrl(claimId, 'assign'), { handlerId: second.me.user.id });
  expect(reassigned.status).toBe(200);
  expect(reassigned.body.handler).toMatchObject({ id: second.me.user.id, name: 'Karim El Amrani' });
  expect(reassigned.body.history.at(-1)).toMatchObject({ action: 'reassigned', by: { name: 'Marc Verhoeven' }, details: { from: 'Hanne De Smet', to: 'Karim El Amrani' } });
  expect((await second.get(`/api/backoffice/claims/${claimId}`)).body.claim.handlerId).toBe(second.me.user.id);
  expect(await db('auditLog').where({ action: 'claim_reassigned', subjectId: claimId })).toHaveLength(1);
});

test("a claimant's reminder goes to the claim's process, which starts the 11-day answer deadline", async () => {
  const claimId = await openedLiability('BA-2019-104512');
  // The deadlines process is the claim's child: once, under the whole suite, it had not projected them after 30 s.
  const processes = () => diagnoseProcesses([declarationWorkflowId(claimId), claimWorkflowId(claimId), deadlinesWorkflowId(claimId)]);
  await waitUntil(async () => (await handler.get(`/api/backoffice/claims/${claimId}`)).body.deadlines.length > 0, 45_000, processes);
  const sentOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
  const recorded = await handler.post(claimUrl(claimId, 'deadlines/reminder'), { sentOn });
  expect(recorded.status).toBe(200);
  expect(recorded.body).toEqual({ declarationId: claimId, sentOn });
  const reminder = await waitUntil(async () =>
    (await handler.get(`/api/backoffice/claims/${claimId}`)).body.deadlines.find((deadline: { code: string }) => deadline.code === 'reminder_answer'), 30_000, processes);
  expect(reminder).toMatchObject({ status: 'running', penaltyCents: 0 });
  expect(await db('auditLog').where({ action: 'claim_deadline_reminder', subjectId: claimId })).toHaveLength(1);
}, 120_000);

describe('closing and reopening', () => {
  test('a claim with a payment still on its way does not close; once it is cancelled the claim closes without payment and its reserve is released', async () => {
    const claimId = await openedLiability('BA-2019-104512');
    await decide(claimId, { decision: 'accept' });
    expect((await handler.post(claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 1_000_00, reason: 'Raming schade' }, keyed())).status).toBe(201);
    const payment = await handler.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 400_00, ...payeeAccount }, keyed());
    expect(payment.body.status).toBe('approved'); // within Hanne's authority: on its way to the bank

    const refused = await close(claimId, { outcome: 'paid' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'not_allowed_in_status', key: 'claim.refusal.paymentsUnsettled', params: { count: 1 } });

    expect((await handler.post(`/api/backoffice/payments/${payment.body.id}/cancel`, { reason: 'Verkeerde begunstigde' }, keyed())).body.status).toBe('cancelled');
    expect((await close(claimId, { outcome: 'paid' })).status).toBe(409); // nothing was paid after all
    const closed = await close(claimId, { outcome: 'no_payment' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ outcome: 'no_payment', closedAt: expect.any(String), closedBy: { name: 'Hanne De Smet' } });

    const reserves = (await handler.get(claimUrl(claimId, 'reserves'))).body;
    expect(reserves.entries.map((entry: { amountCents: number; reason: string }) => [entry.amountCents, entry.reason])).toEqual([
      [1_000_00, 'Raming schade'], [-1_000_00, 'Released at closing'],
    ]);
    expect(reserves.totals.overall).toMatchObject({ reserveCents: 0, paidCents: 0, outstandingCents: 0 });
    expect(await queueIds()).not.toContain(claimId);
    expect(await db('auditLog').where({ action: 'claim_closed', subjectId: claimId })).toHaveLength(1);
  });

  test('a duplicate or withdrawn claim closes only with a reason, which the claim keeps', async () => {
    const claimId = await openedLiability('BA-2019-104512');
    expect((await close(claimId, { outcome: 'duplicate' })).status).toBe(422);
    const closed = await close(claimId, { outcome: 'duplicate', reason: 'Dubbel met een eerdere aangifte' });
    expect(closed.body).toMatchObject({ outcome: 'duplicate', closeReason: 'Dubbel met een eerdere aangifte' });
  });

  test('a closed claim refuses payments; reopened with a reason it is open again under the same claim number', async () => {
    const claimId = await openedLiability('BA-2019-104512');
    await decide(claimId, { decision: 'accept' });
    await handler.post(claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 500_00, reason: 'Raming' }, keyed());
    const before = (await handler.get(`/api/backoffice/claims/${claimId}`)).body.claim;
    expect((await close(claimId, { outcome: 'no_payment' })).status).toBe(200);

    const payment = await handler.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 100_00, ...payeeAccount }, keyed());
    expect(payment.status).toBe(409);
    expect(payment.body.error.key).toBe('claim.refusal.closed');
    expect((await handler.post(claimUrl(claimId, 'reopen'), {})).status).toBe(422); // no reason

    const reopened = await handler.post(claimUrl(claimId, 'reopen'), { reason: 'Nieuwe factuur van de tegenpartij' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({
      claimNumber: before.claimNumber, closedAt: null, outcome: null,
      reopened: { count: 1, reason: 'Nieuwe factuur van de tegenpartij', by: { name: 'Hanne De Smet' } },
    });
    expect(await queueIds()).toContain(claimId);
    expect((await handler.post(claimUrl(claimId, 'reopen'), { reason: 'Nog eens' })).status).toBe(409); // open already
  });
});

describe('cover', () => {
  test("the claim file shows the cover as checked at opening, its findings in the reader's language", async () => {
    const verified = await openedLiability('BA-2019-104512');
    const file = await fileWithCover(verified);
    expect(file.claim.coverage).toEqual({ status: 'verified', findings: [], eventDate: '2026-11-18', confirmed: null });
    expect(file.claim).toMatchObject({ outcome: null, closeReason: null, closedBy: null, reopened: null, hasProcess: true });
    expect(file.claim.money.overall).toMatchObject({ reserveCents: 0, paidCents: 0 });

    const unverified = await openedLiability();
    const french = await fileWithCover(unverified, { 'accept-language': 'fr' });
    expect(french.claim.coverage).toMatchObject({
      status: 'unverified',
      findings: [{ key: 'coverage.noPolicy', text: 'Aucune police n’est liée à la déclaration : la couverture ne peut pas être vérifiée.' }],
    });
  });

  test('the queue picks out the claims whose cover is unverified; a senior handler confirms it with a reason, a handler cannot', async () => {
    const verified = await openedLiability('BA-2019-104512');
    const unverified = await openedLiability();
    await Promise.all([fileWithCover(verified), fileWithCover(unverified)]);
    const inDoubt = await queueIds('&coverage=unverified');
    expect(inDoubt).toContain(unverified);
    expect(inDoubt).not.toContain(verified);
    const items = (await handler.get('/api/backoffice/claims?pageSize=200')).body.items;
    expect(items.find((item: { id: string }) => item.id === verified).coverageStatus).toBe('verified');

    expect((await handler.post(claimUrl(unverified, 'cover'), { reason: 'Polis nagekeken' })).status).toBe(403);
    const confirmed = await senior.post(claimUrl(unverified, 'cover'), { reason: 'Polis BA-2019-104512 nagekeken: in voege' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.coverage).toMatchObject({
      status: 'confirmed', confirmed: { by: { name: 'Marc Verhoeven' }, reason: 'Polis BA-2019-104512 nagekeken: in voege' },
    });
    expect(await queueIds('&coverage=unverified')).not.toContain(unverified);
    expect((await senior.post(claimUrl(verified, 'cover'), { reason: 'Nog eens' })).status).toBe(409); // nothing in doubt
  });
});
