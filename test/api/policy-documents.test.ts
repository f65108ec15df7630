import type { Knex } from 'knex';
import { declarationUrl, demo, fixture, Session } from '../support/api';
import { policyIdsByNumber, testDatabase } from '../support/database';
import { pdfText } from '../support/mail-and-pdf';

let an: Session;
let db: Knex;
let policies: Record<string, string>;

beforeAll(async () => {
  an = await Session.login(demo.an);
  db = testDatabase();
  policies = await policyIdsByNumber(db);
});
afterAll(() => db.destroy());

const documentsUrl = (policyNumber: string) => `/api/organisations/${an.activeOrganisationId}/policies/${policies[policyNumber]}/documents`;

test('a motor policy lists its documents, a green card among them; a fire policy has none', async () => {
  const motor = (await an.get(documentsUrl('AU-2023-661203'))).body.map((d: { kind: string }) => d.kind);
  expect(motor).toEqual(expect.arrayContaining(['special_conditions', 'general_conditions', 'insurance_certificate', 'green_card', 'insured_risks', 'claims_history']));
  const fire = (await an.get(documentsUrl('BR-2017-440978'))).body.map((d: { kind: string }) => d.kind);
  expect(fire).not.toContain('green_card');
});

test('documents are searchable by title', async () => {
  const found = (await an.get(`${documentsUrl('AU-2023-661203')}?q=groene`)).body;
  expect(found.map((d: { kind: string }) => d.kind)).toEqual(['green_card']);
});

test('the green card PDF carries the plate, the VIN and the policyholder', async () => {
  const card = (await an.get(documentsUrl('AU-2023-661203'))).body.find((d: { kind: string }) => d.kind === 'green_card');
  const response = await an.fetch('GET', card.url);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const text = await pdfText(Buffer.from(await response.arrayBuffer()));
  expect(text).toContain('1-ABC-234');
  expect(text).toContain('VF1MA000123456789');
  expect(text).toContain('Bakkerij Peeters BV');
});

test('the claims-history certificate lists the claims of the policy, in French on request', async () => {
  const withPolicy = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire', policyId: policies['BR-2017-440978'], data: fixture('fire').data });
  const opened = (await an.post(declarationUrl(an, withPolicy.body.id, 'submit'))).body;
  const response = await an.fetch('GET', `${documentsUrl('BR-2017-440978')}/claims_history?language=fr`);
  const text = await pdfText(Buffer.from(await response.arrayBuffer()));
  expect(text).toContain(opened.claimNumber);
  expect(text).toContain('BR-2017-440978');
});

test('a German reader finds the green card by its German title and reads it in German', async () => {
  const found = (await an.get(`${documentsUrl('AU-2023-661203')}?q=grüne`)).body;
  expect(found.map((d: { kind: string; title: Record<string, string> }) => [d.kind, d.title.de])).toEqual([['green_card', 'Grüne Karte']]);
  const response = await an.fetch('GET', `${found[0].url}?language=de`);
  expect(response.status).toBe(200);
  const text = await pdfText(Buffer.from(await response.arrayBuffer()));
  for (const expected of ['Grüne Karte', 'Internationale Versicherungskarte für Kraftfahrzeuge', 'Kennzeichen', '1-ABC-234', 'Fahrzeugkategorie', 'A – Pkw oder Lieferwagen', 'Räumlicher Geltungsbereich']) {
    expect(text).toContain(expected);
  }
});

test('a document the policy does not have, or another organisation\'s policy, does not exist; limited access cannot see policies', async () => {
  expect((await an.get(`${documentsUrl('BR-2017-440978')}/green_card`)).status).toBe(404);
  expect((await an.get(`/api/organisations/${an.activeOrganisationId}/policies/${policies['AU-2020-663318']}/documents`)).status).toBe(404);
  const jan = await Session.login(demo.jan);
  expect((await jan.get(`/api/organisations/${jan.activeOrganisationId}/policies/${policies['AU-2023-661203']}/documents`)).status).toBe(403);
});
