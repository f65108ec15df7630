import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { Knex } from 'knex';
import { deadlinesQuery, deadlinesWorkflowId } from '../../workflows/claim-deadlines/definitions';
import { createDeclaration, declarationUrl, demo, fixture, Session } from '../support/api';
import { testDatabase } from '../support/database';
import { mailsTo, pdfText } from '../support/mail-and-pdf';
import { existingServer } from '../support/temporal';

let an: Session;
let handler: Session;
let second: Session;
let senior: Session;
let auditor: Session;
let db: Knex;

beforeAll(async () => {
  [an, handler, second, senior, auditor] = await Promise.all([demo.an, demo.handler, 'second.handler@insurer.example', demo.senior, demo.auditor].map((email) => Session.login(email)));
  db = testDatabase();
});
afterAll(() => db.destroy());

async function openClaim(type: 'liability' | 'workplace_accident' | 'motor_damage', data = fixture(type).data, by = handler) {
  const declaration = await createDeclaration(an, type, data);
  await an.post(declarationUrl(an, declaration.id, 'submit'));
  return (await by.post(`/api/backoffice/declarations/${declaration.id}/start-handling`)).body;
}
/** The day the claim was filed, in Brussels (where the law counts), whatever the hour the test runs. */
const brusselsDay = (instant: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(instant));
/** A period in months ends on the same day number, or on the last day of a month that has no such day. */
function sameDayThreeMonthsLater(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + 3, 1));
  const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, daysInTarget));
  return target.toISOString().slice(0, 10);
}
const waitFor = async <T>(probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > deadline) return value as T;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

test('a liability claim owes a reasoned answer within three months of the declaration; the queue shows it as the next deadline', async () => {
  const claim = await openClaim('liability');
  const file = await waitFor(async () => {
    const reply = await handler.get(`/api/backoffice/claims/${claim.id}`);
    return reply.body.deadlines.length ? reply.body : undefined;
  });
  const expected = sameDayThreeMonthsLater(brusselsDay(claim.submittedAt));
  expect(file.deadlines).toEqual([{ code: 'reasoned_answer', dueOn: expected, status: 'running', penaltyCents: 0 }]);
  expect(file.claim).toMatchObject({ claimNumber: claim.claimNumber, handlerId: handler.me.user.id });
  const queue = (await handler.get('/api/backoffice/claims?assignee=me&pageSize=200')).body.items;
  expect(queue.find((item: { id: string }) => item.id === claim.id).nextDeadline).toEqual({ code: 'reasoned_answer', dueOn: expected });
  const dues = queue.map((item: { nextDeadline: { dueOn: string } | null }) => item.nextDeadline?.dueOn ?? '9999');
  expect(dues).toEqual([...dues].sort());
});

test('a reminder from the claimant starts its 11-day deadline; a motor claim keeps its own regime (no reasoned-answer deadline)', async () => {
  const claim = await openClaim('liability');
  await waitFor(async () => ((await handler.get(`/api/backoffice/claims/${claim.id}`)).body.deadlines.length ? true : undefined));
  expect((await handler.post(`/api/backoffice/claims/${claim.id}/deadlines/reminder`, { sentOn: '2026-11-05' })).status).toBe(200);
  const deadlines = await waitFor(async () => {
    const found = (await handler.get(`/api/backoffice/claims/${claim.id}`)).body.deadlines;
    // 21 November is past: the deadline is started, then missed at once
    return found.some((d: { code: string; status: string }) => d.code === 'reminder_answer' && d.status === 'missed') ? found : undefined;
  });
  expect(deadlines).toContainEqual({ code: 'reminder_answer', dueOn: '2026-11-21', status: 'missed', penaltyCents: expect.any(Number) });

  const motor = await openClaim('motor_damage', fixture('motor_damage').data, second);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect((await second.get(`/api/backoffice/claims/${motor.id}`)).body.deadlines).toEqual([]);
});

