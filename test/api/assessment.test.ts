import type { Knex } from 'knex';
import { declarationUrl, demo, fixture, Session } from '../support/api';
import { policyIdsByNumber, testDatabase } from '../support/database';

let an: Session;
let db: Knex;
let policies: Record<string, string>;

beforeAll(async () => {
  an = await Session.login(demo.an);
  db = testDatabase();
  policies = await policyIdsByNumber(db);
});
afterAll(() => db.destroy());

const create = (type: string, policyNumber: string, data: Record<string, unknown>) =>
  an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type, policyId: policies[policyNumber], data });

test('a workplace accident declared 10 days after the 8-day deadline is flagged late, with the €250–€2,500 fine range', async () => {
  const { data } = fixture('workplace_accident');
  const created = await create('workplace_accident', 'AO-2018-330145', { ...data, event: { ...data.event, date: '2026-11-02' } });
  const { workplaceAccident } = created.body.assessment;
  expect(workplaceAccident.declaration).toMatchObject({ deadline: '2026-11-10', declaredOn: null, late: true, fineRangeCents: { min: 25_000, max: 250_000 } });
  expect(workplaceAccident.serious).toBe(true); // caused by an object, with an injury
  // 10 working days from 3 November, Armistice Day (11 November) not counted
  expect(workplaceAccident.obligations).toEqual(expect.arrayContaining([expect.objectContaining({ dueDate: '2026-11-17', immediately: false })]));

  const submitted = await an.post(declarationUrl(an, created.body.id, 'submit'));
  expect(submitted.body.assessment.workplaceAccident.declaration).toMatchObject({ declaredOn: expect.any(String), timeliness: 'late' });
});

test('the assessment follows the data: a saved change to the injury changes the documents asked for', async () => {
  const { data } = fixture('private_life');
  const created = await create('private_life', 'AO-2018-330145', { ...data, damage: { ...data.damage, temporaryIncapacity: false } });
  expect(created.body.assessment.documents.missing.map((d: { kind: string }) => d.kind)).toEqual(['medical_certificate_first_finding']);
  const saved = await an.put(declarationUrl(an, created.body.id, 'draft'), { data: { ...data, damage: { ...data.damage, temporaryIncapacity: true } }, step: 3, version: created.body.version });
  expect(saved.body.assessment.documents.missing.map((d: { kind: string }) => d.kind)).toEqual(['medical_certificate_first_finding', 'incapacity_certificate']);
});

test('a stolen van with the replacement-vehicle guarantee gets 30 days; with liability cover only, none; without a police report the insurer does not intervene', async () => {
  const theft = fixture('motor_theft').data;
  const withGuarantee = await create('motor_theft', 'AU-2023-661203', theft);
  expect(withGuarantee.body.assessment.motor.replacementVehicle).toMatchObject({ days: 30 });
  expect(withGuarantee.body.assessment.motor.insurerIntervenes).toBe(true); // the police report number is given
  const { policeReportNumber, ...withoutReport } = theft.damage;
  expect(policeReportNumber).toBeTruthy();
  const noReport = await create('motor_theft', 'AU-2023-661203', { ...theft, damage: withoutReport });
  expect(noReport.body.assessment.motor.insurerIntervenes).toBe(false); // theft without a police report: no intervention
  const liabilityOnly = await create('motor_theft', 'AU-2016-661877', { ...theft, damage: { ...theft.damage, vehicle: { licensePlate: '1-KLM-908', vin: 'WV1ZZZ2KZGX012345', make: 'Volkswagen', model: 'Caddy' } } });
  expect(liabilityOnly.body.assessment.motor.replacementVehicle.days).toBe(0);
});

test('read with Accept-Language: de, the reasons come in German, each with its key and parameters for a client that words it itself', async () => {
  const theft = fixture('motor_theft').data;
  const { policeReportNumber, ...withoutReport } = theft.damage;
  expect(policeReportNumber).toBeTruthy();
  const created = await create('motor_theft', 'AU-2023-661203', { ...theft, damage: withoutReport });
  const { motor, documents } = (await an.request('GET', declarationUrl(an, created.body.id), undefined, { 'accept-language': 'de-BE' })).body.assessment;
  expect(motor.interventionReason).toEqual({
    key: 'assessment.motor.policeDeclarationMissing',
    text: 'Einbruch und Diebstahl müssen bei der Polizei angezeigt werden; ohne Anzeige erbringt der Versicherer keine Leistung.',
  });
  expect(motor.replacementVehicle).toEqual({ days: 30, reason: { key: 'assessment.replacementVehicle.stolen', text: 'Der Wagen wurde gestohlen.' } });
  expect(documents.missing).toContainEqual({
    kind: 'police_report', mandatory: true,
    reason: { key: 'assessment.document.policeReportRequired', text: 'Das Polizeiprotokoll: Ohne Anzeige bei der Polizei erbringt der Versicherer keine Leistung.' },
  });

  const { data } = fixture('motor_damage'); // signed 2023-03-15: a loss on 2025-05-10 falls between month 12 and 48
  const totalLoss = await create('motor_damage', 'AU-2023-661203', {
    ...data, event: { ...data.event, date: '2025-05-10' }, damage: { ...data.damage, totalLoss: true, vehicleDrivable: false, kilometresDriven: 25_000 },
  });
  const german = (await an.request('GET', declarationUrl(an, totalLoss.body.id), undefined, { 'accept-language': 'de' })).body.assessment;
  expect(german.motor.totalLoss.reason).toEqual({
    key: 'assessment.totalLoss.realValueHighMileage', params: { fromMonth: 12, toMonth: 48, kilometres: 20_000, percent: 10 },
    text: 'Totalschaden zwischen dem 12. und dem 48. Monat mit mehr als 20.000 gefahrenen Kilometern: der von einem Sachverständigen festgestellte tatsächliche Wert, mindestens 10 % des versicherten Werts.',
  });
});

