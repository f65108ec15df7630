import type { Knex } from 'knex';
import { addDays, brusselsDate } from '../../domain/rules/calendar';
import { reminderAnswerDue } from '../../domain/rules/claim-deadlines';
import { declarationUrl, demo, fixture, Session, withKey } from '../support/api';
import { claimUrl, openLiabilityClaim, policyOf, waitUntil } from '../support/claims';
import { testDatabase } from '../support/database';
import { diagnoseProcesses } from '../support/process-diagnosis';
import { claimWorkflowId } from '../../workflows/claim/definitions';
import { deadlinesWorkflowId } from '../../workflows/claim-deadlines/definitions';

/**
 * The claim's diary: items a handler plans, completes and cancels through the claim's process; items rules plan when
 * the claim opens or changes; an item left overdue escalates to the senior handlers by the claim's own timer; My work.
 */
let an: Session;
let handler: Session;
let second: Session;
let senior: Session;
let auditor: Session;
let db: Knex;

beforeAll(async () => {
  [an, handler, second, senior, auditor] = await Promise.all(
    [demo.an, demo.handler, 'second.handler@insurer.example', demo.senior, demo.auditor].map((email) => Session.login(email)),
  );
  db = testDatabase();
});
afterAll(() => db.destroy());

const today = () => brusselsDate(new Date());
const userIdOf = (session: Session) => (session.me as { user: { id: string } }).user.id;
const sessionOf = (userId: string) => [handler, second, senior].find((session) => userIdOf(session) === userId)!;
const plan = (session: Session, claimId: string, body: Record<string, unknown>, key = withKey()) => session.post(claimUrl(claimId, 'diary'), body, key);

