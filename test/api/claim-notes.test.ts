import type { Knex } from 'knex';
import { demo, Session, withKey } from '../support/api';
import { claimUrl, openLiabilityClaim } from '../support/claims';
import { testDatabase } from '../support/database';

/** Notes on a claim: written through its process, never edited, the confidential ones for senior handlers and auditors. */
let an: Session;
let handler: Session;
let senior: Session;
let auditor: Session;
let db: Knex;

beforeAll(async () => {
  [an, handler, senior, auditor] = await Promise.all([demo.an, demo.handler, demo.senior, demo.auditor].map((email) => Session.login(email)));
  db = testDatabase();
});
afterAll(() => db.destroy());

test('a handler writes a note once, however often the request is sent; a correction is a new note, the first stays', async () => {
  const claimId = await openLiabilityClaim(an, handler);
  const key = withKey();
  const first = await handler.post(claimUrl(claimId, 'notes'), { text: 'Klant gebeld: expert komt dinsdag.' }, key);
  const again = await handler.post(claimUrl(claimId, 'notes'), { text: 'Klant gebeld: expert komt dinsdag.' }, key);
  expect(first.status).toBe(201);
  expect(again.body).toEqual(first.body);
  expect(first.body).toMatchObject({ text: 'Klant gebeld: expert komt dinsdag.', confidential: false, author: { name: 'Hanne De Smet', role: 'handler' } });
  await handler.post(claimUrl(claimId, 'notes'), { text: 'Correctie: expert komt woensdag.' }, withKey());
  const { body } = await handler.get(claimUrl(claimId, 'notes'));
  expect(body.map((note: { text: string }) => note.text)).toEqual(['Klant gebeld: expert komt dinsdag.', 'Correctie: expert komt woensdag.']);
  await expect(db('claimNotes').where({ id: first.body.id }).update({ text: 'overschreven' })).rejects.toThrow(/append-only/);
});

test('a confidential note is written by a senior handler and read by senior handlers and auditors, not by handlers', async () => {
  const claimId = await openLiabilityClaim(an, handler);
  const refused = await handler.post(claimUrl(claimId, 'notes'), { text: 'Vermoeden van fraude', confidential: true }, withKey());
  expect(refused.status).toBe(403);
  expect((await senior.post(claimUrl(claimId, 'notes'), { text: 'Zelfde IBAN als bij een ander dossier', confidential: true }, withKey())).status).toBe(201);
  expect((await handler.post(claimUrl(claimId, 'notes'), { text: 'Foto’s ontvangen' }, withKey())).status).toBe(201);

  const textsFor = async (session: Session) => (await session.get(claimUrl(claimId, 'notes'))).body.map((note: { text: string }) => note.text);
  expect(await textsFor(handler)).toEqual(['Foto’s ontvangen']);
  expect(await textsFor(senior)).toEqual(['Zelfde IBAN als bij een ander dossier', 'Foto’s ontvangen']);
  expect(await textsFor(auditor)).toEqual(['Zelfde IBAN als bij een ander dossier', 'Foto’s ontvangen']);
  expect((await an.get(claimUrl(claimId, 'notes'))).status).toBe(403);
  const reads = await db('auditLog').where({ action: 'read', subjectId: claimId }).whereRaw("details->>'what' = 'claim_notes'");
  expect(reads.length).toBeGreaterThanOrEqual(3);
});

test('an empty or oversized note is refused, naming the text', async () => {
  const claimId = await openLiabilityClaim(an, handler);
  const empty = await handler.post(claimUrl(claimId, 'notes'), { text: '   ' }, withKey());
  expect(empty.status).toBe(422);
  expect(empty.body.error.details[0]).toMatchObject({ path: 'text' });
  const long = await handler.post(claimUrl(claimId, 'notes'), { text: 'x'.repeat(10_001) }, withKey());
  expect(long.status).toBe(422);
  expect(long.body.error.details[0]).toMatchObject({ path: 'text' });
  expect(await db('claimNotes').where({ declarationId: claimId })).toHaveLength(0);
});
