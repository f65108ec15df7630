import fs from 'node:fs';
import path from 'node:path';
import { historyFromJson } from '../../runtime/history-json';
import { timelineOf } from '../../api/audit/timeline';
import { activityPhrase, durationOf, isProjection, processOf, updatePhrase } from '../../api/audit/timeline-sentences';
import { catalogue } from '../../i18n/catalogue';

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
