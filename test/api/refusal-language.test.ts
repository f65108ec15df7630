import { createDeclaration, declarationUrl, demo, Session } from '../support/api';

const dutch = { 'accept-language': 'nl-BE,nl;q=0.9' };
const french = { 'accept-language': 'fr-BE' };

let an: Session;
beforeAll(async () => {
  an = await Session.login(demo.an);
});

describe('a refusal speaks the language the request asks for', () => {
  const wrongPassword = (headers?: Record<string, string>) =>
    Session.anonymous().post('/api/auth/login', { email: demo.an, password: 'wrong' }, headers);

  test('a wrong password is refused in Dutch, in French, and in English without a preference', async () => {
    expect((await wrongPassword(dutch)).body.error).toEqual({ code: 'invalid_credentials', message: 'Het e-mailadres of het wachtwoord is onjuist.', details: null });
    expect((await wrongPassword(french)).body.error.message).toBe("L'adresse e-mail ou le mot de passe est incorrect.");
    expect((await wrongPassword()).body.error.message).toBe('E-mail address or password is wrong.');
  });

  test('a language the portal does not speak gets English', async () => {
    expect((await wrongPassword({ 'accept-language': 'de-BE' })).body.error.message).toBe('E-mail address or password is wrong.');
  });

  test("zod's own message for a missing field reads as required", async () => {
    const reply = await Session.anonymous().post('/api/auth/login', { email: demo.an }, dutch);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatchObject({ message: 'Sommige velden zijn niet geldig.', details: [{ path: 'password', message: 'Verplicht' }] });
  });

  test('a stale save is refused by the workflow in Dutch, with the versions filled in', async () => {
    const draft = await createDeclaration(an, 'fire', {});
    const save = { data: { event: { date: '2026-11-18' } }, step: 1, version: 1 };
    await an.request('PUT', declarationUrl(an, draft.id, 'draft'), save);
    const stale = await an.request('PUT', declarationUrl(an, draft.id, 'draft'), save, dutch);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toEqual({
      code: 'stale_version',
      message: 'Iemand anders heeft deze gegevens gewijzigd (u had versie 1, nu is het versie 2). Laad ze opnieuw en breng uw wijzigingen opnieuw aan.',
      details: { current: 2 },
    });
  });

  test('field problems read in French, under the field they concern', async () => {
    const reply = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'fire', data: { event: { date: 'yesterday' } } }, french);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatchObject({
      message: 'Certains champs ne sont pas correctement remplis.',
      details: [{ path: 'data.event.date', message: 'Indiquez une date au format AAAA-MM-JJ' }],
    });
  });

  test('submitting an incomplete declaration is refused in Dutch, every missing field named', async () => {
    const draft = await createDeclaration(an, 'fire', {});
    const reply = await an.request('POST', declarationUrl(an, draft.id, 'submit'), {}, dutch);
    expect(reply.status).toBe(422);
    expect(reply.body.error.message).toBe('De aangifte is niet volledig.');
    expect(reply.body.error.details).toContainEqual({ path: 'event', message: 'Verplicht' });
  });
});
