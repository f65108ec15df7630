import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { hashPassword } from '../../db/passwords';
import { demo, Session, withKey } from '../support/api';
import { systemStores } from '../support/temporal';
import { eventually } from '../support/eventually';
import { newNationalRegisterNumber } from '../support/national-register';

let an: Session; // administrator of Bakkerij Peeters (demo seed)
let sofie: Session; // full access to Bakkerij Peeters, not its administrator
let els: Session; // Transport Wouters
let handler: Session;
let senior: Session;
let auditor: Session;
let db: Knex;
const stores = systemStores();

beforeAll(async () => {
  [an, sofie, els, handler, senior, auditor] = await Promise.all([demo.an, demo.sofie, demo.els, demo.handler, demo.senior, demo.auditor].map((email) => Session.login(email)));
  db = stores.db;
});

const base = (session: Session, orgId = session.activeOrganisationId) => `/api/organisations/${orgId}/user-agreements`;
const employee = (accessLevel: 'full' | 'limited' | 'none' = 'full', nationalRegisterNumber = newNationalRegisterNumber()) => {
  const id = randomUUID().slice(0, 8);
  return { fullName: `Employee ${id}`, email: `employee.${id}@bakkerij-peeters.example`, nationalRegisterNumber, accessLevel };
};
type Line = ReturnType<typeof employee>;

/** The administrator prepares, reads the text to sign, and submits with it. */
async function submitted(employees: Line[]) {
  const draft = await an.expect(201, 'POST', base(an), { employees });
  const toSign = await an.expect(200, 'GET', `${base(an)}/${draft.id}`);
  return an.expect(200, 'POST', `${base(an)}/${draft.id}/submit`, { confirmedText: toSign.signatureText });
}
const register = (id: string) => handler.expect(200, 'POST', `/api/backoffice/user-agreements/${id}/register`, {});

/** Someone the agreement created logs in (in the test with a password set directly, as other tests do). */
async function logIn(email: string) {
  await db('users').where({ email }).update({ passwordHash: await hashPassword('demo') });
  return Session.login(email);
}

test('an agreement the administrator signs and submits is registered by the insurer: the new employee logs in and sees the organisation', async () => {
  const line = employee('limited');
  const agreement = await submitted([line]);
  expect(agreement).toMatchObject({ status: 'submitted', signature: { by: { name: 'An Peeters' } } });
  expect(agreement.signature.text).toContain('Bakkerij Peeters BV');
  // Four days after its receipt at the latest, it applies.
  expect(new Date(agreement.registrationDueAt).getTime() - new Date(agreement.submittedAt).getTime()).toBe(4 * 24 * 3600 * 1000);
  expect(await db('users').where({ email: line.email }).first()).toBeUndefined();

  const inbox = await handler.expect(200, 'GET', '/api/backoffice/user-agreements');
  expect(inbox.find((a: { id: string }) => a.id === agreement.id)).toMatchObject({ organisation: { name: 'Bakkerij Peeters BV' } });
  const registered = await register(agreement.id);
  expect(registered).toMatchObject({ status: 'registered', decision: { decision: 'register', by: { name: handler.me.user.fullName } } });
  expect(registered.registeredAt).not.toBeNull();

  const user = await db('users').where({ email: line.email }).first();
  expect(user).toMatchObject({ fullName: line.fullName, role: 'customer', nationalRegisterNumber: line.nationalRegisterNumber });
  expect(await db('auditLog').where({ action: 'user_agreement_applied', subjectId: agreement.id }).count('* as n').first()).toEqual({ n: '1' });

  const employeeSession = await logIn(line.email);
  expect(employeeSession.me.organisations).toEqual([expect.objectContaining({ name: 'Bakkerij Peeters BV', accessLevel: 'limited' })]);
  expect((await employeeSession.get(`/api/organisations/${employeeSession.organisationId('Bakkerij Peeters BV')}/policies`)).status).toBe(403);

  // My data: the agreement in force names the employee; colleagues see the number masked.
  const mine = await an.expect(200, 'GET', base(an));
  expect(mine.administrator).toBe(true);
  expect(mine.inForce).toContainEqual(expect.objectContaining({ email: line.email, accessLevel: 'limited', agreementId: agreement.id }));
  expect(mine.history[0]).toMatchObject({ id: agreement.id, status: 'registered' });
  const seen = await sofie.expect(200, 'GET', base(sofie));
  expect(seen.administrator).toBe(false);
  expect(seen.inForce.find((e: Line) => e.email === line.email).nationalRegisterNumber).toBe(`••.••.••-•••.${line.nationalRegisterNumber.slice(-2)}`);

  // Registered once: again is refused, nothing applies twice.
  expect((await handler.post(`/api/backoffice/user-agreements/${agreement.id}/register`)).status).toBe(409);
});

