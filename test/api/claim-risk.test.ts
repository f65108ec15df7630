import type { Knex } from 'knex';
import { demo, Session, withKey } from '../support/api';
import { claimUrl, payeeAccount, waitUntil } from '../support/claims';
import { testDatabase } from '../support/database';
import { openClaimOn, siuEmail } from '../support/risk';

/** Fraud indicators, possible duplicates, the special investigation unit (SIU) and litigation (issue 12 §3). */
jest.setTimeout(240_000); // a busy machine opens claims slowly

let an: Session;
let handler: Session;
let senior: Session;
let siu: Session;
let auditor: Session;
let db: Knex;

beforeAll(async () => {
  [an, handler, senior, siu, auditor] = await Promise.all([demo.an, demo.handler, demo.senior, siuEmail, demo.auditor].map((email) => Session.login(email)));
  db = testDatabase();
});
afterAll(() => db.destroy());

test('an event 9 days after the policy start shows its indicator with reason and facts; referred, the claim leaves the handler, the SIU reads it, a payment waits', async () => {
  const claimId = await openClaimOn(an, handler, '2019-01-10');
  const risk = (await handler.request('GET', claimUrl(claimId, 'risk'), undefined, { 'Accept-Language': 'en' })).body;
  const soon = risk.indicators.find((indicator: { code: string }) => indicator.code === 'soon_after_policy_start');
  expect(soon).toMatchObject({ facts: { eventDate: '2019-01-10', startDate: '2019-01-01', days: 9, thresholdDays: 30 } });
  expect(soon.reason.text).toBe('The event of 10/01/2019 happened 9 days after the policy started on 01/01/2019 (threshold: 30 days).');
  const file = (await handler.get(`/api/backoffice/claims/${claimId}`)).body;
  expect(file.flags.map((flag: { code: string }) => flag.code)).toContain('fraud_indicators');

  // Referral: a reason is required; the SIU cannot refer (a claim never referred to it does not exist for it), the handler can.
  expect((await handler.post(claimUrl(claimId, 'investigation'), { reason: ' ' }, withKey())).status).toBe(422);
  expect((await siu.post(claimUrl(claimId, 'investigation'), { reason: 'Verdacht' }, withKey())).status).toBe(404);
  const referred = await handler.post(claimUrl(claimId, 'investigation'), { reason: 'Schade 9 dagen na de start van de polis' }, withKey());
  expect(referred.status).toBe(200);
  expect(referred.body).toMatchObject({ referred: true, investigations: [{ reason: 'Schade 9 dagen na de start van de polis', closedAt: null }] });

  // From now on: 404 for the handler (file, money, risk), not in the queue; the SIU, seniors and auditors see it.
  expect((await handler.get(`/api/backoffice/claims/${claimId}`)).status).toBe(404);
  expect((await handler.get(claimUrl(claimId, 'reserves'))).status).toBe(404);
  expect((await handler.get(claimUrl(claimId, 'risk'))).status).toBe(404);
  expect((await handler.get(`/api/backoffice/declarations/${claimId}`)).status).toBe(404);
  const queue = (await handler.get('/api/backoffice/claims?pageSize=100&sort=submittedAt:desc')).body;
  expect(queue.items.map((item: { id: string }) => item.id)).not.toContain(claimId);
  expect((await siu.get(`/api/backoffice/claims/${claimId}`)).status).toBe(200);
  expect((await auditor.get(claimUrl(claimId, 'risk'))).status).toBe(200);
  const work = (await siu.get('/api/backoffice/investigations')).body;
  expect(work.items.find((item: { id: string }) => item.id === claimId)).toMatchObject({ reason: 'Schade 9 dagen na de start van de polis', outcome: null });
  expect((await handler.get('/api/backoffice/investigations')).status).toBe(403);
  const senioFile = (await senior.get(`/api/backoffice/claims/${claimId}`)).body;
  expect(senioFile.flags.map((flag: { code: string }) => flag.code)).toContain('siu_referred');

  // A payment approved while referred is held: the batch does not take it.
  await senior.expect(201, 'POST', claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 1_000_00, reason: 'Raming' }, withKey());
  const payment = await senior.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 500_00, ...payeeAccount }, withKey());
  expect(payment.status).toBe(201);
  expect(payment.body.status).toBe('approved');
  await senior.post('/api/backoffice/payment-batches', {}, withKey());
  expect((await db('payments').where({ id: payment.body.id }).first('status')).status).toBe('approved');
  expect((await siu.get(claimUrl(claimId, 'risk'))).body.heldPayments).toBe(1);

  // Only the SIU closes the referral, with an outcome and a note; then the handler sees the claim again and the payment goes.
  expect((await senior.post(claimUrl(claimId, 'investigation/close'), { outcome: 'cleared', note: 'ok' }, withKey())).status).toBe(403);
  const missingNote = await siu.post(claimUrl(claimId, 'investigation/close'), { outcome: 'cleared' }, withKey());
  expect(missingNote.status).toBe(422);
  expect(missingNote.body.error.details[0]).toMatchObject({ path: 'note' });
  const closed = await siu.post(claimUrl(claimId, 'investigation/close'), { outcome: 'cleared', note: 'Polis en factuur nagekeken: geen fraude' }, withKey());
  expect(closed.body).toMatchObject({ referred: false, investigations: [{ outcome: 'cleared', note: 'Polis en factuur nagekeken: geen fraude' }] });
  expect((await handler.get(`/api/backoffice/claims/${claimId}`)).status).toBe(200);
  const row = await db('claimInvestigations').where({ declarationId: claimId }).first();
  expect(row).toMatchObject({ reason: 'Schade 9 dagen na de start van de polis', outcome: 'cleared', referredBy: { name: 'Hanne De Smet', role: 'handler' }, closedBy: { role: 'siu' } });
  await senior.post('/api/backoffice/payment-batches', {}, withKey());
  await waitUntil(async () => (await db('payments').where({ id: payment.body.id }).first('status')).status === 'sent');
  const actions = await db('auditLog').where({ subjectId: claimId }).pluck('action');
  expect(actions).toEqual(expect.arrayContaining(['claim_referred_to_investigation', 'claim_investigation_closed']));
});

