import type { Knex } from 'knex';
import { createDeclaration, declarationUrl, demo, fixture, Session, withKey } from '../support/api';
import { openLiabilityClaim } from '../support/claims';
import { testDatabase } from '../support/database';

/**
 * Automatic assignment by the rules senior handlers maintain, and bulk work on a selection of claims: every
 * automatic assignment names its rule, every rule change and every claim of a bulk action is in the audit log.
 */
let an: Session;
let els: Session;
let handler: Session;
let senior: Session;
let auditor: Session;
let db: Knex;
let karimId: string;
const rules = '/api/backoffice/assignment-rules';
const created: string[] = [];

beforeAll(async () => {
  [an, els, handler, senior, auditor] = await Promise.all([demo.an, demo.els, demo.handler, demo.senior, demo.auditor].map((email) => Session.login(email)));
  db = testDatabase();
  karimId = (await db('users').where({ email: 'second.handler@insurer.example' }).first('id')).id;
});
afterAll(async () => {
  // The system is shared with other test files: rules left behind would assign their claims.
  for (const id of created) await senior.request('DELETE', `${rules}/${id}`);
  await db.destroy();
});

const addRule = async (rule: Record<string, unknown>) => {
  const reply = await senior.post(rules, rule);
  expect(reply.status).toBe(201);
  created.push(reply.body.id);
  return reply.body;
};

/** Els Wouters declares a fire at the warehouse in Liège, asking to be contacted in French; it opens at submit. */
async function frenchFireClaim(): Promise<string> {
  const data = fixture('fire').data;
  const declaration = await createDeclaration(els, 'fire', {
    ...data, event: { ...data.event, place: { street: 'Rue de la Gare 45', postalCode: '4000', city: 'Liège', country: 'BE' } },
    contact: { name: 'Els Wouters', email: 'els.wouters@transport-wouters.example', phone: '+32 495 11 22 33', language: 'fr' },
  });
  expect((await els.post(declarationUrl(els, declaration.id, 'submit'))).status).toBe(200);
  return declaration.id;
}

test('a rule for French-speaking customers sends a French customer\'s new fire claim to the handler who writes French, and the claim records the rule', async () => {
  const rule = await addRule({
    name: 'Franstalige klanten brand', priority: 0, conditions: { productLines: ['fire'], customerLanguages: ['fr'] }, matchCustomerLanguage: true,
  });
  const claimId = await frenchFireClaim();

  const claim = await db('claims').where({ declarationId: claimId }).first('handlerId', 'claimNumber');
  expect(claim.handlerId).toBe(karimId); // Karim El Amrani writes French; Hanne De Smet does not
  const assigned = await db('auditLog').where({ action: 'claim_assigned_automatically', subjectId: claimId });
  expect(assigned).toHaveLength(1);
  expect(assigned[0]).toMatchObject({ actorName: 'System', details: { handlerId: karimId, handlerName: 'Karim El Amrani', ruleId: rule.id, ruleName: 'Franstalige klanten brand', claimNumber: claim.claimNumber } });
  expect(assigned[0].details.facts).toMatchObject({ productLine: 'fire', customerLanguage: 'fr', postcode: '4000', estimatedAmountCents: 45_000_00 });

  // The declaration's history says which rule chose the handler, in the reader's language.
  const workflowId = (await db('declarations').where({ id: claimId }).first('workflowId')).workflowId;
  const timeline = await auditor.request('GET', `/api/audit/workflows/${workflowId}/timeline`, undefined, { 'accept-language': 'fr' });
  expect(timeline.body.entries.map((entry: { summary: string }) => entry.summary))
    .toContain(`Le sinistre ${claim.claimNumber} a été ouvert, géré par Karim El Amrani, choisi par la règle d'attribution « Franstalige klanten brand »`);

  // The dry run gives the same answer, and why.
  const dryRun = await senior.post(`${rules}/dry-run`, { claimId });
  expect(dryRun.status).toBe(200);
  expect(dryRun.body).toMatchObject({ handler: { id: karimId, name: 'Karim El Amrani' }, rule: { id: rule.id }, facts: { customerLanguage: 'fr' } });
  expect(dryRun.body.outcomes.find((outcome: { ruleId: string }) => outcome.ruleId === rule.id)).toMatchObject({ outcome: 'chosen', handlerId: karimId });
});

