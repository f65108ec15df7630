import type { Knex } from 'knex';
import { createDeclaration, declarationUrl, demo, fixture, Session } from '../support/api';
import { testDatabase } from '../support/database';

let an: Session;
let sofie: Session;
let handler: Session;
let db: Knex;

beforeAll(async () => {
  [an, sofie, handler] = await Promise.all([Session.login(demo.an), Session.login(demo.sofie), Session.login(demo.handler)]);
  db = testDatabase();
});
afterAll(() => db.destroy());

const actions = (declaration: { history: { action: string }[] }) => declaration.history.map((entry) => entry.action);

describe('drafts', () => {
  test('a draft keeps partial data and its wizard step, and a colleague resumes the latest version', async () => {
    const draft = await createDeclaration(an, 'liability', { event: { date: '2026-11-18' } });
    expect(draft).toMatchObject({ status: 'draft', step: 1, version: 1, claimNumber: null });

    const saved = await an.put(declarationUrl(an, draft.id, 'draft'), { data: { event: { date: '2026-11-18', description: 'Klant gleed uit over natte vloer' } }, step: 2, version: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ step: 2, version: 2 });

    const resumed = await sofie.get(declarationUrl(sofie, draft.id));
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ step: 2, version: 2, data: { event: { description: 'Klant gleed uit over natte vloer' } } });
    expect(resumed.body.history.map((entry: { by: { name: string } }) => entry.by.name)).toEqual(['An Peeters', 'An Peeters']);
  });

  test('two colleagues saving the same version: the second gets a conflict, not a silent overwrite', async () => {
    const draft = await createDeclaration(an, 'fire', {});
    const first = await an.put(declarationUrl(an, draft.id, 'draft'), { data: { event: { date: '2026-11-18' } }, step: 1, version: 1 });
    const second = await sofie.put(declarationUrl(sofie, draft.id, 'draft'), { data: { event: { date: '2026-11-17' } }, step: 1, version: 1 });
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'stale_version', details: { current: 2 } });
    expect((await an.get(declarationUrl(an, draft.id))).body.data.event).toEqual({ date: '2026-11-18' });
  });

  test('a draft accepts missing fields but refuses malformed ones, naming each', async () => {
    const draft = await createDeclaration(an, 'motor_damage', {});
    const reply = await an.put(declarationUrl(an, draft.id, 'draft'), {
      data: { event: { date: '2026-13-01' }, damage: { vehicle: { vin: 'SHORT' } }, contact: { email: 'not-an-email' } },
      step: 3, version: 1,
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error.details.map((problem: { path: string }) => problem.path).sort()).toEqual(['contact.email', 'damage.vehicle.vin', 'event.date']);
    expect((await an.get(declarationUrl(an, draft.id))).body.version).toBe(1);
  });

  test('creating with malformed data stores nothing', async () => {
    const before = await db('declarations').count({ n: '*' }).first();
    const reply = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire', data: { event: { date: 'yesterday' } } });
    expect(reply.status).toBe(422);
    expect(reply.body.error.details).toEqual([{ path: 'data.event.date', code: 'field.dateFormat', params: {}, message: 'Use a date as YYYY-MM-DD' }]);
    expect(await db('declarations').count({ n: '*' }).first()).toEqual(before);
  });
});