/** A workplace accident declared without the medical certificate of first finding, the accident `daysAgo` days ago. */
async function openWorkplaceAccident(daysAgo: number): Promise<string> {
  const data = fixture('workplace_accident').data;
  data.event.date = addDays(today(), -daysAgo);
  const policyId = await policyOf(an, 'workplace_accident');
  const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'workplace_accident', data, policyId });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  await an.expect(200, 'POST', declarationUrl(an, created.body.id, 'submit'));
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${created.body.id}/start-handling`, {});
  return created.body.id;
}

test('a handler plans an item for a colleague once, however often the request is sent; the colleague completes it with a note', async () => {
  const claimId = await openLiabilityClaim(an, handler);
  const key = withKey();
  const order = { subject: 'Expert bellen voor een afspraak', ownerId: userIdOf(second), dueOn: today(), priority: 'high' };
  const first = await plan(handler, claimId, order, key);
  const again = await plan(handler, claimId, order, key);
  expect(first.status).toBe(201);
  expect(again.body).toEqual(first.body);
  expect(first.body).toMatchObject({
    claimId, subject: 'Expert bellen voor een afspraak', owner: { id: userIdOf(second) }, dueOn: today(), priority: 'high', status: 'open', overdue: false,
    rule: null, createdBy: { name: 'Hanne De Smet', role: 'handler' }, closing: null,
  });
  expect(await db('claimDiaryItems').where({ declarationId: claimId })).toHaveLength(1);

  const mine = await second.get('/api/backoffice/diary?owner=me&due=today');
  expect(mine.body.map((item: { id: string }) => item.id)).toContain(first.body.id);
  expect((await second.get('/api/backoffice/diary?owner=me&due=overdue')).body.map((item: { id: string }) => item.id)).not.toContain(first.body.id);
  const work = await second.get('/api/backoffice/my-work');
  expect(work.status).toBe(200);
  expect(work.body.today.map((item: { id: string }) => item.id)).toContain(first.body.id);
  expect(work.body.counts.today).toBeGreaterThanOrEqual(1);

  const done = await second.post(`/api/backoffice/diary/${first.body.id}/complete`, { note: 'Afspraak dinsdag 10u' }, withKey());
  expect(done.status).toBe(200);
  expect(done.body).toMatchObject({ status: 'completed', closing: { by: { role: 'handler' }, note: 'Afspraak dinsdag 10u' } });
  const twice = await second.post(`/api/backoffice/diary/${first.body.id}/complete`, { note: 'nog eens' }, withKey());
  expect(twice.status).toBe(409);
  expect((await second.get('/api/backoffice/diary?owner=me&due=today')).body.map((item: { id: string }) => item.id)).not.toContain(first.body.id);

  const actions = (await db('auditLog').where({ subjectId: claimId }).select('action')).map((row: { action: string }) => row.action);
  expect(actions).toEqual(expect.arrayContaining(['claim_diary_item_added', 'claim_diary_item_completed']));
  const { body } = await auditor.get(claimUrl(claimId, 'diary'));
  expect(body).toEqual([expect.objectContaining({ id: first.body.id, status: 'completed' })]);
  const reads = await db('auditLog').where({ action: 'read', subjectId: claimId }).whereRaw("details->>'what' = 'claim_diary'");
  expect(reads.length).toBeGreaterThanOrEqual(1);
});

test('an item is cancelled only with a note saying why; the note is kept with who and when', async () => {
  const claimId = await openLiabilityClaim(an, handler);
  const { body: item } = await plan(handler, claimId, { subject: 'Politieverslag opvragen', ownerId: userIdOf(handler), dueOn: addDays(today(), 3) });
  const silent = await handler.post(`/api/backoffice/diary/${item.id}/cancel`, { note: '  ' }, withKey());
  expect(silent.status).toBe(422);
  expect(silent.body.error.details[0]).toMatchObject({ path: 'note' });
  const cancelled = await handler.post(`/api/backoffice/diary/${item.id}/cancel`, { note: 'Geen politie ter plaatse geweest' }, withKey());
  expect(cancelled.body).toMatchObject({ status: 'cancelled', priority: 'normal', closing: { note: 'Geen politie ter plaatse geweest', by: { name: 'Hanne De Smet' } } });
  expect(await db('claimDiaryItems').where({ id: item.id }).first()).toMatchObject({ status: 'cancelled', closedAt: expect.any(Date) });
});

test('an item without a subject, due in the past, or for someone who is not a handler is refused, naming each field; nothing is planned', async () => {
  const claimId = await openLiabilityClaim(an, handler);
  const refused = await plan(handler, claimId, { subject: ' ', ownerId: userIdOf(handler), dueOn: today() });
  expect(refused.status).toBe(422);
  expect(refused.body.error.details.map((problem: { path: string }) => problem.path)).toEqual(['subject']);
  const past = await plan(handler, claimId, { subject: 'Bellen', ownerId: (an.me as { user: { id: string } }).user.id, dueOn: addDays(today(), -1) });
  expect(past.status).toBe(422);
  expect(past.body.error.details.map((problem: { path: string }) => problem.path).sort()).toEqual(['dueOn', 'ownerId']);
  expect((await plan(handler, claimId, { subject: 'Bellen', ownerId: userIdOf(handler), dueOn: '2026-02-30' })).status).toBe(422);
  expect((await plan(an, claimId, { subject: 'Bellen', ownerId: userIdOf(handler), dueOn: today() })).status).toBe(403);
  expect(await db('claimDiaryItems').where({ declarationId: claimId })).toHaveLength(0);
});

test('a workplace accident without the medical certificate plans asking for it; overdue, it escalates once to every senior handler', async () => {
  const claimId = await openWorkplaceAccident(20);
  // The claim sets itself up (cover check, rules) right after it opens.
  const ruled = await waitUntil(async () => (await handler.get(claimUrl(claimId, 'diary'))).body[0]);
  expect(ruled).toMatchObject({
    rule: 'workplace_certificate_missing', priority: 'high', status: 'open', overdue: true, dueOn: addDays(today(), -12), createdBy: { role: 'system' },
    subject: 'Ask for the medical certificate of first finding (not with the declaration)',
  });
  const dutch = await handler.request('GET', claimUrl(claimId, 'diary'), undefined, { 'Accept-Language': 'nl' });
  expect(dutch.body[0].subject).toBe('Vraag het medisch attest van eerste vaststelling op (niet bij de aangifte)');

  // Due 12 days ago, past any escalation period: the claim's timer fires at once.
  const escalated = await waitUntil(async () => (await db('claimDiaryItems').where({ id: ruled.id }).first())?.escalatedAt, 30_000);
  expect(escalated).toBeInstanceOf(Date);
  const seniors = await db('users').where({ role: 'senior_handler' }).select('id');
  const notices = await db('notifications').where({ kind: 'diary_overdue', declarationId: claimId });
  expect(notices.map((notice: { userId: string }) => notice.userId).sort()).toEqual(seniors.map((row: { id: string }) => row.id).sort());
  expect(notices[0].params).toMatchObject({ itemId: ruled.id, subject: { key: 'diary.rule.workplace_certificate_missing' } });
  expect(await db('auditLog').where({ subjectId: claimId, action: 'claim_diary_item_escalated' })).toHaveLength(1);

  const seniorWork = (await senior.get('/api/backoffice/my-work')).body;
  expect(seniorWork.notifications).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'diary_overdue', claimId })]));
  const owner = sessionOf(ruled.owner.id);
  const ownerWork = (await owner.get('/api/backoffice/my-work')).body;
  expect(ownerWork.overdue).toEqual(expect.arrayContaining([expect.objectContaining({ id: ruled.id, escalatedAt: expect.any(String) })]));
  expect(ownerWork.counts.total).toBeGreaterThanOrEqual(ownerWork.counts.overdue + ownerWork.counts.today);
});

test('a decision under reservation plans following up its missing items within 30 days', async () => {
  const claimId = await openLiabilityClaim(an, handler);
  const decided = await handler.post(`/api/backoffice/declarations/${claimId}/decision`, { decision: 'reserve', reason: 'Stukken ontbreken', missing: ['Factuur van de herstelling'] });
  expect(decided.status).toBe(200);
  const items = (await handler.get(claimUrl(claimId, 'diary'))).body;
  expect(items).toEqual([expect.objectContaining({
    rule: 'reservation_follow_up', dueOn: addDays(today(), 30), status: 'open', subject: 'Follow up the missing items of the reservation: Factuur van de herstelling',
  })]);
});

test('a legal deadline within 7 days plans a high-priority item for the claim\'s handler, due on the deadline\'s day, once', async () => {
  const claimId = await openLiabilityClaim(an, handler);
  // A reminder sent 12 days ago: its answer is due 11 days from the third working day after it, within the week.
  const sentOn = addDays(today(), -12);
  const dueOn = reminderAnswerDue(sentOn);
  expect(dueOn >= today() && dueOn <= addDays(today(), 7)).toBe(true);
  await handler.expect(200, 'POST', claimUrl(claimId, 'deadlines/reminder'), { sentOn }, withKey());

  const processes = () => diagnoseProcesses([claimWorkflowId(claimId), deadlinesWorkflowId(claimId)]);
  const ruled = await waitUntil(async () => (await handler.get(claimUrl(claimId, 'diary'))).body.find((item: { rule: string }) => item.rule === 'legal_deadline_soon'), 30_000, processes);
  expect(ruled).toMatchObject({ priority: 'high', status: 'open', dueOn, overdue: false, createdBy: { role: 'system' }, owner: { id: userIdOf(handler) } });
  expect(ruled.subject).toMatch(/^Legal deadline "answer after a reminder" passes on .+: act in time$/);
  const dutch = await handler.request('GET', claimUrl(claimId, 'diary'), undefined, { 'Accept-Language': 'nl' });
  expect(dutch.body.find((item: { id: string }) => item.id === ruled.id).subject).toMatch(/^Wettelijke termijn "antwoord na herinnering" verstrijkt op .+: handel tijdig$/);
  expect(await db('auditLog').where({ subjectId: claimId, action: 'claim_diary_item_planned' })).toHaveLength(1);

  // The reasoned answer (three months out) is not within the week; telling the claim again plans nothing twice.
  await handler.expect(200, 'POST', claimUrl(claimId, 'deadlines/amount-agreed'), { agreedOn: today() }, withKey());
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const rows = await db('claimDiaryItems').where({ declarationId: claimId });
  expect(rows.filter((row: { rule: string }) => row.rule === 'legal_deadline_soon')).toHaveLength(1);
});

test('My work is for handlers: a customer is refused, and the lists ask for valid filters', async () => {
  expect((await an.get('/api/backoffice/my-work')).status).toBe(403);
  expect((await handler.get('/api/backoffice/diary?due=yesterday')).status).toBe(400);
  expect((await handler.get('/api/backoffice/diary?owner=me&due=week')).status).toBe(200);
});
