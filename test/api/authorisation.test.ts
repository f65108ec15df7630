import { createDeclaration, demo, fixture, Session } from '../support/api';
import { policyIdsByNumber, testDatabase } from '../support/database';

let an: Session;
let els: Session;
let jan: Session;
let handler: Session;
let auditor: Session;
let bakkerijDeclaration: { id: string; workflowId: string };

beforeAll(async () => {
  [an, els, jan, handler, auditor] = await Promise.all([demo.an, demo.els, demo.jan, demo.handler, demo.auditor].map((email) => Session.login(email)));
  bakkerijDeclaration = await createDeclaration(an, 'liability');
});

describe('authentication', () => {
  test('a wrong password is refused without saying which part was wrong', async () => {
    const reply = await Session.anonymous().post('/api/auth/login', { email: demo.an, password: 'wrong' });
    expect(reply.status).toBe(401);
    expect(reply.body.error).toMatchObject({ code: 'invalid_credentials', message: 'E-mail address or password is wrong.' });
  });

  test('without a session every route but login and health answers 401', async () => {
    const anonymous = Session.anonymous();
    expect((await anonymous.get('/api/auth/me')).status).toBe(401);
    expect((await anonymous.get(`/api/organisations/${an.activeOrganisationId}/declarations`)).status).toBe(401);
    expect((await anonymous.get('/api/backoffice/declarations')).status).toBe(401);
    expect((await anonymous.get('/api/health')).status).toBe(200);
  });

  test('me lists roles, organisations with access level and the default profile', async () => {
    const me = (await an.get('/api/auth/me')).body;
    expect(me.roles).toEqual(['customer']);
    expect(me.organisations.map((o: { name: string; accessLevel: string }) => `${o.name}:${o.accessLevel}`)).toEqual(['Bakkerij Peeters BV:full', 'Peeters Vastgoed NV:full']);
    expect(me.defaultOrganisationId).toBe(an.organisationId('Bakkerij Peeters BV'));
    expect(me.activeOrganisationId).toBe(me.defaultOrganisationId);
    expect((await jan.get('/api/auth/me')).body.organisations).toEqual([expect.objectContaining({ name: 'Bakkerij Peeters BV', accessLevel: 'limited' })]);
  });

  test('logout ends the session', async () => {
    const session = await Session.login(demo.senior);
    expect((await session.post('/api/auth/logout')).status).toBe(204);
    expect((await session.get('/api/auth/me')).status).toBe(401);
  });
});

