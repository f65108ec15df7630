import type { Knex } from 'knex';
import { createDeclaration, declarationUrl, demo, Session } from '../support/api';
import { testDatabase } from '../support/database';

let sessions: Record<string, Session>;
let bakkerij: string;
let wouters: string;
let claimId: string;
let db: Knex;

beforeAll(async () => {
  db = testDatabase();
  const entries = await Promise.all(Object.entries(demo).map(async ([name, email]) => [name, await Session.login(email)] as const));
  sessions = { ...Object.fromEntries(entries), anonymous: Session.anonymous() };
  bakkerij = sessions.an.organisationId('Bakkerij Peeters BV');
  wouters = sessions.els.organisationId('Transport Wouters NV');
  const declaration = await createDeclaration(sessions.an, 'liability');
  await sessions.an.post(declarationUrl(sessions.an, declaration.id, 'submit'));
  claimId = declaration.id;
});
afterAll(() => db.destroy());

/**
 * The access matrix: who reaches which route of Bakkerij Peeters. an: full access; jan: limited
 * access; els: another organisation; handlers and the auditor: insurer staff; anonymous: nobody.
 */
const routes = () => [
  { route: 'My data', url: `/api/organisations/${bakkerij}` },
  { route: 'My policies', url: `/api/organisations/${bakkerij}/policies` },
  { route: 'My claims', url: `/api/organisations/${bakkerij}/claims` },
  { route: 'a claim', url: `/api/organisations/${bakkerij}/claims/${claimId}` },
  { route: 'Declare (list)', url: `/api/organisations/${bakkerij}/declarations` },
  { route: 'back office', url: '/api/backoffice/declarations' },
  { route: 'audit', url: `/api/audit/workflows/declaration-${claimId}/history` },
];
const expected: Record<string, number[]> = {
  //           My data, policies, claims, a claim, declare, back office, audit
  an:        [200, 200, 200, 200, 200, 403, 403],
  sofie:     [200, 200, 200, 200, 200, 403, 403],
  jan:       [200, 403, 200, 200, 403, 403, 403],
  els:       [404, 404, 404, 404, 404, 403, 403],
  handler:   [403, 403, 403, 403, 403, 200, 403],
  senior:    [403, 403, 403, 403, 403, 200, 403],
  auditor:   [403, 403, 403, 403, 403, 403, 200],
  anonymous: [401, 401, 401, 401, 401, 401, 401],
};

test.each(Object.keys(expected))('the access matrix for %s', async (who) => {
  const statuses = [];
  for (const { url } of routes()) statuses.push((await sessions[who].get(url)).status);
  expect(statuses).toEqual(expected[who]);
});

test("me lists each organisation's menu items: full access all four, limited My data and My claims", async () => {
  expect(sessions.an.me.organisations.map((o: { menuItems: string[] }) => o.menuItems)).toEqual([
    ['my_data', 'my_policies', 'my_claims', 'declare'], ['my_data', 'my_policies', 'my_claims', 'declare'],
  ]);
  expect(sessions.jan.me.organisations[0].menuItems).toEqual(['my_data', 'my_claims']);
});

test('My data shows the organisation and its user agreement', async () => {
  const reply = await sessions.jan.get(`/api/organisations/${bakkerij}`);
  expect(reply.body).toMatchObject({ name: 'Bakkerij Peeters BV', enterpriseNumber: '0412.345.614', city: 'Antwerpen' });
  expect(reply.body.userAgreement).toEqual(expect.arrayContaining([
    { name: 'An Peeters', email: demo.an, accessLevel: 'full', menuItems: ['my_data', 'my_policies', 'my_claims', 'declare'] },
    { name: 'Jan Claes', email: demo.jan, accessLevel: 'limited', menuItems: ['my_data', 'my_claims'] },
    { name: 'Sofie Maes', email: demo.sofie, accessLevel: 'full', menuItems: ['my_data', 'my_policies', 'my_claims', 'declare'] },
  ]));
  // Other suites on the shared system name colleagues of their own (a reader, an employee a user agreement adds):
  // the list is exactly those the database gives access to this organisation, in name order, and nobody else.
  const granted = await db('organisationAccess as a').join('users as u', 'u.id', 'a.userId').where('a.organisationId', bakkerij)
    .orderBy('u.fullName').select('u.email', 'a.accessLevel');
  expect(reply.body.userAgreement.map(({ email, accessLevel }: { email: string; accessLevel: string }) => ({ email, accessLevel }))).toEqual(granted);
  expect(reply.body.userAgreement.map(({ email }: { email: string }) => email)).not.toContain(demo.els);
});

