import type { Knex } from 'knex';
import { declarationUrl, demo, fixture, Session, withKey } from '../support/api';
import { waitUntil } from '../support/claims';
import { policyIdsByNumber, testDatabase } from '../support/database';
import { systemStores } from '../support/temporal';
import { claimStateUpdate, claimWorkflowId } from '../../workflows/claim/definitions';

/**
 * Catastrophe events: declaring one tags the open claims it concerns (and only those), a claim opening later is
 * tagged at its opening, and a small storm claim with a photo is settled by the fast track: accepted by the system
 * under the rule's name, its payment approved within the system's authority.
 */
let an: Session;
let handler: Session;
let senior: Session;
let db: Knex;
let motorPolicyId: string;
/** The Temporal client: a test waits until a claim's process is set up. */
const stores = systemStores();

const pngBytes = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d605e20000000049454e44ae426082', 'hex');

beforeAll(async () => {
  [an, handler, senior] = await Promise.all([demo.an, demo.handler, demo.senior].map((email) => Session.login(email)));
  db = testDatabase();
  motorPolicyId = (await policyIdsByNumber(db))['AU-2023-661203'];
  // The van's policy names the account its claims are paid to: the fast track pays there.
  await db('policies').where({ id: motorPolicyId }).update({ terms: db.raw(`terms || '{"payoutIban": "BE68 5390 0754 7034"}'::jsonb`) });
});
afterAll(async () => {
  await db('policies').where({ id: motorPolicyId }).update({ terms: db.raw("terms - 'payoutIban'") });
  await db.destroy();
});

/** A motor damage declaration of Bakkerij Peeters' van: what happened where, estimated at how much. */
async function declareMotorDamage(kind: string, postalCode: string, estimatedAmountCents: number, { photo = false } = {}): Promise<string> {
  const { data } = fixture('motor_damage');
  data.event = { ...data.event, kind, counterpartyInvolved: false, europeanAccidentReport: false, date: '2026-11-18', place: { ...data.event.place, postalCode } };
  data.parties = { ...data.parties, counterparties: [] };
  data.damage = { ...data.damage, estimatedAmountCents };
  const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'motor_damage', data, policyId: motorPolicyId });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  if (photo) {
    const form = new FormData();
    form.append('kind', 'photo');
    form.append('files', new Blob([new Uint8Array(pngBytes)], { type: 'image/png' }), 'dak-van-de-bestelwagen.png');
    const uploaded = await an.request('POST', declarationUrl(an, created.body.id, 'attachments'), form);
    if (uploaded.status >= 300) throw new Error(`upload failed: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
  }
  await an.expect(200, 'POST', declarationUrl(an, created.body.id, 'submit'));
  return created.body.id;
}

/** Opens the claim and waits until its process has set it up (its opening recorded): from then on, only a declared event tags it. */
async function openClaim(declarationId: string) {
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${declarationId}/start-handling`, {});
  await waitUntil(() => db('claims').where({ declarationId }).first());
  // The claim's state update queues behind its set-up (cover, diary, risk, the event at opening): answered, it is set up.
  await stores.client.workflow.getHandle(claimWorkflowId(declarationId)).executeUpdate(claimStateUpdate);
}
const catastropheOf = async (claimId: string) => (await db('claims').where({ declarationId: claimId }).first('catastropheId'))?.catastropheId ?? null;

async function declareStorm(name: string, postcodes: string[]) {
  const reply = await senior.post('/api/backoffice/catastrophes', { name, peril: 'storm', startsOn: '2026-11-17', endsOn: '2026-11-19', postcodes }, withKey());
  expect(reply.status).toBe(201);
  return reply.body;
}

test('declaring a storm tags the open storm claim in its postcodes, not the one elsewhere nor the collision', async () => {
  const inOstend = await declareMotorDamage('storm', '8400', 1_850_00);
  const inAntwerp = await declareMotorDamage('storm', '2000', 1_850_00);
  const collision = await declareMotorDamage('collision', '8400', 1_850_00);
  await Promise.all([inOstend, inAntwerp, collision].map(openClaim));

  const storm = await declareStorm('Storm Ostend', ['8400-8499']);
  await waitUntil(async () => (await catastropheOf(inOstend)) === storm.id);
  expect(await catastropheOf(inAntwerp)).toBeNull();
  expect(await catastropheOf(collision)).toBeNull();

  const tagged = await db('auditLog').where({ action: 'claim_catastrophe_tagged', subjectId: inOstend }).first();
  expect(tagged).toMatchObject({ actorId: senior.me.user.id, details: expect.objectContaining({ name: 'Storm Ostend', fastTrack: 'above_amount' }) });

  const file = await handler.get(`/api/backoffice/claims/${inOstend}`);
  expect(file.body.flags).toContainEqual({ code: 'catastrophe', params: expect.objectContaining({ name: 'Storm Ostend' }) });
  const view = await handler.get(`/api/backoffice/catastrophes/${storm.id}`);
  expect(view.body).toMatchObject({ name: 'Storm Ostend', claimCount: 1, openCount: 1, openByAge: { upTo7Days: 1 } });
  expect(view.body.claims.map((claim: { claimId: string }) => claim.claimId)).toEqual([inOstend]);
  expect((await handler.get('/api/backoffice/catastrophes')).body.map((event: { id: string }) => event.id)).toContain(storm.id);
});