test('the agreement\'s history reads as business sentences in the audit timeline, with who did what', async () => {
  const agreement = await submitted([employee('limited')]);
  await register(agreement.id);
  const timeline = await eventually(async () => {
    const reply = await auditor.expect(200, 'GET', `/api/audit/workflows/${agreement.workflowId}/timeline`);
    expect(reply.entries.filter((entry: { kind: string }) => entry.kind === 'action')).toHaveLength(3);
    return reply;
  });
  const actions = timeline.entries.filter((entry: { kind: string }) => entry.kind === 'action');
  expect(actions.map((entry: { summary: string }) => entry.summary)).toEqual([
    'An Peeters prepared a user agreement', 'An Peeters signed and submitted the user agreement', `${handler.me.user.fullName} registered the user agreement`,
  ]);
  const summaries = timeline.entries.map((entry: { summary: string }) => entry.summary);
  expect(summaries).toContain('The user agreement takes no access away'); // it only gives access
  expect(summaries).toContain('The user agreement was applied: users and their access set');
});

test('the insurer sends an agreement back with a reason; the administrator corrects it and submits it again', async () => {
  const agreement = await submitted([employee('full')]);
  expect((await handler.post(`/api/backoffice/user-agreements/${agreement.id}/send-back`, { reason: ' ' })).status).toBe(422);
  const sentBack = await handler.expect(200, 'POST', `/api/backoffice/user-agreements/${agreement.id}/send-back`, { reason: 'The e-mail address is not of the organisation' });
  expect(sentBack).toMatchObject({ status: 'sent_back', decision: { decision: 'send_back', reason: 'The e-mail address is not of the organisation' } });
  const mine = await an.expect(200, 'GET', base(an));
  expect(mine.history.find((a: { id: string }) => a.id === agreement.id)).toMatchObject({ status: 'sent_back', decision: { reason: 'The e-mail address is not of the organisation' } });

  const corrected = await an.expect(200, 'PUT', `${base(an)}/${agreement.id}/draft`, { employees: [employee('limited')], version: sentBack.version });
  const toSign = await an.expect(200, 'GET', `${base(an)}/${agreement.id}`);
  const again = await an.expect(200, 'POST', `${base(an)}/${agreement.id}/submit`, { confirmedText: toSign.signatureText });
  expect(again).toMatchObject({ status: 'submitted', version: corrected.version + 1, decision: null });
});

test('the administrator withdraws a submitted agreement; withdrawn, it is never registered', async () => {
  const agreement = await submitted([employee('full')]);
  expect(await an.expect(200, 'POST', `${base(an)}/${agreement.id}/withdraw`, {})).toMatchObject({ status: 'withdrawn' });
  expect((await handler.post(`/api/backoffice/user-agreements/${agreement.id}/register`)).status).toBe(409);
  expect((await an.post(`${base(an)}/${agreement.id}/withdraw`)).status).toBe(409);
});

