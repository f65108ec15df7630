import { checkCoverage, eventDateOf, type CoveragePolicy } from '../../domain/claim/coverage';
import type { DeclarationType } from '../../domain/declaration-types';
import { policies } from '../../db/seeds/demo-data';
import { catalogue } from '../../i18n/catalogue';
import { fixture } from '../support/api';

/** A demo policy as the claim reads it, in force and running on unless a test says otherwise. */
function policy(policyNumber: string, changes: Partial<CoveragePolicy> = {}): CoveragePolicy {
  const seeded = policies.find((p) => p.policyNumber === policyNumber);
  if (!seeded) throw new Error(`no demo policy ${policyNumber}`);
  return { status: 'active', startDate: seeded.startDate, endDate: null, productLine: seeded.productLine, guarantees: seeded.guarantees, terms: seeded.terms, ...changes };
}

/** The fixture's declaration with some of its steps changed. */
function declaration(type: DeclarationType, changes: { event?: object; damage?: object; parties?: object } = {}) {
  const { data } = fixture(type);
  return {
    type,
    data: {
      ...data,
      event: { ...data.event, ...changes.event },
      damage: { ...data.damage, ...changes.damage },
      parties: { ...data.parties, ...changes.parties },
    },
  };
}

const keys = (check: ReturnType<typeof checkCoverage>) => check.findings.map((finding) => finding.key);

describe('a declaration on the policy that covers it is verified', () => {
  // The bakery's own policies (db/seeds/demo-data.ts), all in force on 18 November 2026.
  test.each<[DeclarationType, string]>([
    ['liability', 'BA-2019-104512'],
    ['bodily_accident', 'LO-2020-220871'],
    ['private_life', 'AO-2018-330145'],
    ['workplace_accident', 'AO-2018-330145'],
    ['fire', 'BR-2017-440978'],
    ['collective_hospitalisation', 'CH-2021-550314'],
    ['motor_theft', 'AU-2023-661203'],
    ['motor_damage', 'AU-2023-661203'],
    ['omnium_assignment', 'OM-2022-770456'],
  ])('%s under %s', (type, policyNumber) => {
    expect(checkCoverage({ ...declaration(type), policy: policy(policyNumber) })).toEqual({ status: 'verified', findings: [], eventDate: '2026-11-18' });
  });
});

describe('the policy', () => {
  test('a declaration with no policy linked is unverified: there is no policy to check, but the event date is known', () => {
    expect(checkCoverage({ ...declaration('fire'), policy: null })).toEqual({
      status: 'unverified', findings: [{ key: 'coverage.noPolicy' }], eventDate: '2026-11-18',
    });
  });

  test.each(['suspended', 'cancelled'])('a fire under a %s policy is unverified: the policy is not in force', (status) => {
    expect(checkCoverage({ ...declaration('fire'), policy: policy('BR-2017-440978', { status }) }).findings)
      .toEqual([{ key: 'coverage.policyNotActive', params: { status } }]);
  });

  test('a motor theft declared under a fire policy is unverified, and the fire policy\'s guarantees are not compared', () => {
    expect(checkCoverage({ ...declaration('motor_theft'), policy: policy('BR-2019-442310') }).findings)
      .toEqual([{ key: 'coverage.otherProductLine', params: { productLine: 'fire', type: 'motor_theft' } }]);
  });
});

describe('the policy period', () => {
  const tesla = 'AU-2024-662450'; // signed on 1 September 2024, small omnium

  test('a theft on 31 August 2024 under a policy starting on 1 September 2024 is unverified: it happened before the start', () => {
    const check = checkCoverage({ ...declaration('motor_theft', { event: { date: '2024-08-31', discoveredAt: '2024-08-31' } }), policy: policy(tesla) });
    expect(check).toEqual({
      status: 'unverified',
      findings: [{ key: 'coverage.beforeStart', params: { eventDate: '2024-08-31', startDate: '2024-09-01' } }],
      eventDate: '2024-08-31',
    });
  });

  test('a theft on the motor policy\'s start date, 1 September 2024, is covered: motor cover starts on the start date itself', () => {
    expect(checkCoverage({ ...declaration('motor_theft', { event: { date: '2024-09-01', discoveredAt: '2024-09-01' } }), policy: policy(tesla) }).status).toBe('verified');
  });

  test('a theft on 1 July 2026 under a policy that ended on 30 June 2026 is unverified; one on 30 June 2026 is covered', () => {
    const ended = policy(tesla, { endDate: '2026-06-30' });
    expect(checkCoverage({ ...declaration('motor_theft', { event: { date: '2026-07-01' } }), policy: ended }).findings)
      .toEqual([{ key: 'coverage.afterEnd', params: { eventDate: '2026-07-01', endDate: '2026-06-30' } }]);
    expect(checkCoverage({ ...declaration('motor_theft', { event: { date: '2026-06-30' } }), policy: ended }).status).toBe('verified');
  });

  test('a declaration without a valid event date is unverified: the period cannot be checked', () => {
    const check = checkCoverage({ ...declaration('fire', { event: { date: '2026-02-30' } }), policy: policy('BR-2017-440978') });
    expect(check.eventDate).toBeNull();
    expect(keys(check)).toEqual(['coverage.noEventDate']);
  });
});

