import { ApplicationFailure } from '@temporalio/common';
import { draftProblems, submitProblems } from '../../domain/declaration-schemas';
import { changeSubmitProblems } from '../../domain/hospitalisation';
import { catalogue } from '../../i18n/catalogue';
import { phrase } from '../../i18n/phrase';
import { wordProblem } from '../../i18n/problem-wording';
import { refusalOfMoney } from '../../workflows/money-refusals';
import { refusalDetailsOf, staleVersion } from '../../workflows/refusals';
import { fixture } from '../support/api';

/** What the API answers for a field problem, in German. */
const inGerman = (problems: Parameters<typeof wordProblem>[1][]) => problems.map((problem) => wordProblem(catalogue, problem, 'de'));

describe('the processes refuse with phrases, worded in the reader language only at the edge', () => {
  test('a save on version 1 of a declaration now at version 2 is refused in German with both versions', () => {
    const { phrase: said, current } = refusalDetailsOf(staleVersion(1, 2));
    expect({ said, current }).toEqual({ said: { key: 'declaration.refusal.staleVersion', params: { given: 1, current: 2 } }, current: 2 });
    expect(catalogue.render(said, 'de'))
      .toBe('Jemand anders hat diese Daten geändert (Sie hatten Version 1, jetzt ist es Version 2). Laden Sie sie neu und nehmen Sie Ihre Änderungen erneut vor.');
  });

  test('a status is a code, worded in the sentence of each language (French agrees with la déclaration)', () => {
    const said = phrase('declaration.refusal.notEditableReopen', { status: 'submitted' });
    expect(catalogue.render(said, 'de')).toBe('Eine Schadenmeldung, die eingereicht ist, kann nicht geändert werden; öffnen Sie sie zuerst wieder.');
    expect(catalogue.render(said, 'fr')).toBe("Une déclaration soumise ne peut pas être modifiée ; rouvrez-la d'abord.");
    expect(catalogue.render(said, 'en')).toBe('A declaration that is submitted cannot be edited; reopen it first.');
  });

  test('a date of 31 February in a draft is a field problem with a code, worded in German', () => {
    const problems = draftProblems('fire', { event: { date: '2026-02-31', time: '25:00' } });
    expect(problems).toEqual([{ path: 'event.date', code: 'field.calendarDate' }, { path: 'event.time', code: 'field.timeFormat' }]);
    expect(inGerman(problems).map((problem) => problem.message)).toEqual(['Dieses Datum gibt es nicht', 'Geben Sie eine Uhrzeit als HH:MM an']);
  });

  test('a serious accident on the simplified form is told to use the full declaration, in German', () => {
    const { data } = fixture('workplace_accident');
    const problems = submitProblems('workplace_accident', {
      ...data, simplified: true, event: { ...data.event, causedByEventOrObject: true }, damage: { ...data.damage, temporaryIncapacity: true },
    });
    expect(problems).toContainEqual({ path: 'simplified', code: 'declaration.problem.seriousAccident' });
    expect(inGerman(problems.filter((problem) => problem.path === 'simplified')))
      .toEqual([{ path: 'simplified', code: 'declaration.problem.seriousAccident', params: {}, message: 'Dies ist ein schwerer Unfall: Verwenden Sie die vollständige Schadenmeldung' }]);
  });

  test('a hospitalisation change without its effective day or a valid national number is refused on those fields', () => {
    const problems = changeSubmitProblems('add_titularis', {
      person: { firstName: 'Lena', lastName: 'Schmitz', birthDate: '1990-04-01', email: 'lena@example.be', nationalNumber: '12345' },
    }, null);
    expect(problems).toEqual([
      { path: 'data.person.nationalNumber', code: 'field.nationalNumber' },
      { path: 'effectiveDate', code: 'hospitalisation.problem.effectiveDate' },
    ]);
    expect(inGerman(problems).map((problem) => problem.message)).toEqual(['Keine Nationalregisternummer', 'Geben Sie an, ab welchem Tag die Änderung gilt']);
  });

  test('a payment of more than the reserve holds is refused with the amount still available, in cents, worded in euros', () => {
    const failure = refusalOfMoney({
      code: 'invalid', phrase: phrase('money.refusal.paymentExceedsReserve'),
      problems: [{ path: 'amountCents', code: 'money.problem.available', params: { costType: 'indemnity', availableCents: 123_456 } }],
    });
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure.type).toBe('validation_failed');
    const { phrase: said, problems } = refusalDetailsOf(failure);
    expect(catalogue.render(said, 'de')).toBe('Die Zahlung übersteigt die Reserve.');
    expect(inGerman(problems!).map((problem) => problem.message))
      .toEqual(['Von der Reserve für Entschädigung sind höchstens noch 1.234,56\u00a0€ verfügbar; erhöhen Sie zuerst die Reserve.']);
    expect(catalogue.render(phrase('money.refusal.notPayable', { claimNumber: '2026/BA/000042', status: 'refused' }), 'de'))
      .toBe('Der Schadenfall 2026/BA/000042 ist abgelehnt; darauf kann nicht gezahlt werden.');
  });
});