test('a storm claim declared after the storm is shown as matching, then tagged when its claim opens', async () => {
  const storm = await declareStorm('Storm Bruges', ['8000-8099']);
  const declared = await declareMotorDamage('storm', '8020', 1_850_00);
  const matching = await handler.get(`/api/backoffice/catastrophes/${storm.id}`);
  expect(matching.body.matchingDeclarations.map((declaration: { declarationId: string }) => declaration.declarationId)).toEqual([declared]);

  await openClaim(declared);
  await waitUntil(async () => (await catastropheOf(declared)) === storm.id);
  const tagged = await db('auditLog').where({ action: 'claim_catastrophe_tagged', subjectId: declared }).first();
  expect(tagged).toMatchObject({ actorId: null, actorName: 'System' });
  expect((await handler.get(`/api/backoffice/catastrophes/${storm.id}`)).body.matchingDeclarations).toEqual([]);
});

test('a small storm claim with a photo is fast-tracked: accepted by the system under the rule, its payment approved', async () => {
  const small = await declareMotorDamage('storm', '8300', 650_00, { photo: true });
  const noPhoto = await declareMotorDamage('storm', '8301', 650_00);
  await Promise.all([small, noPhoto].map(openClaim));
  const storm = await declareStorm('Storm Knokke', ['8300-8301']);

  const payment = await waitUntil(() => db('payments').where({ declarationId: small }).first());
  expect(payment).toMatchObject({ amountCents: 650_00, status: 'approved', iban: 'BE68539007547034', payeeName: 'Bakkerij Peeters BV', requestedById: null, approvedByName: 'System' });
  const decided = await db('auditLog').where({ action: 'claim_decided', subjectId: small }).first();
  expect(decided).toMatchObject({ actorId: null, actorName: 'System', details: expect.objectContaining({ decision: 'accept', rule: 'catastrophe_small_damage' }) });
  expect(await db('declarations').where({ id: small }).first('status')).toEqual({ status: 'accepted' });
  const approved = await db('auditLog').where({ action: 'claim_payment_approved', subjectId: small }).first();
  expect(approved.details).toMatchObject({ amountCents: 650_00, withinAuthority: true, rule: 'catastrophe_small_damage' });

  await waitUntil(async () => (await catastropheOf(noPhoto)) === storm.id);
  const skipped = await db('auditLog').where({ action: 'claim_catastrophe_tagged', subjectId: noPhoto }).first();
  expect(skipped.details).toMatchObject({ fastTrack: 'no_photo', rule: 'catastrophe_small_damage' });
  expect(await db('payments').where({ declarationId: noPhoto })).toEqual([]);

  const view = await handler.get(`/api/backoffice/catastrophes/${storm.id}`);
  expect(view.body).toMatchObject({ claimCount: 2, paidCents: 650_00, reservesCents: 650_00 });
  expect(view.body.claims.find((claim: { claimId: string }) => claim.claimId === small)).toMatchObject({ fastTracked: true, status: 'accepted' });
});

test('only a senior handler declares an event, and a period ending before it starts is refused naming endsOn', async () => {
  const body = { name: 'Hagel', peril: 'hail', startsOn: '2026-11-17', endsOn: '2026-11-16', postcodes: ['9000'] };
  expect((await handler.post('/api/backoffice/catastrophes', { ...body, endsOn: '2026-11-18' }, withKey())).status).toBe(403);
  const refused = await senior.post('/api/backoffice/catastrophes', body, withKey());
  expect(refused.status).toBe(422);
  expect(refused.body.error.details.map((problem: { path: string }) => problem.path)).toEqual(['endsOn']);
  const badPostcode = await senior.post('/api/backoffice/catastrophes', { ...body, endsOn: '2026-11-18', postcodes: ['90'] }, withKey());
  expect(badPostcode.status).toBe(422);
  expect(badPostcode.body.error.details[0].path).toBe('postcodes.0');
  expect(await db('catastropheEvents').where({ name: 'Hagel' })).toEqual([]);
});
