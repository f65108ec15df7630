import fs from 'node:fs';
import path from 'node:path';
import { historyFromJson } from '../../runtime/history-json';
import { timelineOf } from '../../api/audit/timeline';
import { activityPhrase, durationOf, isProjection, processOf, updatePhrase } from '../../api/audit/timeline-sentences';
import { defaultPayloadConverter } from '@temporalio/common';
import { catalogue } from '../../i18n/catalogue';
import { phrase } from '../../i18n/phrase';
import * as claimDefinitions from '../../workflows/claim/definitions';

const histories = path.join(__dirname, '..', 'histories');
const recorded = (file: string) => historyFromJson(JSON.parse(fs.readFileSync(path.join(histories, file), 'utf8')));

describe('the timeline of a declaration reserved, then accepted', () => {
  const timeline = timelineOf(recorded('2026-11-22-messages/declaration-reserved-then-accepted.json'));
  const sentences = timeline.map((entry) => entry.summary);

  test('reads as the business events, in order, with who did them', () => {
    expect(timeline.filter((entry) => entry.kind === 'action').map((entry) => `${entry.actor?.name}: ${entry.summary}`)).toEqual([
      'An Peeters: An Peeters created the declaration',
      'An Peeters: An Peeters submitted the declaration',
      'An Peeters: An Peeters reopened the declaration to amend it',
      'An Peeters: An Peeters submitted the declaration',
      'Hanne De Smet: Hanne De Smet started handling the declaration',
      'Hanne De Smet: Hanne De Smet accepted the declaration under reservation: Attest ontbreekt (missing: Medisch attest)',
      'Hanne De Smet: Hanne De Smet accepted the declaration',
    ]);
    expect(sentences[0]).toBe('An Peeters started the declaration (Workplace accident)');
    expect(sentences).toContain('Claim 2026/AO/000014 was opened, handled by Hanne De Smet');
    expect(sentences).toContain('The declaration is now under reservation, claim 2026/AO/000014');
    expect(sentences).toContain('The confirmation of the declaration was mailed to its contact');
    expect(sentences).toContain('A deadline was set for 06/12/26, 15:15 (in 14 days)');
  });

  test('says when, from the event time, and keeps the raw event and the decoded arguments', () => {
    const submitted = timeline.find((entry) => entry.summary === 'An Peeters submitted the declaration')!;
    expect(submitted).toMatchObject({ eventId: 22, at: '2026-11-22T14:15:58.063Z', kind: 'action', actor: { name: 'An Peeters', role: 'customer' } });
    expect(submitted.details).toMatchObject({ update: 'submit', args: { actor: { name: 'An Peeters' } } });
    expect(submitted.raw).toMatchObject({ eventId: '22', eventType: 'EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED' });
  });

  test('leaves out the machinery: workflow tasks, markers, projection writes', () => {
    expect(timeline.map((entry) => (entry.raw as { eventType: string }).eventType)).not.toContain('EVENT_TYPE_WORKFLOW_TASK_COMPLETED');
    expect(timeline.some((entry) => entry.details.activityType === 'projectDeclaration')).toBe(false);
    expect(timeline.map((entry) => entry.eventId)).toEqual([...timeline.map((entry) => entry.eventId)].sort((a, b) => a - b));
  });
});

test('an expired draft shows its reminder, the deadlines that passed and the end', () => {
  const sentences = timelineOf(recorded('2026-11-22-messages/declaration-draft-reminded-and-expired.json')).map((entry) => entry.summary);
  expect(sentences).toEqual(expect.arrayContaining([
    'A reminder to finish the draft was sent',
    'The deadline set on 22/11/26, 15:16 passed without action',
    'The declaration was closed: expired',
  ]));
});

test('messages and hospitalisation changes read in their own words', () => {
  const message = timelineOf(recorded('2026-11-22-messages/message-answered.json')).map((entry) => entry.summary);
  expect(message).toEqual(expect.arrayContaining(['An Peeters started the message', 'Hanne De Smet read the message', 'Hanne De Smet replied to the message']));
  const change = timelineOf(recorded('2026-11-22-hospitalisation/hospitalisation-change-rejected.json')).map((entry) => entry.summary);
  expect(change).toEqual(expect.arrayContaining(['Hanne De Smet rejected the hospitalisation change: Nog niet in dienst', 'The requester was told of the decision by mail']));
});

