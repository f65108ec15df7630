import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { hashPassword } from '../../db/passwords';
import { createDeclaration, declarationUrl, demo, fixture, Session } from '../support/api';
import { parseCsv } from '../support/csv';
import { policyIdsByNumber, testDatabase } from '../support/database';

let an: Session;
let els: Session;
let db: Knex;

beforeAll(async () => {
  [an, els] = await Promise.all([Session.login(demo.an), Session.login(demo.els)]);
  db = testDatabase();
});
afterAll(() => db.destroy());

const policies = (session: Session, query = '') => session.get(`/api/organisations/${session.activeOrganisationId}/policies${query}`);
const csvOf = async (session: Session, url: string) => {
  const response = await session.fetch('GET', url);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // byte-order mark: Excel reads UTF-8
  return parseCsv(bytes.toString('utf8'));
};

describe('My policies', () => {
  test('motor only and all but motor split the policies', async () => {
    const all = await policies(an);
    const motor = await policies(an, '?motor=only');
    const other = await policies(an, '?motor=exclude');
    expect(motor.body.items.map((p: { policyNumber: string }) => p.policyNumber).sort()).toEqual(['AU-2016-661877', 'AU-2023-661203']);
    expect(other.body.items.every((p: { productLine: string }) => p.productLine !== 'motor')).toBe(true);
    expect(motor.body.total + other.body.total).toBe(all.body.total);
    expect(all.body.total).toBe(9);
  });

  test('filters by product line, status and part of the policy number', async () => {
    expect((await policies(an, '?productLine=fire')).body.items.map((p: { policyNumber: string }) => p.policyNumber)).toEqual(['BR-2017-440978']);
    expect((await policies(an, '?policyNumber=661')).body.total).toBe(2);
    expect((await policies(an, '?status=cancelled')).body.total).toBe(0);
  });

  test.each([
    ['annualPremiumCents:desc', (a: any, b: any) => b.annualPremiumCents - a.annualPremiumCents],
    ['annualPremiumCents:asc', (a: any, b: any) => a.annualPremiumCents - b.annualPremiumCents],
    ['startDate:asc', (a: any, b: any) => a.startDate.localeCompare(b.startDate)],
    ['policyNumber:desc', (a: any, b: any) => b.policyNumber.localeCompare(a.policyNumber)],
    ['productLine:asc', (a: any, b: any) => a.productLine.localeCompare(b.productLine) || a.id.localeCompare(b.id)],
  ])('sorts by %s', async (sort, order) => {
    const items = (await policies(an, `?sort=${sort}`)).body.items;
    expect(items.map((p: any) => p.id)).toEqual([...items].sort(order).map((p: any) => p.id));
  });

  test('pages through the selection', async () => {
    const first = await policies(an, '?sort=policyNumber:asc&pageSize=4&page=1');
    const third = await policies(an, '?sort=policyNumber:asc&pageSize=4&page=3');
    expect(first.body).toMatchObject({ total: 9, page: 1, pageSize: 4 });
    expect(first.body.items).toHaveLength(4);
    expect(third.body.items).toHaveLength(1);
  });

  test('an unknown sort column or filter value is refused with the allowed ones named', async () => {
    const reply = await policies(an, '?sort=premium:desc');
    expect(reply.status).toBe(400);
    expect(reply.body.error.details[0].message).toContain('annualPremiumCents');
    expect((await policies(an, '?motor=maybe')).status).toBe(400);
  });

  test('the CSV export holds exactly the filtered selection, accents intact and amounts in Belgian format', async () => {
    const rows = await csvOf(els, `/api/organisations/${els.activeOrganisationId}/policies?motor=exclude&format=csv`);
    const json = await policies(els, '?motor=exclude');
    expect(rows).toHaveLength(json.body.total + 1);
    expect(rows[0][0]).toBe('Polisnummer / N° de police');
    const fire = rows.find((row) => row[0] === 'BR-2019-442310')!;
    expect(fire).toEqual(['BR-2019-442310', 'fire', 'active', 'Transport Wouters NV', 'Rue de la Gare 45, 4000 Liège', '01/01/2019', '', '2890,00']);
  });

  test('the CSV export streams thousands of rows', async () => {
    const organisationId = randomUUID();
    const email = `export.${organisationId.slice(0, 8)}@grote-vloot.example`;
    await db('organisations').insert({ id: organisationId, name: 'Grote Vloot NV', enterpriseNumber: `0999.${organisationId.slice(0, 3)}.${organisationId.slice(3, 6)}`, street: 'Havenlaan 1', postalCode: '1000', city: 'Brussel', country: 'BE' });
    const [user] = await db('users').insert({ email, fullName: 'Fleet Manager', passwordHash: await hashPassword('demo'), role: 'customer' }).returning('id');
    await db('organisationAccess').insert({ userId: user.id, organisationId, accessLevel: 'full' });
    const rows = Array.from({ length: 3_000 }, (_, i) => ({
      organisationId, policyNumber: `AU-FLEET-${organisationId.slice(0, 8)}-${String(i).padStart(5, '0')}`, productLine: 'motor', status: 'active', policyholderName: 'Grote Vloot NV',
      startDate: '2025-01-01', annualPremiumCents: 90_000 + i, insuredObject: JSON.stringify({ kind: 'vehicle', make: 'Citroën', model: 'Berlingo', licensePlate: `2-FLT-${i}` }), guarantees: '["liability"]', terms: '{}',
    }));
    for (let i = 0; i < rows.length; i += 500) await db('policies').insert(rows.slice(i, i + 500));

    const manager = await Session.login(email);
    const response = await manager.fetch('GET', `/api/organisations/${organisationId}/policies?format=csv&sort=annualPremiumCents:asc`);
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const csv = parseCsv(await response.text());
    expect(csv).toHaveLength(3_001);
    expect(new Set(csv.slice(1).map((row) => row[0])).size).toBe(3_000); // no row twice, none missing
    expect(csv[1][4]).toBe('Citroën Berlingo – 2-FLT-0');
    expect(csv[3_000][7]).toBe('929,99');
  }, 60_000);
});

