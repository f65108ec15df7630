import type { Knex } from 'knex';
import { addDays, brusselsDate } from '../../domain/rules/calendar';
import { declarationUrl, demo, fixture, Session, withKey } from '../support/api';
import { claimUrl, openLiabilityClaim, payeeAccount, waitUntil } from '../support/claims';
import { policyIdsByNumber, testDatabase } from '../support/database';
import { openClaimOn, siuEmail } from '../support/risk';

/**
 * A claim referred to the special investigation unit (issue 12 §3) is seen only by that unit, senior handlers and
 * auditors: it leaves the handler's lists (diary, My work, a catastrophe's view, payments) and its file's panels; the
 * unit reads the panels of the claims referred to it (money, recoveries, diary, notes, confidential ones too) and
 * writes notes on them, and nothing of a claim never referred to it.
 */
jest.setTimeout(240_000); // a busy machine opens claims slowly

let an: Session;
let handler: Session;
let senior: Session;
let siu: Session;
let db: Knex;

beforeAll(async () => {
  [an, handler, senior, siu] = await Promise.all([demo.an, demo.handler, demo.senior, siuEmail].map((email) => Session.login(email)));
  db = testDatabase();
});
afterAll(() => db.destroy());

const today = () => brusselsDate(new Date());
const idsOf = (items: { id?: string; claimId?: string }[]) => items.map((item) => item.id ?? item.claimId);

