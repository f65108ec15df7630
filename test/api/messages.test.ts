import type { Knex } from 'knex';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { createDeclaration, declarationUrl, demo, Session } from '../support/api';
import { testDatabase } from '../support/database';
import { existingServer } from '../support/temporal';
import { sendMessage } from '../../api/messages/workflows';
import { messageQuery, messageWorkflowId } from '../../workflows/claim-message/definitions';
import type { claimMessageWorkflow } from '../../workflows';

let an: Session;
let jan: Session;
let els: Session;
let handler: Session;
let db: Knex;
let claim: { id: string; claimNumber: string; handler: { id: string; name: string; email: string } };

beforeAll(async () => {
  [an, jan, els] = await Promise.all([demo.an, demo.jan, demo.els].map((email) => Session.login(email)));
  db = testDatabase();
  const fire = await createDeclaration(an, 'fire');
  claim = (await an.post(declarationUrl(an, fire.id, 'submit'))).body;
  handler = await Session.login(claim.handler.email); // fire claims go to the least busy handler
});
afterAll(() => db.destroy());

const threadUrl = (session: Session) => `/api/organisations/${session.activeOrganisationId}/claims/${claim.id}/messages`;
function post(session: Session, body: string, files: { name: string; bytes: Buffer; type: string }[] = []) {
  const form = new FormData();
  form.append('body', body);
  for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return session.request('POST', threadUrl(session), form);
}
const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');

test('a message without a subject is titled with the claim number, in the sender\'s language', async () => {
  const form = new FormData();
  form.append('body', 'Is de expert al langsgekomen?');
  const sent = await an.request('POST', threadUrl(an), form, { 'accept-language': 'nl-BE' });
  expect(sent.body.subject).toBe(`Schadedossier ${claim.claimNumber}`);
});

test("a customer with limited access writes to the claim's handler with an attachment; the handler reads and answers; both see the thread", async () => {
  const sent = await post(jan, 'Wanneer komt de expert langs?', [{ name: 'bestek schilder.pdf', bytes: pdf, type: 'application/pdf' }]);
  expect(sent.status).toBe(201);
  expect(sent.body).toMatchObject({ status: 'sent', subject: `Claim ${claim.claimNumber}`, sender: { name: 'Jan Claes' }, attachments: [{ fileName: 'bestek schilder.pdf' }] });

  const inbox = await handler.get('/api/backoffice/messages?mine=true&status=sent');
  expect(inbox.body.find((m: { id: string }) => m.id === sent.body.id)).toMatchObject({ claimNumber: claim.claimNumber });
  const file = await handler.fetch('GET', `/api/backoffice/messages/${sent.body.id}/attachments/${sent.body.attachments[0].id}`);
  expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf);

  expect((await handler.post(`/api/backoffice/messages/${sent.body.id}/read`)).body).toMatchObject({ status: 'read', read: { by: { name: claim.handler.name } } });
  const answered = await handler.post(`/api/backoffice/messages/${sent.body.id}/reply`, { body: 'De expert komt dinsdag om 10 uur.' });
  expect(answered.body).toMatchObject({ status: 'answered', reply: { body: 'De expert komt dinsdag om 10 uur.', by: { name: claim.handler.name } } });

  const thread = await an.get(threadUrl(an));
  expect(thread.body.find((m: { id: string }) => m.id === sent.body.id)).toMatchObject({ status: 'answered', reply: { body: 'De expert komt dinsdag om 10 uur.' } });
  expect((await handler.post(`/api/backoffice/messages/${sent.body.id}/reply`, { body: 'Nog eens' })).status).toBe(409);
});

test('the sender withdraws a message until the handler reads it, not after', async () => {
  const first = (await post(an, 'Vergeet dit bericht')).body;
  const withdrawn = await an.post(`/api/organisations/${an.activeOrganisationId}/messages/${first.id}/withdraw`);
  expect(withdrawn.body.status).toBe('withdrawn');
  expect((await handler.post(`/api/backoffice/messages/${first.id}/read`)).status).toBe(409);

  const second = (await post(an, 'Dit bericht blijft')).body;
  await handler.post(`/api/backoffice/messages/${second.id}/read`);
  const late = await an.post(`/api/organisations/${an.activeOrganisationId}/messages/${second.id}/withdraw`);
  expect(late.status).toBe(409);
  expect(late.body.error.message).toContain('before the handler reads it');
});

test('only the sender may withdraw; an empty message or a forbidden file is refused and nothing is stored', async () => {
  const message = (await post(an, 'Van An')).body;
  const bySofie = await (await Session.login(demo.sofie)).post(`/api/organisations/${an.activeOrganisationId}/messages/${message.id}/withdraw`);
  expect(bySofie.status).toBe(403);
  expect((await post(an, '   ')).status).toBe(422);
  const before = await db('messageAttachments').count({ n: '*' }).first();
  const refused = await post(an, 'Met een programma', [{ name: 'virus.exe', bytes: Buffer.from('MZ\x90\x00'), type: 'application/pdf' }]);
  expect(refused.status).toBe(422);
  expect(await db('messageAttachments').count({ n: '*' }).first()).toEqual(before);
});

test("another organisation neither sees nor writes in the thread", async () => {
  expect((await els.get(`/api/organisations/${els.activeOrganisationId}/claims/${claim.id}/messages`)).status).toBe(404);
  const form = new FormData();
  form.append('body', 'Indringer');
  expect((await els.request('POST', `/api/organisations/${an.activeOrganisationId}/claims/${claim.id}/messages`, form)).status).toBe(404);
});

test('an unanswered message reminds its handler, then reaches the senior handlers', async () => {
  const environment = await TestWorkflowEnvironment.createFromExistingServer(existingServer());
  try {
    const sender = { userId: an.me.user.id, name: 'An Peeters', role: 'customer' as const };
    const message = await sendMessage(db, environment.client, 'claims', { reminderAfter: '1 second', escalateAfter: '2 seconds' }, {
      organisationId: an.activeOrganisationId, declarationId: claim.id, addressedTo: 'handler', handlerId: claim.handler.id, sender, subject: 'Dringend', body: 'Geen antwoord?',
    }, []);
    const handle = environment.client.workflow.getHandle<typeof claimMessageWorkflow>(messageWorkflowId(message.id));
    const deadline = Date.now() + 20_000;
    while (!(await handle.query(messageQuery)).escalatedAt && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    const notices = await db('notifications').where({ messageId: message.id }).join('users', 'users.id', 'notifications.userId').select('notifications.kind', 'users.role');
    expect(notices).toEqual(expect.arrayContaining([{ kind: 'message_reminder', role: 'handler' }, { kind: 'message_escalated', role: 'senior_handler' }]));
    expect(notices).toHaveLength(2);
    await handler.post(`/api/backoffice/messages/${message.id}/reply`, { body: 'Excuses, hierbij het antwoord.' });
    expect((await handle.result()).status).toBe('answered');
  } finally {
    await environment.teardown();
  }
});
