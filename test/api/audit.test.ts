import { createDeclaration, declarationUrl, demo, Session } from '../support/api';

test('an auditor reads the history of a declaration and replays it deterministically', async () => {
  const [an, auditor] = await Promise.all([Session.login(demo.an), Session.login(demo.auditor)]);
  const declaration = await createDeclaration(an, 'fire');
  await an.post(declarationUrl(an, declaration.id, 'submit'));

  const history = await auditor.get(`/api/audit/workflows/${declaration.workflowId}/history`);
  expect(history.status).toBe(200);
  const eventTypes = history.body.events.map((event: { eventType: string }) => event.eventType);
  expect(eventTypes[0]).toBe('EVENT_TYPE_WORKFLOW_EXECUTION_STARTED');
  expect(eventTypes.filter((type: string) => type === 'EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED')).toHaveLength(2);

  const replay = await auditor.post(`/api/audit/workflows/${declaration.workflowId}/replay`);
  expect(replay.status).toBe(200);
  expect(replay.body).toEqual({ workflowId: declaration.workflowId, deterministic: true, error: null });
});

test('an unknown workflow is a 404 for the auditor', async () => {
  const auditor = await Session.login(demo.auditor);
  expect((await auditor.get('/api/audit/workflows/declaration-00000000-0000-0000-0000-000000000000/history')).status).toBe(404);
});

test('the OpenAPI document describes the routes and the docs page is served', async () => {
  const anonymous = Session.anonymous();
  const document = await anonymous.get('/api/openapi.json');
  expect(document.body.openapi).toBe('3.1.0');
  expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining([
    '/api/auth/login', '/api/organisations/{orgId}/declarations', '/api/organisations/{orgId}/declarations/{id}/draft',
    '/api/backoffice/declarations/{id}/decision', '/api/audit/workflows/{workflowId}/replay',
  ]));
  const create = document.body.paths['/api/organisations/{orgId}/declarations'].post;
  expect(create.requestBody.content['application/json'].schema.properties.type.enum).toContain('collective_hospitalisation');
  expect((await anonymous.get('/api/docs/')).status).toBe(200);
});