test('a missed reasoned answer acts: a flat €300, the handler told, the audit log written', async () => {
  const claim = await openClaim('liability');
  const environment = await TestWorkflowEnvironment.createFromExistingServer(existingServer());
  try {
    // Replace the claim's deadlines with ones counted from a declaration filed four months ago.
    const handle = environment.client.workflow.getHandle(deadlinesWorkflowId(claim.id));
    // The claim starts its deadlines a moment after the opening answered: until then there is no such process.
    const running = () => handle.describe().then((described) => described.status.name === 'RUNNING', (error) => {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    });
    expect(await waitFor(async () => ((await running()) ? true : undefined))).toBe(true);
    await handle.terminate('test: restart with an older filing date');
    const restarted = await environment.client.workflow.start('claimDeadlinesWorkflow', {
      taskQueue: 'claims', workflowId: deadlinesWorkflowId(claim.id),
      args: [{ declarationId: claim.id, productLine: 'liability', claimFiledOn: '2026-07-01', simpleFireRisk: false, inspectionReportDueOn: null }],
    });
    const missed = await waitFor(async () => {
      const state = await restarted.query(deadlinesQuery);
      return state.deadlines.find((d) => d.status === 'missed');
    });
    expect(missed).toEqual({ code: 'reasoned_answer', dueOn: '2026-10-01', status: 'missed', penaltyCents: 30_000 });
    const notice = await waitFor(async () => db('notifications').where({ declarationId: claim.id, kind: 'deadline_missed' }).first());
    expect(notice.userId).toBe(handler.me.user.id);
    expect(notice).toMatchObject({ message: null, params: { deadline: 'reasoned_answer', dueOn: '2026-10-01', penaltyCents: 30_000 } });
    const logged = await db('auditLog').where({ action: 'deadline_missed', subjectId: claim.id }).first();
    expect(logged.details).toMatchObject({ code: 'reasoned_answer', penaltyCents: 30_000 });
  } finally {
    await environment.teardown();
  }
});

test('a workplace-accident reservation goes in writing to the victim, the employer and the health fund; the letters are in the claim file', async () => {
  const { data } = fixture('workplace_accident');
  const victimEmail = `victim.${Date.now()}@example.com`;
  const claim = await openClaim('workplace_accident', {
    ...data,
    parties: { ...data.parties, insured: [{ ...data.parties.insured[0], email: victimEmail }] },
    damage: { ...data.damage, healthFund: { name: 'Christelijke Mutualiteit', email: `cm.${Date.now()}@example.com` } },
  });
  const reserved = await handler.post(`/api/backoffice/declarations/${claim.id}/decision`, { decision: 'reserve', reason: 'het medisch attest ontbreekt', missing: ['Medisch attest van eerste vaststelling'] });
  expect(reserved.status).toBe(200);
  const file = (await handler.get(`/api/backoffice/claims/${claim.id}`)).body;
  expect(file.letters.map((l: { recipient: string }) => l.recipient)).toEqual(['victim', 'employer', 'health_fund']);
  const letter = await handler.fetch('GET', file.letters[0].url);
  const text = await pdfText(Buffer.from(await letter.arrayBuffer()));
  expect(text).toContain('onder voorbehoud');
  expect(text).toContain('Medisch attest van eerste vaststelling');
  expect(text).toContain('behandeld als ziekte');
  const mails = await mailsTo(victimEmail, 1);
  expect(mails[0].subject).toContain(`Aanvaarding onder voorbehoud van schadegeval ${claim.claimNumber}`);
  const customerFile = (await an.get(`/api/organisations/${an.activeOrganisationId}/claims/${claim.id}`)).body;
  expect(customerFile.documents.filter((d: { kind: string }) => d.kind === 'decision_reserve')).toHaveLength(3);
  // the serious accident also has its inspection report running
  expect(file.deadlines.map((d: { code: string }) => d.code)).toContain('inspection_report');
});