test('received and not registered within the (test system\'s short) four days, the agreement escalates to the senior staff', async () => {
  const agreement = await submitted([employee('full')]);
  const escalated = await eventually(async () => {
    const list = await senior.expect(200, 'GET', '/api/backoffice/user-agreements?escalated=true');
    const found = list.find((a: { id: string }) => a.id === agreement.id);
    expect(found).toBeDefined();
    return found;
  }, 30_000);
  expect(escalated.escalatedAt >= agreement.submittedAt).toBe(true);
  expect(escalated.history.at(-1)).toMatchObject({ action: 'escalated', by: { role: 'system' }, details: { to: 'senior_handler' } });
  expect(await db('auditLog').where({ action: 'user_agreement_escalated', subjectId: agreement.id }).first()).toBeDefined();
  // Where the senior handlers look: My work's notifications, worded in their language, counted in the menu's total.
  const work = await eventually(async () => {
    const reply = await senior.expect(200, 'GET', '/api/backoffice/my-work');
    expect(reply.notifications).toContainEqual(expect.objectContaining({ kind: 'user_agreement_escalated', params: expect.objectContaining({ agreementId: agreement.id }) }));
    return reply;
  });
  expect(work.notifications.find((n: { params: { agreementId?: string } }) => n.params.agreementId === agreement.id).params)
    .toEqual({ agreementId: agreement.id, organisationName: 'Bakkerij Peeters BV', submittedAt: agreement.submittedAt, employees: 1 });
  expect(work.counts.notifications).toBeGreaterThanOrEqual(1);
  // Every senior handler, once each; a handler is not told.
  const seniors = await db('users').where({ role: 'senior_handler' }).pluck('id');
  const told = await db('notifications').where({ kind: 'user_agreement_escalated' }).whereRaw("params->>'agreementId' = ?", [agreement.id]).select('userId');
  expect(told.map((row: { userId: string }) => row.userId).sort()).toEqual(seniors.sort());
  expect((await handler.expect(200, 'GET', '/api/backoffice/my-work')).notifications.filter((n: { kind: string }) => n.kind === 'user_agreement_escalated')).toEqual([]);
  // Still registered by the staff afterwards.
  expect(await register(agreement.id)).toMatchObject({ status: 'registered' });
}, 60_000);

test('a draft, or an agreement sent back, left untouched for the (test system\'s short) 90 days expires; a save starts the period again; expired, it is ended', async () => {
  const statusOf = async (id: string) => (await an.expect(200, 'GET', `${base(an)}/${id}`));
  const draft = await an.expect(201, 'POST', base(an), { employees: [employee()] });
  const sentBack = await handler.expect(200, 'POST', `/api/backoffice/user-agreements/${(await submitted([employee()])).id}/send-back`, { reason: 'Incomplete' });
  // Touched 12 seconds in: the draft's 20 seconds start again.
  await new Promise((resolve) => setTimeout(resolve, 12_000));
  const saved = await an.expect(200, 'PUT', `${base(an)}/${draft.id}/draft`, { employees: [employee()], version: draft.version });

  const expiredBack = await eventually(async () => {
    const reply = await statusOf(sentBack.id);
    expect(reply.status).toBe('expired');
    return reply;
  }, 60_000);
  expect(expiredBack.history.at(-1)).toMatchObject({ action: 'expired', by: { role: 'system' } });
  expect(expiredBack.version).toBe(sentBack.version); // the system's own action
  expect((await statusOf(draft.id)).status).toBe('draft');

  const expired = await eventually(async () => {
    const reply = await statusOf(draft.id);
    expect(reply.status).toBe('expired');
    return reply;
  }, 60_000);
  expect(new Date(expired.updatedAt).getTime() - new Date(saved.updatedAt).getTime()).toBeGreaterThanOrEqual(20_000);
  expect((await an.expect(200, 'GET', base(an))).history.find((a: { id: string }) => a.id === draft.id)).toMatchObject({ status: 'expired' });

  // Ended: its process completed, and nothing changes it any more.
  for (const agreement of [draft, sentBack]) {
    await eventually(async () => expect((await stores.client.workflow.getHandle(agreement.workflowId).describe()).status.name).toBe('COMPLETED'));
  }
  const again = await an.put(`${base(an)}/${draft.id}/draft`, { employees: [employee()], version: saved.version });
  expect(again).toMatchObject({ status: 409, body: { error: { code: 'not_allowed_in_status', message: 'This user agreement is expired; it can no longer change.' } } });
  expect((await an.post(`${base(an)}/${sentBack.id}/withdraw`))).toMatchObject({ status: 409, body: { error: { code: 'not_allowed_in_status' } } });
}, 120_000);