describe('accident income (Verzekerd Inkomen) covers from the day after signing', () => {
  const signedOn1February2024 = 'VI-2024-880123';
  const death = (date: string) => declaration('bodily_accident', { event: { date, contractKind: 'accident_income' }, damage: { outcome: 'death' } });

  test('an accident-income claim on the policy\'s start date, 1 February 2024, is not covered: cover starts the day after signing', () => {
    expect(checkCoverage({ ...death('2024-02-01'), policy: policy(signedOn1February2024) }).findings).toEqual([
      { key: 'coverage.beforeAccidentIncomeCover', params: { eventDate: '2024-02-01', startDate: '2024-02-01', coverFrom: '2024-02-02' } },
    ]);
  });

  test('an accident-income claim on 2 February 2024, the day after signing, is covered', () => {
    expect(checkCoverage({ ...death('2024-02-02'), policy: policy(signedOn1February2024) }).status).toBe('verified');
  });

  test('a collective accident on its policy\'s start date, 1 April 2020, is covered: only Verzekerd Inkomen waits a day', () => {
    expect(checkCoverage({ ...declaration('bodily_accident', { event: { date: '2020-04-01' } }), policy: policy('LO-2020-220871') }).status).toBe('verified');
  });

  test('a mere injury is unverified under Verzekerd Inkomen: it pays only on death or permanent total invalidity', () => {
    const injury = declaration('bodily_accident', { event: { contractKind: 'accident_income' }, damage: { outcome: 'injury' } });
    expect(checkCoverage({ ...injury, policy: policy(signedOn1February2024) }).findings)
      .toEqual([{ key: 'coverage.accidentIncomeOutcome', params: { outcome: 'injury' } }]);
  });

  test('a declared drunkenness is an exclusion; terrorism is covered and is not a finding', () => {
    const drunk = declaration('bodily_accident', {
      event: { contractKind: 'accident_income', circumstances: ['terrorism', 'drunkenness_or_intoxication'] }, damage: { outcome: 'death' },
    });
    expect(checkCoverage({ ...drunk, policy: policy(signedOn1February2024) }).findings)
      .toEqual([{ key: 'coverage.excludedCircumstance', params: { circumstance: 'drunkenness_or_intoxication' } }]);
  });

  test('a permanent invalidity under a Verzekerd Inkomen policy without that guarantee is unverified', () => {
    const invalid = declaration('bodily_accident', { event: { contractKind: 'accident_income' }, damage: { outcome: 'permanent_invalidity', invalidityPercent: 80 } });
    expect(checkCoverage({ ...invalid, policy: policy(signedOn1February2024, { guarantees: ['death'] }) }).findings)
      .toEqual([{ key: 'coverage.notGuaranteed.permanentInvalidity', params: { guarantee: 'permanent_total_invalidity' } }]);
  });

  test('a declaration naming a collective contract under a Verzekerd Inkomen policy is unverified: the contract is another', () => {
    expect(checkCoverage({ ...declaration('bodily_accident', { damage: { outcome: 'death' } }), policy: policy(signedOn1February2024) }).findings)
      .toEqual([{ key: 'coverage.otherContractKind', params: { declared: 'collective', policy: 'accident_income' } }]);
  });
});

describe('bodily accident contracts', () => {
  const chauffeurs = 'LO-2022-221540'; // death and permanent invalidity only

  test('an injury under a policy without medical costs is unverified: the medical costs are not guaranteed', () => {
    expect(checkCoverage({ ...declaration('bodily_accident'), policy: policy(chauffeurs) }).findings)
      .toEqual([{ key: 'coverage.notGuaranteed.medicalCosts', params: { guarantee: 'medical_costs' } }]);
  });

  test('a death under the same policy is covered by its death guarantee', () => {
    expect(checkCoverage({ ...declaration('bodily_accident', { damage: { outcome: 'death' } }), policy: policy(chauffeurs) }).status).toBe('verified');
  });
});