test('two claims on the same policy and type, 2 days apart, are linked in both files; one is closed as a duplicate of the other', async () => {
  const first = await openClaimOn(an, handler, '2019-06-10');
  const second = await openClaimOn(an, handler, '2019-06-12');
  const linkedFrom = async (claimId: string) => (await handler.get(claimUrl(claimId, 'risk'))).body.possibleDuplicates.map((linked: { id: string }) => linked.id);
  expect(await linkedFrom(second)).toEqual([first]);
  expect(await linkedFrom(first)).toEqual([second]); // the one that opened first shows the link too
  expect((await handler.get(`/api/backoffice/claims/${first}`)).body.flags.map((flag: { code: string }) => flag.code)).toContain('possible_duplicate');

  const close = (claimId: string, body: Record<string, unknown>) => handler.post(claimUrl(claimId, 'close'), body, withKey());
  expect((await close(second, { outcome: 'duplicate', reason: 'Dubbel', duplicateOf: second })).status).toBe(422);
  expect((await close(second, { outcome: 'duplicate', reason: 'Dubbel', duplicateOf: '00000000-0000-4000-8000-000000000000' })).status).toBe(422);
  expect((await close(second, { outcome: 'duplicate', reason: 'Dubbel van de eerste aangifte', duplicateOf: first })).status).toBe(200);
  const secondRisk = (await handler.get(claimUrl(second, 'risk'))).body;
  expect(secondRisk.duplicateOf).toMatchObject({ id: first });
  const firstRisk = (await handler.get(claimUrl(first, 'risk'))).body;
  expect(firstRisk.possibleDuplicates).toEqual([expect.objectContaining({ id: second, outcome: 'duplicate', duplicateOf: first })]);
});

test('a handler marks a claim in litigation and ends it: a flag while it lasts', async () => {
  const claimId = await openClaimOn(an, handler, '2019-09-01');
  const started = await handler.post(claimUrl(claimId, 'litigation'), { inLitigation: true, reason: 'Dagvaarding ontvangen' }, withKey());
  expect(started.body.litigation).toMatchObject({ reason: 'Dagvaarding ontvangen', by: { name: 'Hanne De Smet' } });
  expect((await handler.get(`/api/backoffice/claims/${claimId}`)).body.flags.map((flag: { code: string }) => flag.code)).toContain('litigation');
  expect((await handler.post(claimUrl(claimId, 'litigation'), { inLitigation: true }, withKey())).status).toBe(409);
  expect((await handler.post(claimUrl(claimId, 'litigation'), { inLitigation: false }, withKey())).body.litigation).toBeNull();
  expect((await handler.get(`/api/backoffice/claims/${claimId}`)).body.flags.map((flag: { code: string }) => flag.code)).not.toContain('litigation');
});