describe('submit', () => {
  test('an incomplete declaration is refused with every missing field named', async () => {
    const draft = await createDeclaration(an, 'motor_theft', { event: { date: '2026-11-18' } });
    const reply = await an.post(declarationUrl(an, draft.id, 'submit'));
    expect(reply.status).toBe(422);
    const paths = reply.body.error.details.map((problem: { path: string }) => problem.path);
    expect(paths).toEqual(['event.place', 'event.description', 'event.discoveredAt', 'event.attemptOnly', 'parties', 'damage', 'attachments.police_report']);
    expect((await an.get(declarationUrl(an, draft.id))).body.status).toBe('draft');
  });

  // Motor declarations also need their mandatory documents: see declaration-documents.test.ts.
  test.each(['liability', 'bodily_accident', 'private_life', 'workplace_accident', 'omnium_assignment'] as const)(
    'a complete %s declaration is submitted and waits for a handler', async (type) => {
      const draft = await createDeclaration(an, type);
      const reply = await an.post(declarationUrl(an, draft.id, 'submit'));
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ status: 'submitted', claimNumber: null, handler: null });
      expect(reply.body.submittedAt).not.toBeNull();
    },
  );

  test.each(['fire', 'collective_hospitalisation'] as const)('a %s declaration is opened automatically: claim number and handler at once', async (type) => {
    const draft = await createDeclaration(an, type);
    const reply = await an.post(declarationUrl(an, draft.id, 'submit'));
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe('in_handling');
    expect(reply.body.claimNumber).toMatch(/^\d{4}\/(BR|CH)\/\d{6}$/);
    expect(reply.body.handler).toMatchObject({ email: expect.stringMatching(/@insurer\.example$/), name: expect.any(String) });
    expect(actions(reply.body)).toEqual(['created', 'submitted', 'opened_automatically']);
    // Submitted and opened in one write: the stored row is the state the process answered, each action audited once.
    const row = await db('declarations').where({ id: draft.id }).first('status', 'revision', 'claimNumber', 'actions', 'workflowId');
    expect(row).toMatchObject({ status: 'in_handling', revision: 3, claimNumber: reply.body.claimNumber });
    expect(row.actions.map((action: { action: string }) => action.action)).toEqual(['created', 'submitted', 'opened_automatically']);
    const audited = await db('auditLog').where({ subjectId: draft.id }).whereLike('action', 'declaration_%').orderBy('id').pluck('action');
    expect(audited).toEqual(['declaration_created', 'declaration_submitted', 'declaration_opened_automatically']);
  });

  test('submitting twice never creates two claims, even at the same moment', async () => {
    const draft = await createDeclaration(an, 'fire');
    const replies = await Promise.all([an.post(declarationUrl(an, draft.id, 'submit')), sofie.post(declarationUrl(sofie, draft.id, 'submit'))]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    const again = await an.post(declarationUrl(an, draft.id, 'submit'));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('not_allowed_in_status');
    expect(await db('claims').where({ declarationId: draft.id }).count({ n: '*' }).first()).toEqual({ n: '1' });
  });

  test('a retried submit with the same Idempotency-Key gets the same answer', async () => {
    const draft = await createDeclaration(an, 'liability');
    const headers = { 'Idempotency-Key': `submit-${draft.id}` };
    const first = await an.post(declarationUrl(an, draft.id, 'submit'), {}, headers);
    const retry = await an.post(declarationUrl(an, draft.id, 'submit'), {}, headers);
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.body.version).toBe(first.body.version);
    expect(actions(retry.body).filter((action) => action === 'submitted')).toHaveLength(1);
  });
});

describe('withdraw and reopen until handling starts', () => {
  test('a submitted declaration is reopened, changed and submitted again', async () => {
    const draft = await createDeclaration(an, 'omnium_assignment');
    await an.post(declarationUrl(an, draft.id, 'submit'));
    const reopened = await an.post(declarationUrl(an, draft.id, 'reopen'));
    expect(reopened.body).toMatchObject({ status: 'draft', submittedAt: null });
    const data = { ...fixture('omnium_assignment').data, damage: { ...fixture('omnium_assignment').data.damage, vehicleDrivable: false } };
    const saved = await an.put(declarationUrl(an, draft.id, 'draft'), { data, step: 5, version: reopened.body.version });
    expect(saved.status).toBe(200);
    const resubmitted = await an.post(declarationUrl(an, draft.id, 'submit'));
    expect(resubmitted.body.status).toBe('submitted');
    expect(actions(resubmitted.body)).toEqual(['created', 'submitted', 'reopened', 'saved', 'submitted']);
  });

  test('a draft and a submitted declaration can be withdrawn; a withdrawn one can be reopened', async () => {
    const draft = await createDeclaration(an, 'liability', {});
    const withdrawnDraft = await an.post(declarationUrl(an, draft.id, 'withdraw'), { reason: 'Dubbel ingevoerd' });
    expect(withdrawnDraft.body.status).toBe('withdrawn');
    expect(withdrawnDraft.body.history.at(-1)).toMatchObject({ action: 'withdrawn', by: { name: 'An Peeters' }, details: { reason: 'Dubbel ingevoerd' } });

    const submitted = await createDeclaration(an, 'bodily_accident');
    await an.post(declarationUrl(an, submitted.id, 'submit'));
    expect((await an.post(declarationUrl(an, submitted.id, 'withdraw'))).body.status).toBe('withdrawn');
    expect((await an.post(declarationUrl(an, submitted.id, 'withdraw'))).status).toBe(409);
    expect((await an.post(declarationUrl(an, submitted.id, 'reopen'))).body.status).toBe('draft');
  });

  test('a customer discards a draft by withdrawing it: it leaves the drafts list, never becomes a claim, and its history says who discarded it', async () => {
    const draft = await createDeclaration(an, 'fire', { event: { date: '2026-11-19' } });
    const drafts = async () => (await an.get(`/api/organisations/${an.activeOrganisationId}/declarations?status=draft&pageSize=200`)).body.items.map((item: { id: string }) => item.id);
    expect(await drafts()).toContain(draft.id);

    const discarded = await sofie.post(declarationUrl(sofie, draft.id, 'withdraw'));
    expect(discarded.body).toMatchObject({ status: 'withdrawn', submittedAt: null, claimNumber: null });
    expect(discarded.body.history.at(-1)).toMatchObject({ action: 'withdrawn', by: { name: 'Sofie Maes' } });
    expect(await drafts()).not.toContain(draft.id);
    const claims = (await an.get(`/api/organisations/${an.activeOrganisationId}/claims?pageSize=200`)).body.items.map((item: { id: string }) => item.id);
    expect(claims).not.toContain(draft.id);
  });

  test('once a handler starts handling, withdraw and reopen are refused with the reason', async () => {
    const draft = await createDeclaration(an, 'workplace_accident');
    await an.post(declarationUrl(an, draft.id, 'submit'));
    const started = await handler.post(`/api/backoffice/declarations/${draft.id}/start-handling`);
    expect(started.status).toBe(200);
    for (const action of ['withdraw', 'reopen']) {
      const reply = await an.post(declarationUrl(an, draft.id, action));
      expect(reply.status).toBe(409);
      expect(reply.body.error).toMatchObject({ code: 'not_allowed_in_status', message: expect.stringContaining('started handling') });
    }
  });
});