describe('the timeline in the reader\'s language', () => {
  const history = recorded('2026-11-22-messages/declaration-reserved-then-accepted.json');

  test('reads in Dutch, participle last, with the statuses and the declared type in Dutch', () => {
    const sentences = timelineOf(history, 'nl').map((entry) => entry.summary);
    expect(sentences).toEqual(expect.arrayContaining([
      'An Peeters heeft de aangifte gestart (Arbeidsongeval)',
      'An Peeters heeft de aangifte ingediend',
      'Hanne De Smet is begonnen met de behandeling van de aangifte',
      'Hanne De Smet heeft de aangifte onder voorbehoud aanvaard: Attest ontbreekt (ontbreekt: Medisch attest)',
      'Schadedossier 2026/AO/000014 werd geopend, beheerd door Hanne De Smet',
      'De aangifte is nu aanvaard onder voorbehoud, schadedossier 2026/AO/000014',
      'Er werd een termijn gezet tot 6/12/2026, 15:15 (over 14 dagen)',
    ]));
  });

  test('reads in French', () => {
    const sentences = timelineOf(history, 'fr').map((entry) => entry.summary);
    expect(sentences).toEqual(expect.arrayContaining([
      'An Peeters a démarré la déclaration (Accident du travail)',
      'An Peeters a soumis la déclaration',
      'Hanne De Smet a commencé le traitement de la déclaration',
      'Hanne De Smet a accepté la déclaration sous réserve : Attest ontbreekt (manquant : Medisch attest)',
      'Le sinistre 2026/AO/000014 a été ouvert, géré par Hanne De Smet',
      'La déclaration est maintenant acceptée sous réserve, sinistre 2026/AO/000014',
      'Un délai a été fixé au 6/12/26 15:15 (dans 14 jours)',
    ]));
  });

  test('reads in German, with the statuses, the declared type and the moments in German', () => {
    const sentences = timelineOf(history, 'de').map((entry) => entry.summary);
    expect(sentences).toEqual(expect.arrayContaining([
      'An Peeters hat die Schadenmeldung gestartet (Arbeitsunfall)',
      'An Peeters hat die Schadenmeldung eingereicht',
      'Hanne De Smet hat mit der Bearbeitung der Schadenmeldung begonnen',
      'Hanne De Smet hat die Schadenmeldung unter Vorbehalt angenommen: Attest ontbreekt (fehlt: Medisch attest)',
      'Schadenfall 2026/AO/000014 wurde eröffnet, bearbeitet von Hanne De Smet',
      'Die Schadenmeldung ist jetzt unter Vorbehalt angenommen, Schadenfall 2026/AO/000014',
      'Die Schadenmeldung ist jetzt angenommen, Schadenfall 2026/AO/000014',
      'Eine Frist wurde bis 06.12.26, 15:15 gesetzt (in 14 Tagen)',
    ]));
    const expired = timelineOf(recorded('2026-11-22-messages/declaration-draft-reminded-and-expired.json'), 'de').map((entry) => entry.summary);
    expect(expired).toEqual(expect.arrayContaining([
      'Eine Erinnerung zum Abschließen des Entwurfs wurde gesendet',
      'Die am 22.11.26, 15:16 gesetzte Frist ist ohne Aktion abgelaufen',
      'Die Schadenmeldung wurde abgeschlossen: abgelaufen',
    ]));
  });

  test('every update and activity of the recorded histories has a sentence of its own', () => {
    const files = fs.readdirSync(histories, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json'));
    const updates = new Set<string>();
    const activities = new Set<string>();
    for (const file of files) {
      for (const entry of timelineOf(recorded(file))) {
        if (entry.kind === 'action') updates.add(entry.details.update as string);
        if (entry.kind === 'side_effect' && !isProjection(entry.details.activityType as string)) activities.add(entry.details.activityType as string);
      }
    }
    const declaration = processOf('declarationWorkflow');
    expect([...updates].filter((name) => updatePhrase(name, {}, 'An Peeters', declaration).key === 'timeline.otherUpdate')).toEqual([]);
    expect([...activities].filter((name) => activityPhrase(name, {}, undefined).key === 'timeline.otherActivity')).toEqual([]);
    expect(updates.size).toBeGreaterThan(10);
  });

  test('a name no language knows still reads as a sentence built from it', () => {
    const said = updatePhrase('archiveFile', {}, 'An Peeters', processOf('declarationWorkflow'));
    expect(catalogue.render(said, 'nl')).toBe('An Peeters heeft "archive file" gevraagd voor de aangifte');
    expect(catalogue.render(activityPhrase('archiveFile', {}, undefined), 'fr')).toBe('Le système a exécuté « archive file »');
    expect(catalogue.render(updatePhrase('archiveFile', {}, 'An Peeters', processOf('archiveWorkflow')), 'de')).toBe('An Peeters hat „archive file“ für den Workflow „archive“ angefordert');
  });
});

describe('durations in the timeline', () => {
  test('read in the largest unit that says them whole, or rounded by 5 % at most; short ones in milliseconds', () => {
    expect(durationOf(14 * 86_400_000)).toEqual({ unit: 'day', count: 14 });
    expect(durationOf(14 * 86_400_000 - 270)).toEqual({ unit: 'day', count: 14 });
    expect(durationOf(90 * 60_000)).toEqual({ unit: 'minute', count: 90 });
    expect(durationOf(3 * 86_400_000 - 1000)).toEqual({ unit: 'hour', count: 72 });
    expect(durationOf(2_000)).toEqual({ unit: 'second', count: 2 });
    expect(durationOf(250)).toEqual({ unit: 'millisecond', count: 250 });
  });
});

/**
 * A claim's history made by hand, event by event, in the JSON Temporal records (as the recorded histories are): the
 * start, each update accepted then answered, each activity scheduled then completed; workflow tasks are left out,
 * the timeline skips them anyway.
 */
function claimHistory(steps: ({ update: string; args: unknown; answer?: unknown } | { activity: string; input: unknown; result?: unknown })[], start: unknown) {
  const payloads = (value: unknown) => {
    const { metadata, data } = defaultPayloadConverter.toPayload(value)!;
    const base64 = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('base64');
    return { payloads: [{ metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([name, bytes]) => [name, base64(bytes)])), data: base64(data) }] };
  };
  const events: Record<string, unknown>[] = [];
  const add = (eventType: string, attributes: Record<string, unknown>) => {
    const eventId = events.length + 1;
    events.push({ eventId: String(eventId), eventTime: new Date(Date.UTC(2026, 10, 30, 9, eventId)).toISOString(), eventType: `EVENT_TYPE_${eventType}`, ...attributes });
    return String(eventId);
  };
  add('WORKFLOW_EXECUTION_STARTED', { workflowExecutionStartedEventAttributes: { workflowType: { name: 'claimWorkflow' }, input: payloads(start) } });
  for (const step of steps) {
    if ('update' in step) {
      const acceptedEventId = add('WORKFLOW_EXECUTION_UPDATE_ACCEPTED', {
        workflowExecutionUpdateAcceptedEventAttributes: { acceptedRequest: { input: { name: step.update, args: payloads(step.args) } } },
      });
      add('WORKFLOW_EXECUTION_UPDATE_COMPLETED', { workflowExecutionUpdateCompletedEventAttributes: { acceptedEventId, outcome: { success: payloads(step.answer) } } });
    } else {
      const scheduledEventId = add('ACTIVITY_TASK_SCHEDULED', { activityTaskScheduledEventAttributes: { activityType: { name: step.activity }, input: payloads(step.input) } });
      add('ACTIVITY_TASK_COMPLETED', { activityTaskCompletedEventAttributes: { scheduledEventId, result: payloads(step.result ?? null) } });
    }
  }
  return historyFromJson({ events });
}