describe('My claims', () => {
  let fireClaim: { id: string; claimNumber: string };
  let theftDraftId: string;

  beforeAll(async () => {
    const { data } = fixture('fire');
    const fire = await createDeclaration(an, 'fire', { ...data, event: { ...data.event, date: '2026-10-03' } });
    fireClaim = (await an.post(declarationUrl(an, fire.id, 'submit'))).body;
    theftDraftId = (await createDeclaration(an, 'motor_theft')).id;
  });

  const claims = (session: Session, query = '') => session.get(`/api/organisations/${session.activeOrganisationId}/claims${query}`);

  test('lists submitted declarations with their claim number, never drafts', async () => {
    const ids = (await claims(an, '?pageSize=200')).body.items.map((c: { id: string }) => c.id);
    expect(ids).toContain(fireClaim.id);
    expect(ids).not.toContain(theftDraftId);
  });

  test('refines by status, product line, event period, claim number and free text', async () => {
    const ids = async (query: string) => (await claims(an, `${query}&pageSize=200`)).body.items.map((c: { id: string }) => c.id);
    expect(await ids('?status=in_handling')).toContain(fireClaim.id);
    expect(await ids('?status=refused')).not.toContain(fireClaim.id);
    expect(await ids('?productLine=fire')).toContain(fireClaim.id);
    expect(await ids('?productLine=motor')).not.toContain(fireClaim.id);
    // Other suites on this shared system declare in October too: the period finds exactly the organisation's claims of
    // that month, the fire of the 3rd among them.
    const all = (await claims(an, '?pageSize=200')).body.items as { id: string; eventDate: string | null }[];
    const october = all.filter((c) => c.eventDate !== null && c.eventDate >= '2026-10-01' && c.eventDate <= '2026-10-31').map((c) => c.id);
    expect(october).toContain(fireClaim.id);
    expect((await ids('?from=2026-10-01&to=2026-10-31')).sort()).toEqual(october.sort());
    expect(await ids(`?claimNumber=${encodeURIComponent(fireClaim.claimNumber)}`)).toEqual([fireClaim.id]);
    expect(await ids('?q=kortsluiting')).toContain(fireClaim.id);
    expect(await ids('?q=hagelbui-die-niet-bestaat')).toEqual([]);
  });

  test('free text finds a claim by its policy number, in any case', async () => {
    const policyId = (await policyIdsByNumber(db))['BR-2017-440978'];
    const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire', policyId, data: fixture('fire').data });
    const submitted = (await an.post(declarationUrl(an, created.body.id, 'submit'))).body;
    const listed = (await claims(an, '?pageSize=200')).body.items.find((c: { id: string }) => c.id === submitted.id);
    expect(listed.policyNumber).toBe('BR-2017-440978');
    const found = (await claims(an, `?q=${encodeURIComponent('br-2017-440978')}&pageSize=200`)).body.items;
    expect(found.map((c: { id: string }) => c.id)).toContain(submitted.id);
    expect(found.every((c: { policyNumber: string }) => c.policyNumber === listed.policyNumber)).toBe(true);
  });

  test('sorts by event date, newest first', async () => {
    const items = (await claims(an, '?sort=eventDate:desc&pageSize=200')).body.items;
    const dates = items.map((c: { eventDate: string }) => c.eventDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('a limited user sees the claim with its history, handler, documents and information, and downloads its PDF', async () => {
    const jan = await Session.login(demo.jan);
    const claim = await jan.get(`/api/organisations/${jan.activeOrganisationId}/claims/${fireClaim.id}`);
    expect(claim.body).toMatchObject({ claimNumber: fireClaim.claimNumber, status: 'in_handling', handler: { email: expect.any(String) }, productLine: 'fire' });
    expect(claim.body.history.map((h: { action: string }) => h.action)).toEqual(['created', 'submitted', 'opened_automatically']);
    expect(claim.body.documents[0]).toMatchObject({ kind: 'declaration_summary' });
    const pdf = await jan.fetch('GET', claim.body.documents[0].url);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(claim.body.information.damage.fireBrigadeCalled).toBe(true);
    expect((await jan.get(`/api/organisations/${jan.activeOrganisationId}/claims/${theftDraftId}`)).status).toBe(404);
  });

  test("another organisation's claim does not exist", async () => {
    expect((await els.get(`/api/organisations/${els.activeOrganisationId}/claims/${fireClaim.id}`)).status).toBe(404);
    expect((await els.get(`/api/organisations/${an.activeOrganisationId}/claims`)).status).toBe(404);
  });

  test('the CSV export holds the refined selection', async () => {
    const rows = await csvOf(an, `/api/organisations/${an.activeOrganisationId}/claims?productLine=fire&format=csv`);
    const json = await claims(an, '?productLine=fire&pageSize=200');
    expect(rows).toHaveLength(json.body.total + 1);
    expect(rows.find((row) => row[0] === fireClaim.claimNumber)).toEqual([
      fireClaim.claimNumber, 'fire', 'in_handling', '', '03/10/2026', expect.any(String), expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/), expect.any(String),
    ]);
  });
});
