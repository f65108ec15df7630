import { activityPhrase, isProjection, processOf, updatePhrase } from '../../api/audit/timeline-sentences';
import { catalogue } from '../../i18n/catalogue';
import * as agreement from '../../workflows/user-agreement/definitions';

/** The user agreement's updates and activities read as sentences of their own, in every language, also with nothing in them. */
const an = { userId: 'u-an', name: 'An Peeters', role: 'customer' };
const hanne = { userId: 'u-hanne', name: 'Hanne De Smet', role: 'handler' };
const examples: Record<string, Record<string, unknown>> = {
  saveUserAgreement: { actor: an, employees: [], version: 0 },
  submitUserAgreement: { actor: an, confirmedText: 'Ik, An Peeters, onderteken…' },
  withdrawUserAgreement: { actor: an },
  registerUserAgreement: { actor: hanne },
  sendBackUserAgreement: { actor: hanne, reason: 'Het e-mailadres is niet van de organisatie' },
};
const leftovers = /\{\{|\$t\(|\b(timeline|userAgreement|process)\.\w/;
const process = processOf('userAgreementWorkflow');

test('every update of the user agreement reads as its own sentence in every language, with its arguments and without any', () => {
  const defined = Object.values(agreement).flatMap((value) => (typeof value === 'object' && value !== null && (value as { type?: string }).type === 'update' ? [(value as { name: string }).name] : []));
  expect(Object.keys(examples).sort()).toEqual(defined.sort());
  for (const [name, args] of Object.entries(examples)) {
    for (const given of [args, {}]) {
      const said = updatePhrase(name, given, 'An Peeters', process);
      expect([name, said.key]).not.toEqual([name, 'timeline.otherUpdate']);
      for (const language of ['en', 'fr', 'nl', 'de']) {
        expect([name, language, catalogue.render(said, language)]).not.toEqual([name, language, expect.stringMatching(leftovers)]);
      }
    }
  }
  const said = (name: string, who: string) => catalogue.render(updatePhrase(name, examples[name], who, process), 'nl');
  expect(said('saveUserAgreement', 'An Peeters')).toBe('An Peeters heeft een gebruikersovereenkomst opgesteld');
  expect(said('sendBackUserAgreement', 'Hanne De Smet')).toBe('Hanne De Smet heeft de gebruikersovereenkomst teruggestuurd: Het e-mailadres is niet van de organisatie');
});

test('the activities the agreement asks for read as sentences; its projection stays out of the timeline', () => {
  for (const name of ['takeAwayAgreementAccess', 'applyUserAgreement', 'notifyUserAgreementEscalated']) {
    for (const language of ['en', 'fr', 'nl', 'de']) expect(catalogue.render(activityPhrase(name, {}, undefined), language)).not.toMatch(leftovers);
  }
  expect(catalogue.render(activityPhrase('applyUserAgreement', {}, undefined), 'en')).toBe('The user agreement was applied: users and their access set');
  const takeAway = (result?: Record<string, unknown>) => catalogue.render(activityPhrase('takeAwayAgreementAccess', {}, result), 'en');
  expect(takeAway({ userIds: ['u1', 'u2'] })).toBe('The access the user agreement takes away ended at once for 2 employees');
  expect(takeAway({ userIds: [] })).toBe('The user agreement takes no access away');
  expect(takeAway()).toBe('The access the user agreement takes away is being ended');
  expect(catalogue.render(activityPhrase('notifyUserAgreementEscalated', {}, undefined), 'nl'))
    .toBe('De senior dossierbeheerders kregen bericht dat de gebruikersovereenkomst na 4 dagen nog niet geregistreerd is');
  expect(isProjection('projectUserAgreement')).toBe(true);
});
