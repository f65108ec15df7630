import { createDeclaration, declarationUrl, demo, Session, withKey } from '../support/api';
import { claimUrl, openLiabilityClaim, payeeAccount } from '../support/claims';
import { eventually } from '../support/eventually';

let an: Session;
let handler: Session;
let auditor: Session;

beforeAll(async () => {
  [an, handler, auditor] = await Promise.all([demo.an, demo.handler, demo.auditor].map((email) => Session.login(email)));
});

test('the timelines of a declaration taken into handling and of its claim, accepted, read in business words, with who and when', async () => {
  const before = new Date().toISOString();
  const declaration = await createDeclaration(an, 'liability');
  await an.post(declarationUrl(an, declaration.id, 'submit'));
  const claim = (await handler.post(`/api/backoffice/declarations/${declaration.id}/start-handling`)).body;
  await handler.post(`/api/backoffice/declarations/${declaration.id}/decision`, { decision: 'accept' });

  // The declaration's process ends once it has handed the claim over to the claim's own process and its mails are out.
  const reply = await eventually(async () => {
    const timeline = await auditor.get(`/api/audit/workflows/${declaration.workflowId}/timeline`);
    expect(timeline.body.entries.at(-1).kind).toBe('completed');
    return timeline;
  });
  const entries: { eventId: number; at: string; kind: string; summary: string; actor: { name: string } | null; raw: { eventType: string } }[] = reply.body.entries;
  const handlerName = handler.me.user.fullName;
  const actions = entries.filter((entry) => entry.kind === 'action');
  expect(actions.map((entry) => entry.summary)).toEqual([
    'An Peeters created the declaration',
    'An Peeters submitted the declaration',
    `${handlerName} started handling the declaration`,
  ]);
  expect(actions.map((entry) => entry.actor?.name)).toEqual(['An Peeters', 'An Peeters', handlerName]);
  for (const entry of entries) expect(entry.at >= before && entry.at <= new Date().toISOString()).toBe(true);
  expect(actions[1].raw.eventType).toBe('EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED');

  const summaries = entries.map((entry) => entry.summary);
  expect(summaries[0]).toBe('An Peeters started the declaration (Business liability)');
  expect(summaries).toContain(`Claim ${claim.claimNumber} was opened, handled by ${handlerName}`);
  expect(summaries).toContain('The confirmation of the declaration was mailed to its contact');
  expect(summaries).toContain(`The declaration is now in handling, claim ${claim.claimNumber}`);
  expect(summaries[summaries.length - 1]).toBe('The declaration was closed: in handling');
  // From the opening on, the claim's process decides: the decision is in its timeline.
  const claimTimeline = (await auditor.get(`/api/audit/workflows/claim-${declaration.id}/timeline`)).body.entries as { kind: string; summary: string; actor: { name: string } | null }[];
  expect(claimTimeline.filter((entry) => entry.kind === 'action').map((entry) => [entry.summary, entry.actor?.name])).toEqual([[`${handlerName} accepted the claim`, handlerName]]);
  expect(claimTimeline.map((entry) => entry.summary)).toContain(`The claim is now accepted, claim ${claim.claimNumber}`);

  // The same history in the reader's language, chosen like the refusals' (Accept-Language).
  const inLanguage = async (language: string, workflowId = declaration.workflowId) => {
    const timeline = await auditor.request('GET', `/api/audit/workflows/${workflowId}/timeline`, undefined, { 'accept-language': language });
    return (timeline.body.entries as { summary: string }[]).map((entry) => entry.summary);
  };
  const dutch = await inLanguage('nl-BE');
  expect(dutch).toEqual(expect.arrayContaining([
    'An Peeters heeft de aangifte gestart (Burgerlijke aansprakelijkheid onderneming)',
    'An Peeters heeft de aangifte aangemaakt',
    'An Peeters heeft de aangifte ingediend',
    `${handlerName} is begonnen met de behandeling van de aangifte`,
    `Schadedossier ${claim.claimNumber} werd geopend, beheerd door ${handlerName}`,
    'De bevestiging van de aangifte werd naar de contactpersoon gemaild',
    `De aangifte is nu in behandeling, schadedossier ${claim.claimNumber}`,
  ]));
  expect(dutch.at(-1)).toBe('De aangifte werd afgesloten: in behandeling');
  expect(await inLanguage('nl-BE', `claim-${declaration.id}`)).toEqual(expect.arrayContaining([
    `${handlerName} heeft het schadedossier aanvaard`, `Het schadedossier is nu aanvaard, schadedossier ${claim.claimNumber}`,
  ]));
  const french = await inLanguage('fr-BE');
  expect(french).toEqual(expect.arrayContaining([
    'An Peeters a soumis la déclaration',
    `${handlerName} a commencé le traitement de la déclaration`,
    `Le sinistre ${claim.claimNumber} a été ouvert, géré par ${handlerName}`,
    `La déclaration est maintenant en traitement, sinistre ${claim.claimNumber}`,
  ]));
  expect(french.at(-1)).toBe("Le processus de la déclaration s'est terminé : en traitement");
  expect(await inLanguage('fr-BE', `claim-${declaration.id}`)).toEqual(expect.arrayContaining([
    `${handlerName} a accepté le sinistre`, `Le sinistre est maintenant accepté, sinistre ${claim.claimNumber}`,
  ]));
  const german = await inLanguage('de-BE');
  expect(german).toEqual(expect.arrayContaining([
    'An Peeters hat die Schadenmeldung gestartet (Betriebshaftpflicht)',
    'An Peeters hat die Schadenmeldung angelegt',
    'An Peeters hat die Schadenmeldung eingereicht',
    `${handlerName} hat mit der Bearbeitung der Schadenmeldung begonnen`,
    `Schadenfall ${claim.claimNumber} wurde eröffnet, bearbeitet von ${handlerName}`,
    'Die Bestätigung der Schadenmeldung wurde an ihre Kontaktperson gemailt',
    `Die Schadenmeldung ist jetzt in Bearbeitung, Schadenfall ${claim.claimNumber}`,
  ]));
  expect(german.at(-1)).toBe('Die Schadenmeldung wurde abgeschlossen: in Bearbeitung');
  expect(await inLanguage('de-BE', `claim-${declaration.id}`)).toEqual(expect.arrayContaining([
    `${handlerName} hat den Schadenfall angenommen`, `Der Schadenfall ist jetzt angenommen, Schadenfall ${claim.claimNumber}`,
  ]));
});