test('a senior handler reassigns a claim; a handler cannot', async () => {
  const claim = await openClaim('liability');
  expect((await handler.post(`/api/backoffice/claims/${claim.id}/assign`, { handlerId: second.me.user.id })).status).toBe(403);
  const reassigned = await senior.post(`/api/backoffice/claims/${claim.id}/assign`, { handlerId: second.me.user.id });
  expect(reassigned.body.handler).toMatchObject({ name: 'Karim El Amrani' });
  expect(reassigned.body.history.at(-1)).toMatchObject({ action: 'reassigned', by: { name: 'Marc Verhoeven' }, details: { from: 'Hanne De Smet', to: 'Karim El Amrani' } });
  expect((await db('claims').where({ declarationId: claim.id }).first('handlerId')).handlerId).toBe(second.me.user.id);
  const mine = (await second.get('/api/backoffice/claims?assignee=me&pageSize=200')).body.items.map((i: { id: string }) => i.id);
  expect(mine).toContain(claim.id);
});

test('the staff list the handlers a claim can go to, with the open claims each holds; customers cannot', async () => {
  await openClaim('liability');
  const staff = (await senior.get('/api/backoffice/handlers')).body;
  expect(staff.map((member: { name: string }) => member.name)).toEqual(expect.arrayContaining(['Hanne De Smet', 'Karim El Amrani', 'Marc Verhoeven']));
  expect(staff.map((member: { name: string }) => member.name)).not.toContain('Lotte Jacobs'); // the auditor handles nothing
  const hanne = staff.find((member: { email: string }) => member.email === demo.handler);
  expect(hanne).toMatchObject({ id: handler.me.user.id, role: 'handler', openClaims: expect.any(Number) });
  expect(hanne.openClaims).toBeGreaterThan(0); // at least the claim she just took
  expect((await handler.get('/api/backoffice/handlers')).status).toBe(200);
  expect((await an.get('/api/backoffice/handlers')).status).toBe(403);
});

test('a claim is closed with its outcome only once decided; closing ends its deadlines and takes it off the queue', async () => {
  const claim = await openClaim('liability');
  const undecided = await handler.post(`/api/backoffice/claims/${claim.id}/close`, { outcome: 'no_payment' });
  expect(undecided.status).toBe(409);
  expect(undecided.body.error.code).toBe('not_allowed_in_status');
  expect((await handler.post(`/api/backoffice/claims/${claim.id}/close`, {})).status).toBe(422); // no outcome
  await handler.post(`/api/backoffice/declarations/${claim.id}/decision`, { decision: 'accept' });
  const closed = await handler.post(`/api/backoffice/claims/${claim.id}/close`, { outcome: 'no_payment' });
  expect(closed.status).toBe(200);
  expect(closed.body).toMatchObject({
    claimNumber: claim.claimNumber, outcome: 'no_payment', closeReason: null, closedAt: expect.any(String),
    closedBy: { userId: handler.me.user.id, name: 'Hanne De Smet' }, reopened: null, hasProcess: true,
  });
  const deadlines = await waitFor(async () => {
    const found = (await handler.get(`/api/backoffice/claims/${claim.id}`)).body.deadlines;
    return found.every((d: { status: string }) => d.status !== 'running') ? found : undefined;
  });
  expect(deadlines).toEqual([expect.objectContaining({ code: 'reasoned_answer', status: 'met' })]);
  expect((await handler.get('/api/backoffice/claims?pageSize=200')).body.items.map((i: { id: string }) => i.id)).not.toContain(claim.id);
});

test('customers and auditors cannot work the queue', async () => {
  expect((await an.get('/api/backoffice/claims')).status).toBe(403);
  expect((await auditor.get('/api/backoffice/claims')).status).toBe(403);
  expect((await auditor.post('/api/backoffice/claims/00000000-0000-4000-8000-000000000000/close', { outcome: 'no_payment' })).status).toBe(403);
});