describe('motor theft', () => {
  test('a motor theft on a liability-only policy is unverified: theft is not guaranteed', () => {
    expect(checkCoverage({ ...declaration('motor_theft'), policy: policy('AU-2016-661877') }).findings)
      .toEqual([{ key: 'coverage.notGuaranteed.theft', params: { guarantee: 'small_omnium', alternative: 'full_omnium' } }]);
  });

  test('an attempted theft on a liability-only policy is unverified too', () => {
    expect(checkCoverage({ ...declaration('motor_theft', { event: { attemptOnly: true } }), policy: policy('AU-2016-661877') }).status).toBe('unverified');
  });

  test('a motor theft on a small omnium policy is verified', () => {
    expect(checkCoverage({ ...declaration('motor_theft'), policy: policy('AU-2024-662450') }).status).toBe('verified');
  });
});

describe('motor damage', () => {
  const liabilityOnly = 'AU-2016-661877';
  const smallOmnium = 'AU-2024-662450';
  const fullOmnium = 'AU-2023-661203';

  test('a collision with a named counterparty, the insured not at fault, is verified on a liability-only policy: the other side pays', () => {
    const notAtFault = declaration('motor_damage', { event: { counterpartyInvolved: true, atFault: false } });
    expect(checkCoverage({ ...notAtFault, policy: policy(liabilityOnly) }).status).toBe('verified');
  });

  test('a collision with a counterparty but no word on fault is unverified on a liability-only policy: it may be own damage', () => {
    expect(checkCoverage({ ...declaration('motor_damage'), policy: policy(liabilityOnly) }).findings)
      .toEqual([{ key: 'coverage.notGuaranteed.ownDamage', params: { kind: 'collision', guarantee: 'full_omnium' } }]);
  });

  test('a collision said not at fault but naming no counterparty is unverified on a liability-only policy', () => {
    const unnamed = declaration('motor_damage', { event: { atFault: false }, parties: { counterparties: [] } });
    expect(keys(checkCoverage({ ...unnamed, policy: policy(liabilityOnly) }))).toEqual(['coverage.notGuaranteed.ownDamage']);
  });

  test('a collision at own fault needs the full omnium: unverified on a small omnium, verified on a full omnium', () => {
    const atFault = declaration('motor_damage', { event: { atFault: true } });
    expect(keys(checkCoverage({ ...atFault, policy: policy(smallOmnium) }))).toEqual(['coverage.notGuaranteed.ownDamage']);
    expect(checkCoverage({ ...atFault, policy: policy(fullOmnium) }).status).toBe('verified');
  });

  test('vandalism needs the full omnium even though nobody on the insured side is at fault', () => {
    const vandalism = declaration('motor_damage', { event: { kind: 'vandalism', counterpartyInvolved: false, europeanAccidentReport: false }, parties: { counterparties: [] } });
    expect(checkCoverage({ ...vandalism, policy: policy(smallOmnium) }).findings)
      .toEqual([{ key: 'coverage.notGuaranteed.ownDamage', params: { kind: 'vandalism', guarantee: 'full_omnium' } }]);
  });

  test('hail damage is a small omnium peril: unverified on liability only, verified on a small omnium', () => {
    const hail = declaration('motor_damage', { event: { kind: 'hail', counterpartyInvolved: false, europeanAccidentReport: false }, parties: { counterparties: [] } });
    expect(checkCoverage({ ...hail, policy: policy(liabilityOnly) }).findings)
      .toEqual([{ key: 'coverage.notGuaranteed.vehicleDamage', params: { kind: 'hail', guarantee: 'small_omnium', alternative: 'full_omnium' } }]);
    expect(checkCoverage({ ...hail, policy: policy(smallOmnium) }).status).toBe('verified');
  });
});

describe('omnium on assignment', () => {
  test('damage to an employee\'s car on assignment is unverified under a policy with no omnium guarantee', () => {
    expect(checkCoverage({ ...declaration('omnium_assignment'), policy: policy('OM-2021-771090', { guarantees: ['replacement_vehicle'] }) }).findings)
      .toEqual([{ key: 'coverage.notGuaranteed.omnium', params: { guarantee: 'small_omnium', alternative: 'full_omnium' } }]);
  });
});