describe('taking access away applies at once, without waiting for the insurer', () => {
  test('a removed employee\'s session ends: their next request is 401', async () => {
    const line = employee('full');
    await register((await submitted([line])).id);
    const colleague = await logIn(line.email);
    expect((await colleague.get('/api/auth/me')).status).toBe(200);

    const removal = await submitted([{ ...line, accessLevel: 'none' }]);
    expect(removal.status).toBe('submitted'); // not yet registered, and already in effect
    expect((await colleague.get('/api/auth/me')).status).toBe(401);
    const user = await db('users').where({ email: line.email }).first('id');
    expect(await db('organisationAccess').where({ userId: user.id })).toEqual([]);
    expect(await db('sessions').where({ userId: user.id })).toEqual([]);
    expect((await an.expect(200, 'GET', base(an))).inForce.map((e: Line) => e.email)).not.toContain(line.email);
  });

  test('lowering an employee to limited access takes effect at once: their session ends, and logged in again they no longer reach the policies', async () => {
    const line = employee('full');
    await register((await submitted([line])).id);
    const colleague = await logIn(line.email);
    const orgId = colleague.organisationId('Bakkerij Peeters BV');
    expect((await colleague.get(`/api/organisations/${orgId}/policies`)).status).toBe(200);

    await submitted([{ ...line, accessLevel: 'limited' }]);
    expect((await colleague.get(`/api/organisations/${orgId}/policies`)).status).toBe(401);
    const again = await Session.login(line.email);
    expect(again.me.organisations).toEqual([expect.objectContaining({ accessLevel: 'limited' })]);
    expect((await again.get(`/api/organisations/${orgId}/policies`)).status).toBe(403);
  });
});

describe('hostile input', () => {
  test('a national register number whose check digits are wrong is refused, naming the field', async () => {
    const line = employee('full', '78041203115'); // Jan Claes's number with the last digit off
    const reply = await an.post(base(an), { employees: [line] });
    expect(reply.status).toBe(422);
    expect(reply.body.error.details).toContainEqual(expect.objectContaining({ path: 'employees.0.nationalRegisterNumber', code: 'field.nationalNumber' }));
    const twice = employee('full');
    expect((await an.post(base(an), { employees: [twice, { ...twice, email: 'other@bakkerij-peeters.example' }] })).body.error.details)
      .toContainEqual(expect.objectContaining({ path: 'employees.1.nationalRegisterNumber', code: 'userAgreement.problem.duplicate' }));
  });

  test('the administrator cannot take away their own access: the line is refused, naming it', async () => {
    const own = { fullName: 'An Peeters', email: demo.an, nationalRegisterNumber: '71031512366', accessLevel: 'none' };
    const reply = await an.post(base(an), { employees: [employee(), own] });
    expect(reply.status).toBe(422);
    expect(reply.body.error.details).toEqual([expect.objectContaining({ path: 'employees.1.accessLevel', code: 'userAgreement.problem.ownAccess' })]);
  });

  test('someone who is not the organisation\'s administrator is refused (403); another organisation does not exist (404)', async () => {
    const reply = await sofie.post(base(sofie), { employees: [employee()] });
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'not_administrator' } } });
    expect((await sofie.get(base(sofie))).status).toBe(200); // My data: she sees the agreement in force
    const wouters = els.activeOrganisationId;
    expect((await an.post(base(an, wouters), { employees: [employee()] })).status).toBe(404);
    expect((await handler.post(base(an), { employees: [employee()] })).status).toBe(403);
  });

  test('a customer cannot register; the signature must be the text shown', async () => {
    const draft = await an.expect(201, 'POST', base(an), { employees: [employee()] });
    const wrong = await an.post(`${base(an)}/${draft.id}/submit`, { confirmedText: 'I agree' });
    expect(wrong).toMatchObject({ status: 422 });
    expect(wrong.body.error.details).toContainEqual(expect.objectContaining({ path: 'confirmedText' }));
    expect((await an.post(`/api/backoffice/user-agreements/${draft.id}/register`)).status).toBe(403);
  });

  test('submitting twice is one submission: the same answer, one recorded action', async () => {
    const draft = await an.expect(201, 'POST', base(an), { employees: [employee()] });
    const { signatureText } = await an.expect(200, 'GET', `${base(an)}/${draft.id}`);
    const key = withKey();
    const [first, second] = await Promise.all([
      an.request('POST', `${base(an)}/${draft.id}/submit`, { confirmedText: signatureText }, key),
      an.request('POST', `${base(an)}/${draft.id}/submit`, { confirmedText: signatureText }, key),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await an.expect(200, 'POST', `${base(an)}/${draft.id}/submit`, { confirmedText: signatureText });
    expect(third.version).toBe(first.body.version);
    expect(third.history.filter((a: { action: string }) => a.action === 'submitted')).toHaveLength(1);
  });
});
