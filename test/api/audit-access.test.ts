import { createDeclaration, declarationUrl, demo, Session } from '../support/api';

const workflowId = 'declaration-00000000-0000-0000-0000-000000000000';
const auditRoutes: [string, string][] = [
  ['GET', '/api/audit/workflows'],
  ['GET', `/api/audit/workflows/${workflowId}/history`],
  ['GET', `/api/audit/workflows/${workflowId}/timeline`],
  ['POST', `/api/audit/workflows/${workflowId}/replay`],
  ['POST', '/api/audit/replay'],
  ['GET', '/api/audit/log'],
];

test.each([demo.an, demo.jan, demo.handler, demo.senior])('%s gets 403 on every audit route', async (email) => {
  const session = await Session.login(email);
  for (const [method, url] of auditRoutes) {
    const reply = await session.request(method, url, method === 'POST' ? {} : undefined);
    expect([method, url, reply.status, reply.body.error?.code]).toEqual([method, url, 403, 'role_not_allowed']);
  }
});

test('without logging in, the audit routes answer 401', async () => {
  for (const [method, url] of auditRoutes) expect((await Session.anonymous().request(method, url)).status).toBe(401);
});

test("an auditor's attempts to change a declaration are refused and change nothing", async () => {
  const [an, auditor] = await Promise.all([Session.login(demo.an), Session.login(demo.auditor)]);
  const declaration = await createDeclaration(an, 'liability');
  const attempts = [
    await auditor.put(`/api/organisations/${an.activeOrganisationId}/declarations/${declaration.id}/draft`, { data: {}, step: 1, version: declaration.version }),
    await auditor.post(`/api/organisations/${an.activeOrganisationId}/declarations/${declaration.id}/submit`),
    await auditor.post(`/api/backoffice/declarations/${declaration.id}/start-handling`),
    await auditor.post(`/api/backoffice/declarations/${declaration.id}/decision`, { decision: 'accept' }),
    await auditor.put(`/api/admin/organisations/${an.activeOrganisationId}/users/${an.me.user.id}/access`, { accessLevel: 'limited' }),
  ];
  expect(attempts.map((reply) => reply.status)).toEqual([403, 403, 403, 403, 403]);
  expect((await an.get(declarationUrl(an, declaration.id))).body).toMatchObject({ status: 'draft', version: declaration.version });
});