test('a Dutch-speaking customer\'s fire claim is not the French rule\'s: workload chooses, and the record says no rule applied', async () => {
  await addRule({ name: 'Franstalig (nl-test)', priority: 0, conditions: { customerLanguages: ['fr'] }, matchCustomerLanguage: true });
  const declaration = await createDeclaration(an, 'fire');
  await an.post(declarationUrl(an, declaration.id, 'submit'));
  const [assigned] = await db('auditLog').where({ action: 'claim_assigned_automatically', subjectId: declaration.id });
  expect(assigned.details).toMatchObject({ ruleId: null, ruleName: null, facts: { customerLanguage: 'nl' } });
  const dryRun = await senior.post(`${rules}/dry-run`, { claimId: declaration.id });
  expect(dryRun.body.rule).toBeNull();
  expect(dryRun.body.outcomes.find((outcome: { ruleName: string }) => outcome.ruleName === 'Franstalig (nl-test)'))
    .toMatchObject({ outcome: 'conditionsNotMet', unmet: ['customerLanguage'] });
});

test('senior handlers maintain the rules; every change is in the audit log with who and when; others may not', async () => {
  const rule = await addRule({ name: 'Regio Luik', priority: 50, conditions: { postcodeRanges: [{ from: '4000', to: '4999' }] }, handlerIds: [karimId] });
  expect(rule).toMatchObject({ name: 'Regio Luik', active: true, handlers: [{ id: karimId, name: 'Karim El Amrani' }], createdBy: { name: 'Marc Verhoeven' } });

  const changed = await senior.request('PUT', `${rules}/${rule.id}`, { name: 'Regio Luik en Namen', priority: 40, conditions: { postcodeRanges: [{ from: '4000', to: '5999' }] }, handlerIds: [karimId] });
  expect(changed.status).toBe(200);
  expect(changed.body).toMatchObject({ name: 'Regio Luik en Namen', priority: 40 });
  expect((await senior.get(rules)).body.map((listed: { id: string }) => listed.id)).toContain(rule.id);

  const removed = await senior.request('DELETE', `${rules}/${rule.id}`);
  expect(removed.status).toBe(200);
  expect((await senior.request('DELETE', `${rules}/${rule.id}`)).status).toBe(404);

  const entries = await db('auditLog').where({ subjectType: 'assignment_rule', subjectId: rule.id }).orderBy('id');
  expect(entries.map((entry) => [entry.action, entry.actorName])).toEqual([
    ['assignment_rule_created', 'Marc Verhoeven'], ['assignment_rule_changed', 'Marc Verhoeven'], ['assignment_rule_removed', 'Marc Verhoeven'],
  ]);
  expect(entries[1].details).toMatchObject({ before: { name: 'Regio Luik', priority: 50 }, after: { name: 'Regio Luik en Namen', priority: 40 } });
  expect(entries.every((entry) => entry.at instanceof Date)).toBe(true);

  expect((await handler.get(rules)).status).toBe(403);
  expect((await handler.post(rules, { name: 'Mijn regel', priority: 1 })).status).toBe(403);
});

test('a rule naming a handler who does not exist, a reversed amount band or a bad postcode is refused, naming the field; nothing is stored', async () => {
  const before = await db('assignmentRules').count({ n: '*' });
  const unknown = await senior.post(rules, { name: 'Spook', priority: 1, handlerIds: ['00000000-0000-4000-8000-000000000000'] });
  expect(unknown.status).toBe(422);
  expect(unknown.body.error.details[0]).toMatchObject({ path: 'handlerIds.0' });
  const band = await senior.post(rules, { name: 'Omgekeerd', priority: 1, conditions: { minAmountCents: 500, maxAmountCents: 100 } });
  expect(band.status).toBe(422);
  expect(band.body.error.details[0]).toMatchObject({ path: 'conditions.maxAmountCents' });
  const postcode = await senior.post(rules, { name: 'Fout', priority: 1, conditions: { postcodeRanges: [{ from: '<b>', to: '4999' }] } });
  expect(postcode.status).toBe(422);
  expect((await senior.post(rules, { name: '  ', priority: 1 })).status).toBe(422);
  expect(await db('assignmentRules').count({ n: '*' })).toEqual(before);
});

