import { createDeclaration, declarationUrl, demo, Session } from '../support/api';
import { eventually } from '../support/eventually';

let an: Session;
let els: Session;
let handler: Session;
let auditor: Session;
const startedAt = new Date(Date.now() - 1000).toISOString();
let peeters: { id: string; workflowId: string }; // stays running: submitted, not yet decided
let wouters: { id: string; workflowId: string }; // accepted: the workflow completed
let messageWorkflowId: string;

beforeAll(async () => {
  [an, els, handler, auditor] = await Promise.all([demo.an, demo.els, demo.handler, demo.auditor].map((email) => Session.login(email)));
  peeters = await createDeclaration(an, 'liability');
  await an.post(declarationUrl(an, peeters.id, 'submit'));
  wouters = await createDeclaration(els, 'fire'); // opens automatically at submit
  await els.post(declarationUrl(els, wouters.id, 'submit'));
  expect((await handler.post(`/api/backoffice/declarations/${wouters.id}/decision`, { decision: 'accept' })).body.status).toBe('accepted');
  const form = new FormData();
  form.append('body', 'Is de expert al aangesteld?');
  const message = await els.request('POST', `/api/organisations/${els.activeOrganisationId}/claims/${wouters.id}/messages`, form);
  expect(message.status).toBe(201);
  messageWorkflowId = `message-${message.body.id}`;
});

/** The workflow ids a search finds, once visibility has indexed what the test expects to see. */
const ids = async (query: string) => {
  const reply = await auditor.get(`/api/audit/workflows?pageSize=200&from=${encodeURIComponent(startedAt)}&${query}`);
  expect(reply.status).toBe(200);
  return reply.body.items.map((item: { workflowId: string }) => item.workflowId) as string[];
};

test('an auditor finds the workflows of one organisation, of every type, each with a link to the Temporal Web UI', async () => {
  await eventually(async () => expect(await ids(`organisationId=${els.activeOrganisationId}`)).toEqual(expect.arrayContaining([wouters.workflowId, messageWorkflowId])));
  const found = await ids(`organisationId=${els.activeOrganisationId}`);
  expect(found).not.toContain(peeters.workflowId);

  const reply = await auditor.get(`/api/audit/workflows?type=declarationWorkflow&organisationId=${els.activeOrganisationId}&from=${encodeURIComponent(startedAt)}`);
  const item = reply.body.items.find((entry: { workflowId: string }) => entry.workflowId === wouters.workflowId);
  expect(item).toMatchObject({
    type: 'declarationWorkflow', organisationId: els.activeOrganisationId, startTime: expect.stringMatching(/^\d{4}-/),
    temporalWebUiUrl: expect.stringMatching(new RegExp(`^http://localhost:\\d+/namespaces/claims/workflows/${wouters.workflowId}$`)),
  });
  expect(reply.body).toMatchObject({ page: 1, pageSize: 25, total: expect.any(Number) });
});

test('an auditor finds workflows by type: the message workflow, not the declarations', async () => {
  await eventually(async () => expect(await ids('type=claimMessageWorkflow')).toContain(messageWorkflowId));
  const messages = await ids('type=claimMessageWorkflow');
  expect(messages).not.toContain(wouters.workflowId);
  expect(messages.every((id) => id.startsWith('message-'))).toBe(true);
});

test('an auditor finds workflows by status: the accepted declaration is completed, the submitted one still running', async () => {
  await eventually(async () => expect(await ids('type=declarationWorkflow&status=completed')).toContain(wouters.workflowId));
  expect(await ids('type=declarationWorkflow&status=completed')).not.toContain(peeters.workflowId);
  const running = await ids('type=declarationWorkflow&status=running');
  expect(running).toContain(peeters.workflowId);
  expect(running).not.toContain(wouters.workflowId);
  const completed = await auditor.get(`/api/audit/workflows?status=completed&from=${encodeURIComponent(startedAt)}&pageSize=200`);
  const closed = completed.body.items.find((item: { workflowId: string }) => item.workflowId === wouters.workflowId);
  expect(closed).toMatchObject({ status: 'completed', closeTime: expect.stringMatching(/^\d{4}-/) });
});

test('an auditor finds workflows by the period they started in', async () => {
  await eventually(async () => expect(await ids('type=declarationWorkflow')).toContain(peeters.workflowId));
  const before = await auditor.get(`/api/audit/workflows?type=declarationWorkflow&to=${encodeURIComponent(startedAt)}&pageSize=200`);
  expect(before.body.items.map((item: { workflowId: string }) => item.workflowId)).not.toContain(peeters.workflowId);
  const today = startedAt.slice(0, 10);
  const sameDay = await auditor.get(`/api/audit/workflows?type=declarationWorkflow&organisationId=${an.activeOrganisationId}&from=${today}&to=${today}&pageSize=200`);
  expect(sameDay.body.items.map((item: { workflowId: string }) => item.workflowId)).toContain(peeters.workflowId);
});

test('pages hold pageSize workflows each, without overlap', async () => {
  const [first, second] = await Promise.all([1, 2].map((page) => auditor.get(`/api/audit/workflows?page=${page}&pageSize=2`)));
  expect(first.body.items).toHaveLength(2);
  const firstIds = first.body.items.map((item: { workflowId: string }) => item.workflowId);
  for (const item of second.body.items) expect(firstIds).not.toContain(item.workflowId);
});

test.each([
  ['status', 'status=closed'],
  ['organisationId', 'organisationId=bakkerij'],
  ['from', 'from=yesterday'],
  ['type', "type=declarationWorkflow' OR WorkflowType != '"],
  ['to', 'from=2026-11-22&to=2026-11-21'],
  ['pageSize', 'pageSize=5000'],
])('a malformed search parameter (%s) is a 400 that names it', async (parameter, query) => {
  const reply = await auditor.get(`/api/audit/workflows?${query}`);
  expect(reply.status).toBe(400);
  expect(reply.body.error.details.map((problem: { path: string }) => problem.path)).toContain(parameter);
});
