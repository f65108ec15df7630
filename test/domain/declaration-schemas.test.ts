import fs from 'node:fs';
import path from 'node:path';
import { declarationTypes } from '../../domain/declaration-types';
import { draftProblems, submitProblems } from '../../domain/declaration-schemas';
import { fixture } from '../support/api';

describe('declaration schemas', () => {
  test('every declaration type has a complete, valid example payload', () => {
    const files = fs.readdirSync(path.join(__dirname, '..', 'fixtures', 'declarations')).map((file) => file.replace('.json', '')).sort();
    expect(files).toEqual([...declarationTypes].sort());
    for (const type of declarationTypes) expect({ type, problems: submitProblems(type, fixture(type).data) }).toEqual({ type, problems: [] });
  });

  test('an empty draft is fine, but cannot be submitted', () => {
    expect(draftProblems('liability', {})).toEqual([]);
    expect(submitProblems('liability', {}).map((problem) => problem.path)).toEqual(['event', 'parties', 'damage', 'contact']);
  });

  test('a motor theft without a police report number cannot be submitted', () => {
    const { data } = fixture('motor_theft');
    delete data.damage.policeReportNumber;
    expect(draftProblems('motor_theft', data)).toEqual([]);
    expect(submitProblems('motor_theft', data)).toEqual([{ path: 'damage.policeReportNumber', code: 'field.required' }]);
  });

  test('an IBAN with a wrong check digit is refused; spaces and case do not matter', () => {
    const { data } = fixture('collective_hospitalisation');
    expect(submitProblems('collective_hospitalisation', { ...data, damage: { ...data.damage, iban: 'be68 5390 0754 7034' } })).toEqual([]);
    expect(submitProblems('collective_hospitalisation', { ...data, damage: { ...data.damage, iban: 'BE69 5390 0754 7034' } }))
      .toEqual([{ path: 'damage.iban', code: 'field.iban' }]);
  });

  test('a date must exist on the calendar', () => {
    expect(draftProblems('fire', { event: { date: '2026-02-29' } })).toEqual([{ path: 'event.date', code: 'field.calendarDate' }]);
    expect(draftProblems('fire', { event: { date: '2028-02-29' } })).toEqual([]);
  });
});

describe('the simplified workplace-accident declaration', () => {
  const minor = {
    simplified: true,
    event: { date: '2026-11-18', place: { street: 'Kerkstraat 12', postalCode: '2000', city: 'Antwerpen', country: 'BE' }, description: 'Snijwonde aan de vinger bij het snijden van brood.', onCommute: false, causedByEventOrObject: false },
    parties: { insured: [{ firstName: 'Jan', lastName: 'Claes', nationalNumber: '78.04.12-031.14' }] },
    damage: { nature: 'Snijwonde', bodyParts: ['wijsvinger'], fatal: false, permanentInjury: false, temporaryIncapacity: false },
    contact: { name: 'An Peeters', email: 'an.peeters@bakkerij-peeters.example', phone: '+32 475 12 34 56', language: 'nl' },
  };

  test('a minor accident is submitted with the short form: no job title or employment date needed', () => {
    expect(submitProblems('workplace_accident', minor)).toEqual([]);
    expect(submitProblems('workplace_accident', { ...minor, simplified: false }).map((problem) => problem.path)).toContain('parties.insured.0.jobTitle');
  });

  test('a serious accident (caused by an object, with an injury) cannot use the simplified form', () => {
    const serious = { ...minor, event: { ...minor.event, causedByEventOrObject: true } };
    expect(submitProblems('workplace_accident', serious)).toEqual([{ path: 'simplified', code: 'declaration.problem.seriousAccident' }]);
  });

  test('a fatal accident cannot use the simplified form', () => {
    expect(submitProblems('workplace_accident', { ...minor, damage: { ...minor.damage, fatal: true } }).map((problem) => problem.path)).toEqual(['simplified']);
  });
});