test('bulk reassignment of 3 claims: each claim records its reassignment; a retried request changes nothing twice; a claim that cannot be reassigned is said so', async () => {
  const claimIds = [await openLiabilityClaim(an, handler), await openLiabilityClaim(an, handler), await openLiabilityClaim(an, handler)];
  const draft = await createDeclaration(an, 'liability');
  const key = withKey();
  const order = { claimIds: [...claimIds, draft.id], handlerId: karimId, reason: 'Afwezigheid Hanne' };

  const reply = await senior.post('/api/backoffice/claims/bulk/reassign', order, key);
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ succeeded: 3, failed: 1 });
  expect(reply.body.results.slice(0, 3).map((result: { ok: boolean }) => result.ok)).toEqual([true, true, true]);
  expect(reply.body.results[3]).toMatchObject({ claimId: draft.id, ok: false, error: { code: 'not_found' } });

  for (const claimId of claimIds) {
    expect((await db('claims').where({ declarationId: claimId }).first('handlerId')).handlerId).toBe(karimId);
    const entries = await db('auditLog').where({ action: 'claim_reassigned', subjectId: claimId });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorName: 'Marc Verhoeven', details: { from: 'Hanne De Smet', to: 'Karim El Amrani', reason: 'Afwezigheid Hanne' } });
  }
  const again = await senior.post('/api/backoffice/claims/bulk/reassign', order, key);
  expect(again.body).toMatchObject({ succeeded: 3, failed: 1 });
  expect(await db('auditLog').where({ action: 'claim_reassigned' }).whereIn('subjectId', claimIds)).toHaveLength(3);

  expect((await handler.post('/api/backoffice/claims/bulk/reassign', order, withKey())).status).toBe(403);
  expect((await senior.post('/api/backoffice/claims/bulk/reassign', order)).status).toBe(428);
  const tooMany = await senior.post('/api/backoffice/claims/bulk/reassign', { ...order, claimIds: Array.from({ length: 201 }, () => claimIds[0]) }, withKey());
  expect(tooMany.status).toBe(422);
  expect(tooMany.body.error.details[0]).toMatchObject({ path: 'claimIds' });
});

test('a bulk message reaches each customer\'s thread once, however often the request is sent, recorded per claim', async () => {
  const claimIds = [await openLiabilityClaim(an, handler), await openLiabilityClaim(an, handler)];
  const key = withKey();
  const order = { claimIds, subject: 'Storm van 28 november', body: 'Wij behandelen uw dossier met voorrang.' };
  expect((await handler.post('/api/backoffice/claims/bulk/message', order, key)).body).toMatchObject({ succeeded: 2, failed: 0 });
  expect((await handler.post('/api/backoffice/claims/bulk/message', order, key)).body).toMatchObject({ succeeded: 2, failed: 0 });

  for (const claimId of claimIds) {
    const thread = await an.get(`/api/organisations/${an.activeOrganisationId}/claims/${claimId}/messages`);
    const sent = thread.body.filter((message: { addressedTo: string }) => message.addressedTo === 'customer');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ subject: 'Storm van 28 november', body: 'Wij behandelen uw dossier met voorrang.', sender: { name: 'Hanne De Smet' } });
    const entries = await db('auditLog').where({ action: 'claim_customer_messaged', subjectId: claimId });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorName: 'Hanne De Smet', details: { subject: 'Storm van 28 november' } });
  }
  // The handlers' inbox holds what customers wrote, not the insurer's own messages.
  const inbox = await handler.get('/api/backoffice/messages');
  expect(inbox.body.some((message: { addressedTo: string }) => message.addressedTo === 'customer')).toBe(false);

  expect((await handler.post('/api/backoffice/claims/bulk/message', order)).status).toBe(428);
  const empty = await handler.post('/api/backoffice/claims/bulk/message', { ...order, body: ' ' }, withKey());
  expect(empty.status).toBe(422);
  expect(empty.body.error.details[0]).toMatchObject({ path: 'body' });
});

test('a handler\'s bulk message leaves out a claim referred to the special investigation unit: for them it does not exist', async () => {
  const [open, referred] = [await openLiabilityClaim(an, handler), await openLiabilityClaim(an, handler)];
  expect((await handler.post(`/api/backoffice/claims/${referred}/investigation`, { reason: 'Zelfde IBAN als bij een ander dossier' }, withKey())).status).toBeLessThan(300);
  const reply = await handler.post('/api/backoffice/claims/bulk/message', { claimIds: [open, referred], subject: 'Stand van zaken', body: 'Wij komen op uw dossier terug.' }, withKey());
  expect(reply.body).toMatchObject({ succeeded: 1, failed: 1 });
  expect(reply.body.results[1]).toEqual({ claimId: referred, claimNumber: null, ok: false, error: { code: 'not_found', message: expect.any(String) } });
  expect(await db('messages').where({ declarationId: referred, addressedTo: 'customer' })).toHaveLength(0);
  // A senior handler sees the referred claim and may write to its customer.
  expect((await senior.post('/api/backoffice/claims/bulk/message', { claimIds: [referred], subject: 'Stand van zaken', body: 'Wij komen op uw dossier terug.' }, withKey())).body)
    .toMatchObject({ succeeded: 1, failed: 0 });
});