/** Storm damage to Bakkerij Peeters' van in Hasselt (3500) on 5 October 2026: a period and place no other test's storm covers. */
async function openHasseltStormClaim(): Promise<string> {
  const motorPolicyId = (await policyIdsByNumber(db))['AU-2023-661203'];
  const { data } = fixture('motor_damage');
  data.event = { ...data.event, kind: 'storm', counterpartyInvolved: false, europeanAccidentReport: false, date: '2026-10-05', place: { ...data.event.place, postalCode: '3500' } };
  data.parties = { ...data.parties, counterparties: [] };
  const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'motor_damage', data, policyId: motorPolicyId });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  await an.expect(200, 'POST', declarationUrl(an, created.body.id, 'submit'));
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${created.body.id}/start-handling`, {});
  return created.body.id;
}

test('referred, a storm claim leaves the handler\'s diary, My work, payments and the storm\'s view; the SIU reads its money and notes and writes a confidential note', async () => {
  const storm = await senior.post('/api/backoffice/catastrophes', { name: 'Storm Hasselt', peril: 'storm', startsOn: '2026-10-04', endsOn: '2026-10-06', postcodes: ['3500'] }, withKey());
  expect(storm.status).toBe(201);
  const claimId = await openHasseltStormClaim();
  await waitUntil(async () => (await db('claims').where({ declarationId: claimId }).first('catastropheId'))?.catastropheId === storm.body.id, 60_000);

  // Before the referral: the handler's item, notes, a reserve and an approved payment.
  const handlerId = (handler.me as { user: { id: string } }).user.id;
  const item = await handler.post(claimUrl(claimId, 'diary'), { subject: 'Schade aan het dak van de bestelwagen laten begroten', ownerId: handlerId, dueOn: today(), priority: 'high' }, withKey());
  expect(item.status).toBe(201);
  await senior.expect(201, 'POST', claimUrl(claimId, 'notes'), { text: 'Zelfde IBAN als bij een ander dossier', confidential: true }, withKey());
  await handler.expect(201, 'POST', claimUrl(claimId, 'notes'), { text: 'Foto’s van het dak ontvangen' }, withKey());
  await senior.expect(201, 'POST', claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 2_000_00, reason: 'Raming dak' }, withKey());
  const payment = await senior.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 750_00, ...payeeAccount }, withKey());
  expect(payment.body.status).toBe('approved');
  expect(idsOf((await handler.get('/api/backoffice/diary?owner=me&due=today')).body)).toContain(item.body.id);
  expect(idsOf((await handler.get('/api/backoffice/my-work')).body.today)).toContain(item.body.id);
  const stormBefore = (await handler.get(`/api/backoffice/catastrophes/${storm.body.id}`)).body;
  expect(idsOf(stormBefore.claims)).toContain(claimId);
  expect(stormBefore.claimCount).toBe(1);

  await handler.expect(200, 'POST', claimUrl(claimId, 'investigation'), { reason: 'Zelfde IBAN als bij een ander dossier' }, withKey());

  // The handler: out of every list, 404 on the claim's panels and on its item.
  expect(idsOf((await handler.get('/api/backoffice/diary?owner=me&due=today')).body)).not.toContain(item.body.id);
  const work = (await handler.get('/api/backoffice/my-work')).body;
  expect(idsOf(work.today)).not.toContain(item.body.id);
  expect([...work.deadlines, ...work.messages, ...work.notifications].map((row: { claimId: string | null }) => row.claimId)).not.toContain(claimId);
  const stormAfter = (await handler.get(`/api/backoffice/catastrophes/${storm.body.id}`)).body;
  expect(idsOf(stormAfter.claims)).not.toContain(claimId);
  expect(stormAfter).toMatchObject({ claimCount: 0, openCount: 0, paidCents: 0, reservesCents: 0 });
  const listed = (await handler.get('/api/backoffice/catastrophes')).body.find((event: { id: string }) => event.id === storm.body.id);
  expect(listed).toMatchObject({ claimCount: 0, openCount: 0 });
  expect(idsOf((await handler.get('/api/backoffice/payments?status=approved')).body)).not.toContain(payment.body.id);
  for (const panel of ['notes', 'diary', 'payments', 'reserves', 'recoveries', 'payment-schedules']) {
    expect([panel, (await handler.get(claimUrl(claimId, panel))).status]).toEqual([panel, 404]);
  }
  expect((await handler.post(claimUrl(claimId, 'notes'), { text: 'Nog een foto' }, withKey())).status).toBe(404);
  expect((await handler.post(`/api/backoffice/diary/${item.body.id}/complete`, { note: 'Begroot' }, withKey())).status).toBe(404);

  // Senior handlers still see it everywhere.
  expect(idsOf((await senior.get(`/api/backoffice/catastrophes/${storm.body.id}`)).body.claims)).toContain(claimId);

  // The SIU reads the claim's panels, confidential notes included, and writes a confidential note.
  expect((await siu.get(claimUrl(claimId, 'payments'))).body).toEqual([expect.objectContaining({ id: payment.body.id, amountCents: 750_00, status: 'approved' })]);
  expect(JSON.stringify((await siu.get(claimUrl(claimId, 'reserves'))).body.entries)).toContain('Raming dak');
  expect((await siu.get(claimUrl(claimId, 'recoveries'))).status).toBe(200);
  expect((await siu.get(claimUrl(claimId, 'payment-schedules'))).status).toBe(200);
  expect(idsOf((await siu.get(claimUrl(claimId, 'diary'))).body)).toContain(item.body.id);
  const written = await siu.post(claimUrl(claimId, 'notes'), { text: 'Rekeninghouder gecontroleerd bij de bank', confidential: true }, withKey());
  expect(written.status).toBe(201);
  expect(written.body).toMatchObject({ confidential: true, author: { role: 'siu' } });
  const texts = (await siu.get(claimUrl(claimId, 'notes'))).body.map((note: { text: string }) => note.text);
  expect(texts).toEqual(['Zelfde IBAN als bij een ander dossier', 'Foto’s van het dak ontvangen', 'Rekeninghouder gecontroleerd bij de bank']);
  expect(await db('auditLog').where({ subjectId: claimId, action: 'claim_note_added' })).toHaveLength(3);
  const siuId = (siu.me as { user: { id: string } }).user.id;
  expect(await db('auditLog').where({ action: 'read', subjectId: claimId, actorId: siuId }).whereRaw("details->>'what' = 'claim_notes'")).not.toHaveLength(0);
  // The SIU writes, it does not pay.
  expect((await siu.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 100_00, ...payeeAccount }, withKey())).status).toBe(403);
});

test('the SIU reads nothing of a claim never referred to it: its file, money and notes answer 404', async () => {
  const claimId = await openLiabilityClaim(an, handler);
  await handler.expect(201, 'POST', claimUrl(claimId, 'diary'), { subject: 'Bellen', ownerId: (handler.me as { user: { id: string } }).user.id, dueOn: addDays(today(), 2) }, withKey());
  expect((await siu.get(`/api/backoffice/claims/${claimId}`)).status).toBe(404);
  for (const panel of ['notes', 'diary', 'payments', 'reserves', 'recoveries', 'risk']) {
    expect([panel, (await siu.get(claimUrl(claimId, panel))).status]).toEqual([panel, 404]);
  }
  expect((await siu.post(claimUrl(claimId, 'notes'), { text: 'Kijken', confidential: true }, withKey())).status).toBe(404);
  expect((await handler.get(claimUrl(claimId, 'notes'))).status).toBe(200);
});

test('a possible duplicate referred to the SIU is not linked in the other file for the handler; a senior handler sees the link', async () => {
  const first = await openClaimOn(an, handler, '2019-04-14');
  const second = await openClaimOn(an, handler, '2019-04-15');
  const linkedFor = async (session: Session) => (await session.get(claimUrl(first, 'risk'))).body.possibleDuplicates.map((linked: { id: string }) => linked.id);
  expect(await linkedFor(handler)).toEqual([second]);
  await handler.expect(200, 'POST', claimUrl(second, 'investigation'), { reason: 'Twee keer dezelfde schade aangegeven' }, withKey());
  expect(await linkedFor(handler)).toEqual([]);
  expect(await linkedFor(senior)).toEqual([second]);
});