describe('the timeline of a claim', () => {
  const hanne = { userId: 'u-hanne', name: 'Hanne De Smet', role: 'handler', authorityLimitCents: 5_000_00 };
  const declarationId = 'd5eea5ae-bc86-4490-8c12-efa644c8fe2b';
  const claimNumber = '2026/BA/000123';
  const claimIs = (status: string) => ({ declarationId, claimNumber, status, revision: 1 });
  const history = claimHistory([
    { activity: 'checkClaimCoverage', input: { declarationId }, result: { status: 'verified', findings: [], eventDate: '2026-11-20', confirmed: null } },
    { activity: 'projectClaim', input: { action: 'opened' } },
    { update: 'changeReserve', args: { key: 'k1', actor: hanne, costType: 'indemnity', amountCents: 1_000_00, reason: 'Raming schade' }, answer: claimIs('in_handling') },
    { update: 'requestPayment', args: { key: 'k2', actor: hanne, paymentId: 'p1', costType: 'indemnity', amountCents: 400_00, payeeName: 'Garage Janssens BV', iban: 'BE68539007547034' }, answer: claimIs('in_handling') },
    { update: 'decideClaim', args: { actor: hanne, decision: 'reserve', reason: 'Attest ontbreekt', missing: ['Medisch attest'] }, answer: claimIs('under_reservation') },
    { activity: 'issueClaimDecisionLetters', input: { declarationId, revision: 4 } },
    { update: 'takeForBatch', args: { batchId: 'b1' }, answer: [{ id: 'p1', amountCents: 400_00, status: 'sent' }] },
    { update: 'bankReported', args: { paymentId: 'p1', outcome: 'returned', reasonCode: 'AC04', reasonText: 'Closed account', statementId: 's1' }, answer: claimIs('under_reservation') },
    { update: 'changeReserve', args: { key: 'k3', actor: hanne, costType: 'indemnity', amountCents: -250_00, reason: 'Herraming' }, answer: claimIs('under_reservation') },
  ], { declarationId, opening: { claimNumber, openedBy: { userId: 'u-hanne', name: 'Hanne De Smet', role: 'handler' } } });

  test('reads in English: who changed the reserve and asked to pay how much, the decision, the batch and the bank; a status only when it changes', () => {
    expect(timelineOf(history).map((entry) => entry.summary)).toEqual([
      'Hanne De Smet started the claim',
      'The cover of the claim was checked against the policy: verified',
      'Hanne De Smet raised the indemnity reserve by €1,000.00: Raming schade',
      `The claim is now being handled, claim ${claimNumber}`,
      'Hanne De Smet asked to pay €400.00 of indemnity to Garage Janssens BV',
      'Hanne De Smet accepted the claim under reservation: Attest ontbreekt (missing: Medisch attest)',
      `The claim is now accepted under reservation, claim ${claimNumber}`,
      'The decision letters were written to everyone concerned, kept in the claim file and mailed',
      'The payment batch took 1 approved payment',
      'The bank returned a payment (reason code AC04)',
      'Hanne De Smet lowered the indemnity reserve by €250.00: Herraming',
    ]);
  });

  test('reads in French, the claim\'s status agreeing with « le sinistre »', () => {
    expect(timelineOf(history, 'fr').map((entry) => entry.summary)).toEqual([
      'Hanne De Smet a démarré le sinistre',
      'La couverture du sinistre a été vérifiée par rapport à la police : vérifiée',
      'Hanne De Smet a augmenté la réserve pour indemnité de 1\u202f000,00\u00a0€ : Raming schade',
      `Le sinistre est maintenant en traitement, sinistre ${claimNumber}`,
      'Hanne De Smet a demandé de payer 400,00\u00a0€ (indemnité) à Garage Janssens BV',
      'Hanne De Smet a accepté le sinistre sous réserve : Attest ontbreekt (manquant : Medisch attest)',
      `Le sinistre est maintenant accepté sous réserve, sinistre ${claimNumber}`,
      'Les lettres de décision ont été rédigées pour toutes les personnes concernées, classées dans le dossier du sinistre et envoyées',
      'Le lot de paiements a pris 1 paiement approuvé',
      'La banque a retourné un paiement (code motif AC04)',
      'Hanne De Smet a réduit la réserve pour indemnité de 250,00\u00a0€ : Herraming',
    ]);
  });

  test('a claim of the time before is taken over from the ledger once; later reads only refresh its earlier money', () => {
    const adopted = claimHistory([
      { activity: 'adoptClaim', input: { declarationId }, result: { state: claimIs('accepted') } },
      { activity: 'adoptClaim', input: { declarationId }, result: { state: claimIs('accepted') } },
    ], { declarationId });
    expect(timelineOf(adopted).map((entry) => entry.summary)).toEqual([
      'The system started the claim',
      'The claim was taken over from the ledger, where it was kept before it had a process of its own',
      'The payments and schedules begun before the claim had a process of its own were read again from the ledger',
    ]);
  });

  // One example of each update the claim defines: a new update without a sentence fails here.
  const examples: Record<string, Record<string, unknown>> = {
    addNote: { actor: hanne, noteId: 'n1', text: 'Klant gebeld', confidential: true },
    messageCustomer: { key: 'k1', actor: hanne, messageId: 'm1', subject: 'Storm van 28 november', body: 'Uw dossier wordt behandeld.' },
    addDiaryItem: { key: 'k1', actor: hanne, itemId: 'i1', subject: 'Expert bellen', owner: { id: 'u-hanne', name: 'Hanne De Smet' }, dueOn: '2026-12-04', priority: 'high' },
    completeDiaryItem: { key: 'k2', actor: hanne, itemId: 'i1', note: 'Gebeld' },
    cancelDiaryItem: { key: 'k3', actor: hanne, itemId: 'i1', note: 'Niet meer nodig' },
    addCustomerDocuments: { key: 'k1', actor: { userId: 'u-an', name: 'An Peeters', role: 'customer' }, attachments: [{ id: 'a1', kind: 'medical_certificate_first_finding', fileName: 'attest.pdf', contentType: 'application/pdf', sizeBytes: 1200 }], answers: 'Medisch attest' },
    addClaimDocument: { key: 'k1', actor: hanne, documentId: 'd1', kind: 'expert_report', fileName: 'expertise.pdf', contentType: 'application/pdf', sizeBytes: 2048 },
    decideClaim: { actor: hanne, decision: 'refuse', reason: 'Niet gedekt' },
    reassignClaim: { actor: hanne, handler: { id: 'u-jan', name: 'Jan Claes' } },
    tagCatastrophe: { actor: hanne, catastrophe: { id: 'e1', name: 'Storm Eunice' }, fastTrack: { name: 'catastrophe_small_damage', maxEstimatedCents: 1_000_00, paymentLimitCents: 1_000_00 } },
    changeReserve: { actor: hanne, costType: 'expenses', amountCents: 300_00, reason: 'Expertise' },
    requestPayment: { actor: hanne, paymentId: 'p1', costType: 'expenses', amountCents: 300_00, payeeName: 'Expertisebureau Maes', iban: 'BE68539007547034' },
    approvePayment: { actor: hanne, paymentId: 'p1' },
    rejectPayment: { actor: hanne, paymentId: 'p1', reason: 'Factuur ontbreekt' },
    cancelPayment: { actor: hanne, paymentId: 'p1', reason: 'Verkeerde begunstigde' },
    startSchedule: { actor: hanne, scheduleId: 's1', kind: 'invalidity', costType: 'indemnity', totalCents: 12_000_00, spreadMonths: 12, payeeName: 'An Peeters', iban: 'BE68539007547034' },
    stopSchedule: { actor: hanne, scheduleId: 's1', reason: 'Hersteld' },
    openRecovery: { actor: hanne, recoveryId: 'r1', kind: 'subrogation', costType: 'indemnity', expectedCents: 2_500_00, counterparty: { name: 'Ethias' } },
    recordReceipt: { actor: hanne, recoveryId: 'r1', receiptId: 'rc1', amountCents: 1_000_00, receivedOn: '2026-12-01' },
    writeOffRecovery: { actor: hanne, recoveryId: 'r1', reason: 'Tegenpartij insolvent' },
    confirmCover: { actor: hanne, reason: 'Polis liep nog' },
    recordDeadlineEvent: { actor: hanne, event: { kind: 'amount_agreed', agreedOn: '2026-12-02' } },
    closeClaim: { actor: hanne, outcome: 'duplicate', reason: 'Dubbel met een eerdere aangifte' },
    reopenClaim: { actor: hanne, reason: 'Nieuwe factuur' },
    referToInvestigation: { actor: hanne, reason: 'Schade 10 dagen na de start van de polis' },
    closeInvestigation: { actor: { userId: 'u-siu', name: 'Pieter Wuyts', role: 'siu' }, outcome: 'cleared', note: 'Facturen gecontroleerd' },
    setLitigation: { actor: hanne, inLitigation: true, reason: 'Dagvaarding ontvangen' },
    recordLiability: { key: 'k1', actor: hanne, kind: 'at_fault', aggravating: null, driverInjured: true, bob: null, injuredPassengers: 1, recoveryId: 'r2' },
    orderTowing: { key: 'k1', actor: hanne, orderId: 't1', country: 'BE', immobilised: true, towedTo: 'Garage Janssens, Antwerpen', unharmedOccupants: 2, homeCountry: 'BE', provider: 'Touring', costCents: 185_00 },
    recordRepair: { key: 'k1', actor: hanne, garageName: 'Garage Janssens', approvedGarage: true, repairDays: 14 },
    takeForBatch: { batchId: 'b1' },
    bankReported: { paymentId: 'p1', outcome: 'confirmed', reasonCode: null, reasonText: null, statementId: 's1' },
    claimState: {},
  };

  test('every update the claim defines reads as a sentence of its own in every language, every key and placeholder filled', () => {
    const defined = Object.values(claimDefinitions).flatMap((value) => (typeof value === 'object' && value.type === 'update' ? [value.name] : []));
    expect(Object.keys(examples).sort()).toEqual(defined.sort());
    for (const [name, args] of Object.entries(examples)) {
      const said = updatePhrase(name, args, 'Hanne De Smet', processOf('claimWorkflow'));
      expect([name, said.key]).not.toEqual([name, 'timeline.otherUpdate']);
      for (const language of ['en', 'fr', 'nl', 'de']) {
        expect([name, language, catalogue.render(said, language)]).not.toEqual([name, language, expect.stringMatching(/\{\{|\$t\(|\b(timeline|money|claim|process)\.\w/)]);
      }
    }
    expect(catalogue.render(updatePhrase('openRecovery', examples.openRecovery, 'Hanne De Smet', processOf('claimWorkflow')), 'nl'))
      .toBe('Hanne De Smet heeft een verhaal (subrogatie) van €\u00a02.500,00 (schadevergoeding) geopend op Ethias');
    expect(catalogue.render(updatePhrase('closeClaim', examples.closeClaim, 'Hanne De Smet', processOf('claimWorkflow')), 'de'))
      .toBe('Hanne De Smet hat den Schadenfall abgeschlossen (Duplikat): Dubbel met een eerdere aangifte');
  });

  test('the batch and the bank statement say what they recorded', () => {
    expect(catalogue.render(activityPhrase('recordPaymentBatch', {}, { batchId: 'b1', number: 42, paymentCount: 3, totalCents: 1_234_56, executionDate: '2026-12-01' }), 'en'))
      .toBe('Payment batch 42 was recorded: 3 payments of €1,234.56 in all, for execution on 01/12/2026');
    expect(catalogue.render(activityPhrase('recordBankStatement', { fileName: 'camt054-20261201.xml', results: [{}, {}] }, undefined), 'fr'))
      .toBe('L\'extrait bancaire « camt054-20261201.xml » a été enregistré avec les 2 virements qu\'il rapporte');
    expect(catalogue.render(phrase('timeline.started', { who: 'Hanne De Smet', ...processOf('bankStatementWorkflow') }), 'nl')).toBe('Hanne De Smet heeft de import van het bankafschrift gestart');
  });
});