describe('organisations', () => {
  test("another organisation's declaration does not exist for a customer", async () => {
    const bakkerij = an.organisationId('Bakkerij Peeters BV');
    expect((await els.get(`/api/organisations/${bakkerij}/declarations/${bakkerijDeclaration.id}`)).status).toBe(404);
    expect((await els.get(`/api/organisations/${els.activeOrganisationId}/declarations/${bakkerijDeclaration.id}`)).status).toBe(404);
    expect((await els.post(`/api/organisations/${bakkerij}/declarations`, { type: 'fire' })).status).toBe(404);
    const list = await els.get(`/api/organisations/${els.activeOrganisationId}/declarations?pageSize=200`);
    expect(list.body.items.every((item: { organisationId: string }) => item.organisationId === els.activeOrganisationId)).toBe(true);
  });

  test('a customer sees only the organisation they act for, and switches to reach another', async () => {
    const session = await Session.login(demo.an);
    const vastgoed = session.organisationId('Peeters Vastgoed NV');
    const refused = await session.get(`/api/organisations/${vastgoed}/declarations`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('organisation_not_active');
    const switched = await session.post('/api/auth/organisation', { organisationId: vastgoed });
    expect(switched.body.activeOrganisationId).toBe(vastgoed);
    session.me = switched.body;
    const list = await session.get(`/api/organisations/${vastgoed}/declarations`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(bakkerijDeclaration.id);
  });

  test('the default profile is set, changed and cleared', async () => {
    const session = await Session.login(demo.an);
    const vastgoed = session.organisationId('Peeters Vastgoed NV');
    expect((await session.put('/api/auth/default-organisation', { organisationId: vastgoed })).body.defaultOrganisationId).toBe(vastgoed);
    expect((await Session.login(demo.an)).me.activeOrganisationId).toBe(vastgoed);
    expect((await session.put('/api/auth/default-organisation', { organisationId: null })).body.defaultOrganisationId).toBeNull();
    expect((await Session.login(demo.an)).me.activeOrganisationId).toBeNull();
    expect((await session.put('/api/auth/default-organisation', { organisationId: els.activeOrganisationId })).status).toBe(404);
    await session.put('/api/auth/default-organisation', { organisationId: session.organisationId('Bakkerij Peeters BV') });
  });

  test('limited access (My data, My claims) cannot declare or see declarations', async () => {
    const reply = await jan.post(`/api/organisations/${jan.activeOrganisationId}/declarations`, fixture('fire'));
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('insufficient_access');
    expect((await jan.get(`/api/organisations/${jan.activeOrganisationId}/declarations/${bakkerijDeclaration.id}`)).status).toBe(403);
  });
});

describe('roles', () => {
  test('customers cannot reach back-office or audit routes', async () => {
    expect((await an.get('/api/backoffice/declarations')).status).toBe(403);
    expect((await an.post(`/api/backoffice/declarations/${bakkerijDeclaration.id}/start-handling`)).status).toBe(403);
    expect((await an.get(`/api/audit/workflows/${bakkerijDeclaration.workflowId}/history`)).status).toBe(403);
  });

  test('auditors read histories but change nothing', async () => {
    expect((await auditor.get(`/api/audit/workflows/${bakkerijDeclaration.workflowId}/history`)).status).toBe(200);
    expect((await auditor.post(`/api/backoffice/declarations/${bakkerijDeclaration.id}/decision`, { decision: 'accept' })).status).toBe(403);
    expect((await auditor.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire' })).status).toBe(403);
  });

  test('handlers cannot act as customers or auditors', async () => {
    expect((await handler.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire' })).status).toBe(403);
    expect((await handler.get(`/api/audit/workflows/${bakkerijDeclaration.workflowId}/history`)).status).toBe(403);
  });
});

describe('malformed input', () => {
  test('a body that is not JSON is a 400', async () => {
    const reply = await an.request('POST', `/api/organisations/${an.activeOrganisationId}/declarations`, '{"type": fire', { 'content-type': 'application/json' });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('malformed_json');
  });

  test('a malformed id in the path is a 400', async () => {
    expect((await an.get(`/api/organisations/${an.activeOrganisationId}/declarations/not-a-uuid`)).status).toBe(400);
  });

  test('an unknown declaration type or an unknown field is named in a 422', async () => {
    const unknownType = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'earthquake' });
    expect(unknownType.status).toBe(422);
    expect(unknownType.body.error.details[0].path).toBe('type');
    const unknownField = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire', data: { event: { colour: 'red' } } });
    expect(unknownField.status).toBe(422);
    expect(unknownField.body.error.details[0].path).toBe('data.event');
  });

  test("a policy of another product line or another organisation is refused", async () => {
    const policies = await fetchPolicyIds();
    const wrongLine = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire', policyId: policies['AU-2023-661203'] });
    expect(wrongLine.status).toBe(422);
    expect(wrongLine.body.error.details[0]).toMatchObject({ path: 'policyId', message: expect.stringContaining('motor') });
    const foreign = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'motor_damage', policyId: policies['AU-2020-663318'] });
    expect(foreign.status).toBe(422);
    const right = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'motor_damage', policyId: policies['AU-2023-661203'] });
    expect(right.status).toBe(201);
    expect(right.body.policyId).toBe(policies['AU-2023-661203']);
  });

  test('an unknown route answers in the error format', async () => {
    const reply = await an.get('/api/nothing-here');
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('not_found');
  });
});

async function fetchPolicyIds(): Promise<Record<string, string>> {
  const db = testDatabase();
  try {
    return await policyIdsByNumber(db);
  } finally {
    await db.destroy();
  }
}