test('the timeline downloads as a JSON file', async () => {
  const declaration = await createDeclaration(an, 'liability');
  const response = await auditor.fetch('GET', `/api/audit/workflows/${declaration.workflowId}/timeline?format=json`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${declaration.workflowId}-timeline.json"`);
  const file = await response.json();
  expect(file).toMatchObject({ workflowId: declaration.workflowId, entries: expect.arrayContaining([expect.objectContaining({ summary: 'An Peeters created the declaration' })]) });
  expect((await auditor.get(`/api/audit/workflows/${declaration.workflowId}/timeline?format=xml`)).status).toBe(400);
  expect((await auditor.get('/api/audit/workflows/declaration-00000000-0000-0000-0000-000000000000/timeline')).status).toBe(404);
});

test('the timeline of a claim reads its reserve change and its payment, with the amounts as money, in the reader\'s language', async () => {
  const claimId = await openLiabilityClaim(an, handler);
  expect((await handler.post(claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 1_000_00, reason: 'Raming schade' }, withKey())).status).toBe(201);
  const payment = await handler.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 400_00, ...payeeAccount }, withKey());
  expect(payment.status).toBe(201);

  const timelineIn = async (language: string) => {
    const reply = await auditor.request('GET', `/api/audit/workflows/claim-${claimId}/timeline`, undefined, { 'accept-language': language });
    expect(reply.status).toBe(200);
    return reply.body.entries as { kind: string; summary: string; actor: { name: string } | null }[];
  };
  const handlerName = handler.me.user.fullName;
  const entries = await timelineIn('en');
  // A person's actions; the system may also ask the claim for its state, when the first action outruns the claim's projection.
  const actions = entries.filter((entry) => entry.kind === 'action' && entry.actor);
  expect(actions.map((entry) => [entry.actor?.name, entry.summary])).toEqual([
    [handlerName, `${handlerName} raised the indemnity reserve by €1,000.00: Raming schade`],
    [handlerName, `${handlerName} asked to pay €400.00 of indemnity to ${payeeAccount.payeeName}`],
  ]);
  expect(entries[0].summary).toBe(`${handlerName} started the claim`);
  // What the claim opened with, read in one step: the cover as a word of the reader's language, the screening counted.
  expect(entries.map((entry) => entry.summary)).toContainEqual(expect.stringMatching(/^What the claim opens with was read: its cover verified, \d+ fraud indicators, \d+ possible duplicates$/));

  expect((await timelineIn('fr-BE')).map((entry) => entry.summary)).toEqual(expect.arrayContaining([
    `${handlerName} a augmenté la réserve pour indemnité de 1\u202f000,00\u00a0€ : Raming schade`,
    `${handlerName} a demandé de payer 400,00\u00a0€ (indemnité) à ${payeeAccount.payeeName}`,
  ]));
});