test('a total loss within 12 months of signing is valued at the insured value; after month 12 beyond 20,000 km at the real value', async () => {
  const { data } = fixture('motor_damage'); // Bakkerij's van: policy signed 2023-03-15, insured value €38,500
  const totalLoss = (date: string, kilometresDriven: number) => create('motor_damage', 'AU-2023-661203', {
    ...data, event: { ...data.event, date }, damage: { ...data.damage, totalLoss: true, vehicleDrivable: false, kilometresDriven },
  });
  const early = await totalLoss('2023-11-15', 9_000);
  expect(early.body.assessment.motor.totalLoss).toMatchObject({ period: 'first_12_months', basis: 'insured_value', compensationCents: 3_850_000 });
  expect(early.body.assessment.motor.replacementVehicle.days).toBe(20);
  const later = await totalLoss('2025-05-10', 25_000);
  expect(later.body.assessment.motor.totalLoss).toMatchObject({ period: 'months_12_to_48', basis: 'real_value', compensationCents: null });
});

test('every declaration type publishes its schema with required fields marked', async () => {
  const types = (await an.get('/api/declaration-types')).body;
  expect(types).toHaveLength(9);
  const fire = types.find((t: { type: string }) => t.type === 'fire');
  expect(fire.names).toMatchObject({ nl: 'Brand', fr: 'Incendie' });
  expect(fire.schema.required).toEqual(['event', 'parties', 'damage', 'contact']);
  expect(fire.schema.properties.event.required).toEqual(expect.arrayContaining(['date', 'place', 'description', 'cause']));
  expect(types.find((t: { type: string }) => t.type === 'workplace_accident').simplifiedSchema).toBeDefined();
});

describe('Verzekerd Inkomen (accident income), declared as a bodily accident', () => {
  const declare = (event: Record<string, unknown>, damage: Record<string, unknown>) => {
    const { data } = fixture('bodily_accident');
    return create('bodily_accident', 'VI-2024-880123', { ...data, event: { ...data.event, contractKind: 'accident_income', ...event }, damage: { ...data.damage, ...damage } });
  };

  test('a fatal traffic accident under formula 12/24: €2,500 at once, then 23 instalments; €15,000 to €60,000', async () => {
    const reply = await declare({ trafficAccident: true }, { outcome: 'death' });
    const { accidentIncome } = reply.body.assessment;
    expect(accidentIncome.terms).toMatchObject({ spreadMonths: 24, multiplier: 2, minCents: 1_500_000, maxCents: 6_000_000 });
    expect(accidentIncome.scheduleAtMinimum.lumpSumCents).toBe(250_000);
    expect(accidentIncome.scheduleAtMinimum.instalmentsCents).toHaveLength(23);
    const paid = accidentIncome.scheduleAtMinimum.lumpSumCents + accidentIncome.scheduleAtMinimum.instalmentsCents.reduce((a: number, b: number) => a + b, 0);
    expect(paid).toBe(1_500_000);
  });

  test('70 % invalidity with 5 % that existed before counts as 65 %: below 67 %, nothing is payable', async () => {
    const reply = await declare({}, { outcome: 'permanent_invalidity', invalidityPercent: 70, preExistingInvalidityPercent: 5 });
    expect(reply.body.assessment.accidentIncome.invalidity).toMatchObject({ countingDegreePercent: 65, eligible: false });
    expect(reply.body.assessment.accidentIncome.scheduleAtMinimum).toBeNull();
  });

  test('an accident under the influence is flagged for the handler to check', async () => {
    const reply = await declare({ circumstances: ['drunkenness_or_intoxication'] }, { outcome: 'death' });
    expect(reply.status).toBe(201);
    expect(reply.body.assessment.accidentIncome.exclusionsToCheck.map((flag: { code: string }) => flag.code)).toEqual(['drunkenness_or_intoxication']);
  });
});