describe('handling and decisions', () => {
  async function inHandling(type: 'liability' | 'workplace_accident' = 'liability') {
    const draft = await createDeclaration(an, type);
    await an.post(declarationUrl(an, draft.id, 'submit'));
    const started = await handler.post(`/api/backoffice/declarations/${draft.id}/start-handling`);
    return started.body;
  }

  test('starting handling opens the claim: claim number and the handler who took it', async () => {
    const claim = await inHandling();
    expect(claim.status).toBe('in_handling');
    expect(claim.claimNumber).toMatch(/^\d{4}\/BA\/\d{6}$/);
    expect(claim.handler).toMatchObject({ name: 'Hanne De Smet', email: demo.handler, phone: '+32 2 555 01 01' });
    const customerView = await an.get(declarationUrl(an, claim.id));
    expect(customerView.body).toMatchObject({ claimNumber: claim.claimNumber, handler: { name: 'Hanne De Smet' } });
  });

  test('a draft cannot be taken into handling, and a claim cannot be taken twice', async () => {
    const draft = await createDeclaration(an, 'liability');
    expect((await handler.post(`/api/backoffice/declarations/${draft.id}/start-handling`)).status).toBe(404);
    const claim = await inHandling();
    expect((await handler.post(`/api/backoffice/declarations/${claim.id}/start-handling`)).status).toBe(409);
  });

  test('accept under reservation needs a reason and the missing items, and is later accepted', async () => {
    const claim = await inHandling('workplace_accident');
    const incomplete = await handler.post(`/api/backoffice/declarations/${claim.id}/decision`, { decision: 'reserve' });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.details.map((problem: { path: string }) => problem.path)).toEqual(['reason', 'missing']);

    const reserved = await handler.post(`/api/backoffice/declarations/${claim.id}/decision`, {
      decision: 'reserve', reason: 'Medisch attest van eerste vaststelling ontbreekt', missing: ['Medisch attest van eerste vaststelling'],
    });
    expect(reserved.body).toMatchObject({ status: 'under_reservation', decision: { decision: 'reserve', missing: ['Medisch attest van eerste vaststelling'] } });
    expect((await handler.post(`/api/backoffice/declarations/${claim.id}/decision`, { decision: 'reserve', reason: 'x', missing: ['y'] })).status).toBe(409);

    const accepted = await handler.post(`/api/backoffice/declarations/${claim.id}/decision`, { decision: 'accept' });
    expect(accepted.body).toMatchObject({ status: 'accepted', decision: { decision: 'accept', decidedBy: { name: 'Hanne De Smet' } } });
    expect(actions(accepted.body)).toEqual(['created', 'submitted', 'handling_started', 'decided', 'decided']);
  });

  test('a refusal needs a reason; after it nothing changes any more', async () => {
    const claim = await inHandling();
    expect((await handler.post(`/api/backoffice/declarations/${claim.id}/decision`, { decision: 'refuse' })).status).toBe(422);
    const refused = await handler.post(`/api/backoffice/declarations/${claim.id}/decision`, { decision: 'refuse', reason: 'Schade valt onder een uitsluiting van de polis' });
    expect(refused.body).toMatchObject({ status: 'refused', decision: { reason: 'Schade valt onder een uitsluiting van de polis' } });
    const after = await handler.post(`/api/backoffice/declarations/${claim.id}/decision`, { decision: 'accept' });
    expect(after.status).toBe(409);
    expect(after.body.error.message).toContain('refused');
  });

  test('a submitted declaration cannot be decided before handling starts', async () => {
    const draft = await createDeclaration(an, 'liability');
    await an.post(declarationUrl(an, draft.id, 'submit'));
    const reply = await handler.post(`/api/backoffice/declarations/${draft.id}/decision`, { decision: 'accept' });
    expect(reply.status).toBe(409);
  });

  test('the back-office queue lists submitted declarations of every organisation', async () => {
    const els = await Session.login(demo.els);
    const declaration = await createDeclaration(els, 'liability', fixture('liability').data);
    await els.post(declarationUrl(els, declaration.id, 'submit'));
    const queue = await handler.get('/api/backoffice/declarations?status=submitted&type=liability&pageSize=200');
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((item: { id: string }) => item.id)).toContain(declaration.id);
  });
});
