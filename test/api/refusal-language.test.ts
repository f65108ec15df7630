import { randomUUID } from 'node:crypto';
import { createDeclaration, declarationUrl, demo, Session } from '../support/api';

const dutch = { 'accept-language': 'nl-BE,nl;q=0.9' };
const french = { 'accept-language': 'fr-BE' };
const german = { 'accept-language': 'de-BE,de;q=0.9' };

let an: Session;
beforeAll(async () => {
  an = await Session.login(demo.an);
});

describe('a refusal speaks the language the request asks for', () => {
  const wrongPassword = (headers?: Record<string, string>) =>
    Session.anonymous().post('/api/auth/login', { email: demo.an, password: 'wrong' }, headers);

  test('a wrong password is refused in Dutch, in French, and in English without a preference', async () => {
    expect((await wrongPassword(dutch)).body.error).toEqual({
      code: 'invalid_credentials', key: 'api.login.wrong', message: 'Het e-mailadres of het wachtwoord is onjuist.', params: {}, details: null,
    });
    expect((await wrongPassword(french)).body.error.message).toBe("L'adresse e-mail ou le mot de passe est incorrect.");
    expect((await wrongPassword()).body.error.message).toBe('E-mail address or password is wrong.');
  });

  test('a language the portal does not speak gets English', async () => {
    expect((await wrongPassword({ 'accept-language': 'es-ES' })).body.error.message).toBe('E-mail address or password is wrong.');
  });

  test("zod's own message for a missing field reads as required", async () => {
    const reply = await Session.anonymous().post('/api/auth/login', { email: demo.an }, dutch);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toEqual({
      code: 'validation_failed', key: 'api.request.fieldsInvalid', message: 'Sommige velden zijn niet geldig.', params: {},
      details: [{ path: 'password', code: 'field.required', params: {}, message: 'Verplicht' }],
    });
  });

  test('a stale save is refused by the workflow in Dutch, with the versions filled in', async () => {
    const draft = await createDeclaration(an, 'fire', {});
    const save = { data: { event: { date: '2026-11-18' } }, step: 1, version: 1 };
    await an.request('PUT', declarationUrl(an, draft.id, 'draft'), save);
    const stale = await an.request('PUT', declarationUrl(an, draft.id, 'draft'), save, dutch);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toEqual({
      code: 'stale_version',
      key: 'declaration.refusal.staleVersion',
      message: 'Iemand anders heeft deze gegevens gewijzigd (u had versie 1, nu is het versie 2). Laad ze opnieuw en breng uw wijzigingen opnieuw aan.',
      params: { given: 1, current: 2 },
      details: { current: 2 },
    });
  });

  test('field problems read in French, under the field they concern', async () => {
    const reply = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire', data: { event: { date: 'yesterday' } } }, french);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatchObject({
      key: 'declaration.refusal.malformed',
      message: 'Certains champs ne sont pas correctement remplis.',
      details: [{ path: 'data.event.date', code: 'field.dateFormat', message: 'Indiquez une date au format AAAA-MM-JJ' }],
    });
  });

  test('submitting an incomplete declaration is refused in Dutch, every missing field named', async () => {
    const draft = await createDeclaration(an, 'fire', {});
    const reply = await an.request('POST', declarationUrl(an, draft.id, 'submit'), {}, dutch);
    expect(reply.status).toBe(422);
    expect(reply.body.error.message).toBe('De aangifte is niet volledig.');
    expect(reply.body.error.details).toContainEqual({ path: 'event', code: 'field.required', params: {}, message: 'Verplicht' });
  });
});

describe('Accept-Language: de gives German refusals, with the key and parameters to word them anew', () => {
  test('a login with an unknown address, refused like a wrong password', async () => {
    // Not An's account: her failed logins above already count towards her throttle.
    const reply = await Session.anonymous().post('/api/auth/login', { email: 'niemand@bakkerij-peeters.example', password: 'wrong' }, german);
    expect(reply.status).toBe(401);
    expect(reply.body.error).toEqual({ code: 'invalid_credentials', key: 'api.login.wrong', message: 'E-Mail-Adresse oder Passwort ist falsch.', params: {}, details: null });
  });

  test('a missing field, named with its code', async () => {
    const reply = await Session.anonymous().post('/api/auth/login', { email: demo.an }, german);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toEqual({
      code: 'validation_failed', key: 'api.request.fieldsInvalid', message: 'Einige Felder sind ungültig.', params: {},
      details: [{ path: 'password', code: 'field.required', params: {}, message: 'Pflichtfeld' }],
    });
  });

  test('a declaration whose date is not a date', async () => {
    const reply = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire', data: { event: { date: 'gestern' } } }, german);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toEqual({
      code: 'validation_failed', key: 'declaration.refusal.malformed', message: 'Einige Felder sind nicht korrekt ausgefüllt.', params: {},
      details: [{ path: 'data.event.date', code: 'field.dateFormat', params: {}, message: 'Geben Sie ein Datum als JJJJ-MM-TT an' }],
    });
  });

  test('a declaration that does not exist, named by its subject code', async () => {
    const reply = await an.request('GET', declarationUrl(an, randomUUID()), undefined, german);
    expect(reply.status).toBe(404);
    expect(reply.body.error).toEqual({
      code: 'not_found', key: 'api.notFound', message: 'Schadenmeldung nicht gefunden.', params: { subject: 'declaration' }, details: null,
    });
  });

  test('a back-office list asked for by a customer, the roles it is reserved for named', async () => {
    const reply = await an.request('GET', '/api/backoffice/declarations', undefined, german);
    expect(reply.status).toBe(403);
    expect(reply.body.error).toEqual({
      code: 'role_not_allowed', key: 'api.access.reservedFor', message: 'Dies ist Sachbearbeitern und leitenden Sachbearbeitern vorbehalten.',
      params: { roles: 'handler_and_senior_handler' }, details: null,
    });
  });

  test('a policy of another product line, its number and line in the field problem', async () => {
    const policies = (await an.get(`/api/organisations/${an.activeOrganisationId}/policies`)).body;
    const fire = (policies.items ?? policies).find((policy: { productLine: string }) => policy.productLine === 'fire');
    const reply = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'liability', policyId: fire.id, data: {} }, german);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toEqual({
      code: 'validation_failed', key: 'api.declaration.notCovered', message: 'Die Police deckt diese Art von Schadenfall nicht.', params: {},
      details: [{
        path: 'policyId', code: 'api.declaration.policyOfLine', params: { policyNumber: fire.policyNumber, productLine: 'fire' },
        message: `Police ${fire.policyNumber} ist eine Police der Sparte Brand`,
      }],
    });
  });
});