describe("the insurer's staff maintain the user agreement", () => {
  const accessUrl = () => `/api/admin/organisations/${wouters}/users/${sessions.jan.me.user.id}/access`;

  test('a senior handler gives Jan limited access to Transport Wouters, then removes it; both are in the audit log', async () => {
    const granted = await sessions.senior.put(accessUrl(), { accessLevel: 'limited' });
    expect(granted.body).toMatchObject({ accessLevel: 'limited', menuItems: ['my_data', 'my_claims'] });
    const jan = await Session.login(demo.jan);
    expect(jan.me.organisations.map((o: { name: string }) => o.name)).toEqual(['Bakkerij Peeters BV', 'Transport Wouters NV']);

    const removed = await sessions.senior.put(accessUrl(), { accessLevel: null });
    expect(removed.status).toBe(200);
    expect((await jan.get('/api/auth/me')).body.organisations.map((o: { name: string }) => o.name)).toEqual(['Bakkerij Peeters BV']);

    const log = await db('auditLog').where({ action: 'portal_access_changed', subjectId: sessions.jan.me.user.id, organisationId: wouters }).orderBy('id');
    expect(log.map((entry) => [entry.actorName, entry.details.from, entry.details.to])).toEqual([
      ['Marc Verhoeven', null, 'limited'], ['Marc Verhoeven', 'limited', null],
    ]);
  });

  test('only senior handlers may change access; a customer or a handler cannot', async () => {
    expect((await sessions.an.put(accessUrl(), { accessLevel: 'full' })).status).toBe(403);
    expect((await sessions.handler.put(accessUrl(), { accessLevel: 'full' })).status).toBe(403);
    expect((await sessions.senior.put(accessUrl(), { accessLevel: 'owner' })).status).toBe(422);
  });

  test('the audit log cannot be changed or emptied, even directly in the database', async () => {
    await expect(db('auditLog').update({ actorName: 'someone else' })).rejects.toThrow(/append-only/);
    await expect(db('auditLog').delete()).rejects.toThrow(/append-only/);
    await expect(db.raw('truncate audit_log')).rejects.toThrow(/append-only/);
  });
});

test("another organisation's customer finds none of Bakkerij Peeters' data on any route", async () => {
  const policy = (await sessions.an.get(`/api/organisations/${bakkerij}/policies?motor=only`)).body.items[0].id;
  const form = new FormData();
  form.append('body', 'bericht');
  const message = (await sessions.an.request('POST', `/api/organisations/${bakkerij}/claims/${claimId}/messages`, form)).body.id;
  const change = (await sessions.jan.post(`/api/organisations/${bakkerij}/hospitalisation/changes`, { kind: 'remove_family_member', data: {} })).body.id;
  const org = `/api/organisations/${bakkerij}`;
  const reads = [
    org, `${org}/policies`, `${org}/policies?format=csv`, `${org}/policies/${policy}/documents`, `${org}/policies/${policy}/documents/green_card`,
    `${org}/claims`, `${org}/claims?format=csv`, `${org}/claims/${claimId}`, `${org}/claims/${claimId}/summary.pdf`, `${org}/claims/${claimId}/messages`,
    `${org}/declarations`, `${org}/declarations/${claimId}`, `${org}/declarations/${claimId}/attachments`, `${org}/declarations/${claimId}/summary.pdf`,
    `${org}/hospitalisation/insured-persons`, `${org}/hospitalisation/insured-persons?format=xlsx`, `${org}/hospitalisation/changes`, `${org}/hospitalisation/messages`,
  ];
  const writes: [string, string, unknown][] = [
    ['POST', `${org}/declarations`, { type: 'fire' }], ['PUT', `${org}/declarations/${claimId}/draft`, { data: {}, step: 1, version: 1 }],
    ['POST', `${org}/declarations/${claimId}/withdraw`, {}], ['POST', `${org}/messages/${message}/withdraw`, {}],
    ['POST', `${org}/hospitalisation/changes`, { kind: 'remove_family_member', data: {} }], ['POST', `${org}/hospitalisation/changes/${change}/withdraw`, {}],
  ];
  const statuses = [
    ...await Promise.all(reads.map(async (url) => [url, (await sessions.els.get(url)).status])),
    ...await Promise.all(writes.map(async ([method, url, body]) => [`${method} ${url}`, (await sessions.els.request(method, url, body)).status])),
  ];
  expect(statuses.filter(([, status]) => status !== 404)).toEqual([]);
  expect((await sessions.jan.get(`${org}/hospitalisation/changes`)).body.find((c: { id: string }) => c.id === change).status).toBe('draft');
});

test('every action on a declaration is in the audit log once, with who did it', async () => {
  const declaration = await createDeclaration(sessions.an, 'liability');
  await sessions.an.post(declarationUrl(sessions.an, declaration.id, 'submit'));
  await sessions.an.post(declarationUrl(sessions.an, declaration.id, 'reopen'));
  const entries = await db('auditLog').where({ subjectType: 'declaration', subjectId: declaration.id }).orderBy('id');
  expect(entries.map((entry) => [entry.action, entry.actorName])).toEqual([
    ['declaration_created', 'An Peeters'], ['declaration_submitted', 'An Peeters'], ['declaration_reopened', 'An Peeters'],
  ]);
});