describe('workplace accident policies', () => {
  const withoutPrivateLife = policy('AO-2019-331870', { guarantees: ['workplace_accident', 'commute'] });

  test('a private-life accident under a workplace accident policy without the private-life guarantee is unverified', () => {
    expect(checkCoverage({ ...declaration('private_life'), policy: withoutPrivateLife }).findings)
      .toEqual([{ key: 'coverage.notGuaranteed.privateLife', params: { guarantee: 'private_life' } }]);
  });

  test('an accident on the commute under a policy without the commute guarantee is unverified; at work it is verified', () => {
    const noCommute = policy('AO-2019-331870', { guarantees: ['workplace_accident', 'private_life'] });
    expect(checkCoverage({ ...declaration('workplace_accident', { event: { onCommute: true } }), policy: noCommute }).findings)
      .toEqual([{ key: 'coverage.notGuaranteed.commute', params: { guarantee: 'commute' } }]);
    expect(checkCoverage({ ...declaration('workplace_accident'), policy: noCommute }).status).toBe('verified');
  });
});

describe('fire and hospitalisation', () => {
  test('an electrical fire under a building policy without the fire guarantee is unverified, naming the cause', () => {
    expect(checkCoverage({ ...declaration('fire'), policy: policy('BR-2019-442310', { guarantees: ['storm', 'theft'] }) }).findings)
      .toEqual([{ key: 'coverage.notGuaranteed.fire', params: { cause: 'electrical', guarantee: 'fire' } }]);
  });

  test('a hospital stay is judged on its admission day: admitted on 2 January 2021 under a policy from 1 January 2021 is covered', () => {
    const stay = declaration('collective_hospitalisation', { event: { date: '2020-12-20', cause: 'illness' }, damage: { admissionDate: '2021-01-02', dischargeDate: '2021-01-05' } });
    expect(eventDateOf('collective_hospitalisation', stay.data)).toBe('2021-01-02');
    expect(checkCoverage({ ...stay, policy: policy('CH-2021-550314') })).toEqual({ status: 'verified', findings: [], eventDate: '2021-01-02' });
  });
});

describe('every finding is listed', () => {
  test('a theft on 1 March 2016 under a suspended liability-only policy from 1 September 2016: not in force, before the start, theft not guaranteed', () => {
    const check = checkCoverage({
      ...declaration('motor_theft', { event: { date: '2016-03-01', discoveredAt: '2016-03-01' } }),
      policy: policy('AU-2016-661877', { status: 'suspended' }),
    });
    expect(check.status).toBe('unverified');
    expect(check.findings).toEqual([
      { key: 'coverage.policyNotActive', params: { status: 'suspended' } },
      { key: 'coverage.beforeStart', params: { eventDate: '2016-03-01', startDate: '2016-09-01' } },
      { key: 'coverage.notGuaranteed.theft', params: { guarantee: 'small_omnium', alternative: 'full_omnium' } },
    ]);
  });
});

describe('the findings read in every language', () => {
  test.each(catalogue.languages)('%s words each finding with its dates, statuses, causes and guarantees', (language) => {
    const findings = [
      ...checkCoverage({ ...declaration('motor_theft', { event: { date: '2016-03-01' } }), policy: policy('AU-2016-661877', { status: 'cancelled', endDate: '2015-12-31' }) }).findings,
      ...checkCoverage({ ...declaration('fire'), policy: policy('BR-2019-442310', { guarantees: [] }) }).findings,
      ...checkCoverage({ ...declaration('motor_damage', { event: { kind: 'hail' } }), policy: policy('AU-2016-661877') }).findings,
      ...checkCoverage({ ...declaration('bodily_accident', { event: { date: '2024-02-01', circumstances: ['air_sports'] }, damage: { outcome: 'injury' } }), policy: policy('VI-2024-880123') }).findings,
      ...checkCoverage({ ...declaration('motor_theft'), policy: policy('BR-2017-440978') }).findings,
    ];
    expect(findings).toHaveLength(11);
    for (const finding of findings) {
      const text = catalogue.render(finding, language);
      expect(text).not.toMatch(/\$t\(|\{\{|coverage\.|document\.|label\./);
    }
    if (language === 'en') {
      expect(findings.map((finding) => catalogue.render(finding, 'en'))).toEqual(expect.arrayContaining([
        'The policy is not in force: its status is “Cancelled”.',
        'Theft of the vehicle, attempted or not, is not guaranteed: the policy includes neither “Small omnium” nor “Full omnium”.',
        'Fire damage (cause: Electrical fault) is not guaranteed: the policy does not include “Fire”.',
        'Damage to the vehicle (Hail) is not guaranteed: the policy includes neither “Small omnium” nor “Full omnium”.',
        'A “Fire” policy does not cover a “Motor – theft” declaration.',
      ]));
    }
  });
});
