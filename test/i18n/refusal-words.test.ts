import { z } from 'zod';
import { apiRefusals } from '../../api/i18n/catalogue/api';
import { assessmentSentences } from '../../api/i18n/catalogue/assessment';
import { fieldRefusals } from '../../api/i18n/catalogue/fields';
import { workflowRefusals } from '../../api/i18n/catalogue/workflows';
import { zodRefusals } from '../../api/i18n/catalogue/zod';
import { catalogueSentences, isTranslated, translateRefusal } from '../../api/i18n/refusal-words';
import { knowsValue } from '../../api/i18n/vocabulary';
import { declarationTypes } from '../../domain/declaration-types';
import { requiredDocuments } from '../../domain/required-documents';
import {
  insurerIntervenes, motorDocuments, MotorEvent, MotorPolicy, replacementVehicleDays, totalLossValuation, VehicleState,
} from '../../domain/rules/motor';
import { DirectCause, InjuryOutcome, requiredMedicalDocuments, seriousness } from '../../domain/rules/workplace-accident';
import { refusalLiterals } from './refusal-literals';

const literals = refusalLiterals();
const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
/** A source template (`{}` where a value goes) as a pattern the catalogue's English must fit. */
const templatePattern = (text: string) =>
  new RegExp(`^${text.split('{}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
const fitsCatalogue = (template: string) =>
  catalogueSentences().some((english) => templatePattern(template).test(english.replace(/\{\w+\}/g, '{}')));

describe('every refusal the server writes has a Dutch and a French translation', () => {
  test('the scan finds the refusals of the API, the workflows and the schemas', () => {
    const texts = literals.map((literal) => literal.text);
    expect(texts).toEqual(expect.arrayContaining(['E-mail address or password is wrong.', 'Some fields are not well-formed.', 'Not a valid IBAN']));
    expect(literals.length).toBeGreaterThan(150);
  });

  test('each sentence written in the source is in the catalogue', () => {
    const untranslated = literals.filter(({ text }) => !text.includes('{}') && !isTranslated(text));
    expect(untranslated.map(({ text, where }) => `${where}: ${text}`)).toEqual([]);
  });

  test('each template written in the source has a catalogue pattern', () => {
    const untranslated = literals.filter(({ text }) => text.includes('{}') && !fitsCatalogue(text));
    expect(untranslated.map(({ text, where }) => `${where}: ${text}`)).toEqual([]);
  });

  test('each thing the API may not find is named in both languages', () => {
    const subjects = literals.map(({ text }) => /^(.+) not found\.$/.exec(text)?.[1]).filter((what) => what && what !== '{}');
    expect(subjects.filter((what) => !knowsValue('subject', what!))).toEqual([]);
  });

  test('the mandatory documents a submit may miss are translated', () => {
    const events: MotorEvent[] = ['collision', 'loose_animal', 'vandalism', 'fire', 'glass', 'hail', 'storm', 'other_natural_force', 'burglary', 'attempted_theft', 'theft'];
    const reasons = events.flatMap((event) => [true, false].flatMap((counterparty) => [true, false].flatMap((policeReportDrawnUp) =>
      motorDocuments({ event, counterparty, policeReportDrawnUp }).filter((document) => document.mandatory).map((document) => document.description))));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((reason) => !isTranslated(reason))).toEqual([]);
  });

  test("every sentence of the claim file's assessment is translated: why a document is asked for, and the rules' reasons", () => {
    const motorEvents: MotorEvent[] = ['collision', 'loose_animal', 'vandalism', 'fire', 'glass', 'hail', 'storm', 'other_natural_force', 'burglary', 'attempted_theft', 'theft'];
    const yesNo = [true, false];
    const situations = motorEvents.flatMap((event) => yesNo.flatMap((counterparty) => yesNo.map((policeReportDrawnUp) => ({ event, counterparty, policeReportDrawnUp }))));
    const policies: MotorPolicy[] = [{ cover: 'liability' }, { cover: 'small_omnium' }, { cover: 'full_omnium', deductibleCents: 25_000 }];
    const states: VehicleState[] = ['driveable', 'immobilised', 'total_loss', 'beyond_repair', 'repair_exceeds_residual_value', 'stolen'];
    const outcomes: InjuryOutcome[] = ['no_injury', 'temporary_injury', 'permanent_injury', 'fatal'];
    const causes: DirectCause[] = ['event', 'object', 'other'];
    const sentences = [
      ...declarationTypes.flatMap((type) => requiredDocuments(type, {}).map((requirement) => requirement.reason)),
      ...yesNo.flatMap((temporaryIncapacity) => requiredMedicalDocuments(temporaryIncapacity).map((document) => document.description)),
      ...situations.flatMap((situation) => [...motorDocuments(situation).map((document) => document.description), insurerIntervenes(situation).reason]),
      ...policies.flatMap((policy) => ['BE', 'FR'].flatMap((country) => states.flatMap((vehicleState) => motorEvents.map((event) =>
        replacementVehicleDays({ policy, country, event, vehicleState, atFault: false }).reason)))),
      ...['2024-03-01', '2022-05-01', '2019-01-01'].flatMap((signedOn) => [0, 30_000].map((kilometresDriven) =>
        totalLossValuation({ signedOn, lossDate: '2024-06-01', insuredValueCents: 2_000_000, kilometresDriven }).reason)),
      ...outcomes.flatMap((outcome) => causes.map((cause) => seriousness(outcome, cause).reason)),
    ];
    expect(sentences.filter((sentence) => !isTranslated(sentence))).toEqual([]);
  });

  test("zod's own messages for the common mistakes are translated", () => {
    const schema = z.strictObject({
      name: z.string(), count: z.number().int().min(1).max(5), email: z.email(), id: z.uuid(), kind: z.enum(['a', 'b']),
      items: z.array(z.string()).min(1), short: z.string().max(3), filled: z.string().min(1), whole: z.number().int(),
    });
    const result = schema.safeParse({ count: 9, email: 'x', id: 'x', kind: 'c', items: [], short: 'abcd', filled: '', whole: 1.5, extra: true });
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages.filter((message) => !isTranslated(message))).toEqual([]);
  });
});

describe('the catalogue', () => {
  const catalogue = [...apiRefusals, ...workflowRefusals, ...fieldRefusals, ...assessmentSentences, ...zodRefusals];

  test('has each English sentence once', () => {
    const english = catalogue.map(([en]) => en);
    expect(english.filter((sentence, index) => english.indexOf(sentence) !== index)).toEqual([]);
  });

  test('fills in only values the English sentence has', () => {
    const strays = catalogue.filter(([en, nl, fr]) =>
      [...placeholdersOf(nl), ...placeholdersOf(fr)].some((name) => !placeholdersOf(en).includes(name)));
    expect(strays).toEqual([]);
  });

  test('says something in Dutch and in French that differs from the English', () => {
    expect(catalogue.filter(([en, nl, fr]) => !nl.trim() || !fr.trim() || nl === en || fr === en)).toEqual([]);
  });
});

describe('translating a refusal', () => {
  test('a sentence reads in the asked language, and stays English for English readers', () => {
    expect(translateRefusal('E-mail address or password is wrong.', 'nl')).toBe('Het e-mailadres of het wachtwoord is onjuist.');
    expect(translateRefusal('E-mail address or password is wrong.', 'fr')).toBe("L'adresse e-mail ou le mot de passe est incorrect.");
    expect(translateRefusal('E-mail address or password is wrong.', 'en')).toBe('E-mail address or password is wrong.');
  });

  test('a template carries its values over, translating the words the vocabulary knows', () => {
    expect(translateRefusal('A declaration that is in handling cannot be edited; reopen it first.', 'nl'))
      .toBe('Een aangifte die in behandeling is, kan niet worden gewijzigd; open ze eerst opnieuw.');
    expect(translateRefusal('This is reserved for: handler, senior_handler.', 'fr'))
      .toBe('Ceci est réservé aux : gestionnaires de sinistres, gestionnaires seniors.');
    expect(translateRefusal('Your access to Garage Janssens BV is limited to My data and My claims.', 'nl'))
      .toBe('Uw toegang tot Garage Janssens BV is beperkt tot Mijn gegevens en Mijn schadegevallen.');
    expect(translateRefusal('Payment schedule not found.', 'fr')).toBe('Échéancier de paiement introuvable.');
  });

  test('an amount reads the Belgian way in the translated sentence', () => {
    const english = 'At most €1234.50 of the indemnity reserve is still available; raise the reserve first.';
    expect(translateRefusal(english, 'nl')).toMatch(/€\s1\.234,50/);
    expect(translateRefusal(english, 'fr')).toMatch(/1\s234,50\s€/);
    expect(translateRefusal(english, 'en')).toBe(english);
  });

  test('a missing field reads as "required", whatever type zod expected', () => {
    expect(translateRefusal('Invalid input: expected string, received undefined', 'nl')).toBe('Verplicht');
    expect(translateRefusal('Invalid input: expected number, received undefined', 'fr')).toBe('Obligatoire');
    expect(translateRefusal('Invalid input: expected number, received string', 'nl')).toBe('Ongeldige invoer: getal verwacht, tekst ontvangen');
  });

  test('a message the catalogue does not know stays English rather than vanish', () => {
    expect(translateRefusal('Something nobody wrote down yet.', 'nl')).toBe('Something nobody wrote down yet.');
  });
});