test('an agreed amount is due within 30 days; paying it meets the deadline', async () => {
  const claim = await openClaim('liability');
  await waitFor(async () => ((await handler.get(`/api/backoffice/claims/${claim.id}`)).body.deadlines.length ? true : undefined));
  const today = new Date().toISOString().slice(0, 10);
  await handler.post(`/api/backoffice/claims/${claim.id}/deadlines/amount-agreed`, { agreedOn: today });
  await waitFor(async () => ((await handler.get(`/api/backoffice/claims/${claim.id}`)).body.deadlines.some((d: { code: string }) => d.code === 'payment') ? true : undefined));
  // No policy is linked to the declaration: a senior handler confirms its cover before money leaves.
  await senior.post(`/api/backoffice/claims/${claim.id}/cover`, { reason: 'Polis BA-2019-104512 nagekeken' });
  const keyed = () => ({ 'Idempotency-Key': randomUUID() });
  await handler.post(`/api/backoffice/claims/${claim.id}/reserves`, { costType: 'indemnity', amountCents: 350_000, reason: 'Schade aan de pols en de handtas' }, keyed());
  const payment = await handler.post(`/api/backoffice/claims/${claim.id}/payments`, { costType: 'indemnity', amountCents: 350_000, payeeName: 'Sarah Dubois', iban: 'BE68 5390 0754 7034' }, keyed());
  expect(payment.body.status).toBe('approved');
  const payments = await waitFor(async () => {
    const found = (await handler.get(`/api/backoffice/claims/${claim.id}`)).body.deadlines.find((d: { code: string; status: string }) => d.code === 'payment' && d.status === 'met');
    return found;
  });
  expect(payments).toMatchObject({ code: 'payment', status: 'met', penaltyCents: 0 });
});

test("the claim file's assessment speaks the reader's language: why a document is asked for, why the accident is serious; the figures stay as they are", async () => {
  const declaration = await createDeclaration(an, 'workplace_accident');
  await an.expect(200, 'POST', declarationUrl(an, declaration.id, 'submit'));
  const read = async (headers: Record<string, string>) => (await handler.request('GET', `/api/backoffice/claims/${declaration.id}`, undefined, headers)).body.assessment;
  const [french, dutch, english] = await Promise.all([read({ 'accept-language': 'fr' }), read({ 'accept-language': 'nl' }), read({})]);
  // Each phrase comes as its key and parameters, for a client that words it itself, and its text in the reader's language.
  expect(french.documents.required.map((document: { reason: { text: string } }) => document.reason.text)).toEqual([
    'Certificat médical de premier constat, rempli lors de la première consultation.',
    "Chaque certificat médical d'incapacité : incapacité, prolongation, reprise du travail, rechute.",
  ]);
  expect(dutch.documents.missing[0].reason).toEqual({
    key: 'assessment.document.firstFindingCertificate', text: 'Medisch getuigschrift van eerste vaststelling, ingevuld bij de eerste raadpleging.',
  });
  expect(french.workplaceAccident.seriousReason).toEqual({
    key: 'assessment.seriousness.directCause', params: { cause: 'event', injury: 'temporary_injury' },
    text: 'Directement causé par un événement, avec une lésion temporaire pour conséquence.',
  });
  expect(english.workplaceAccident.seriousReason.text).toBe('Directly caused by an event and resulting in a temporary injury.');
  expect(french.workplaceAccident.declaration).toEqual(english.workplaceAccident.declaration);
  // The declaration as handler and customer read it carries the same sentences.
  const started = await handler.request('POST', `/api/backoffice/declarations/${declaration.id}/start-handling`, {}, { 'accept-language': 'nl-BE' });
  expect(started.body.assessment.documents.missing[0].reason).toEqual(dutch.documents.missing[0].reason);
  const customerView = await an.request('GET', declarationUrl(an, declaration.id), undefined, { 'accept-language': 'fr-BE' });
  expect(customerView.body.assessment.workplaceAccident.seriousReason).toEqual(french.workplaceAccident.seriousReason);
});
