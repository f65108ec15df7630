import {
  CLAIM_FREE_MONTHS, DRIVER_GUARANTEE, INSURED_VALUE_RAISE_PERCENT, OCCUPANT_TRANSPORT_HOME_COUNTRY, SENIOR_GUARANTEE_MIN_AGE, TOWING_COUNTRIES,
  accidentInFault, ageOn, claimFreeSince, counterpartyShareCents, injuryCover, isBobDriver, jokerStatus, liabilityOf, nextJokerOn, premiumEffect,
  replacementVehicleWithRepair, seniorGuarantee, totalLossWithValueRaise, towingRefusal,
} from '../../domain/rules/motor-fault';
import { totalLossValuation } from '../../domain/rules/motor';
import { assessDeclaration } from '../../domain/assessment';

const atFault = liabilityOf('at_fault');
const notAtFault = liabilityOf('not_at_fault');
const shared30 = liabilityOf('shared', 30);

describe('the business numbers of seed 001 on fault', () => {
  test('five years without an accident in fault (Joker, 58+), age 58, 10 % raise, towing in BE and LU, transport home in BE, the driver guarantee', () => {
    // "vijf jaar zonder ongevallen in fout" · "Je bent 58 jaar of meer" · "met 10% te verhogen" · "in België of Luxemburg" · "naar hun domicilie in België"
    expect(CLAIM_FREE_MONTHS).toBe(60);
    expect(SENIOR_GUARANTEE_MIN_AGE).toBe(58);
    expect(INSURED_VALUE_RAISE_PERCENT).toBe(10);
    expect(TOWING_COUNTRIES).toEqual(['BE', 'LU']);
    expect(OCCUPANT_TRANSPORT_HOME_COUNTRY).toBe('BE');
    expect(DRIVER_GUARANTEE).toBe('driver_cover');
  });
});

describe('liability', () => {
  test('not at fault is 0 %, at fault 100 %, shared names the driver\'s share from 1 to 99 %', () => {
    expect([notAtFault.ownSharePercent, atFault.ownSharePercent, shared30.ownSharePercent]).toEqual([0, 100, 30]);
    expect(() => liabilityOf('shared')).toThrow(RangeError);
    expect(() => liabilityOf('shared', 0)).toThrow(RangeError);
    expect(() => liabilityOf('shared', 100)).toThrow(RangeError);
    expect(() => liabilityOf('shared', 12.5)).toThrow(RangeError);
  });

  test('any share of fault is an accident in fault; only not at fault is not', () => {
    expect([accidentInFault(notAtFault), accidentInFault(shared30), accidentInFault(atFault)]).toEqual([false, true, true]);
  });

  test('the counterparty\'s insurer owes its share, rounded half up to the cent', () => {
    expect(counterpartyShareCents(185_000, notAtFault)).toBe(185_000);
    expect(counterpartyShareCents(185_001, shared30)).toBe(129_501); // 70 % of 1,850.01 = 1,295.007
    expect(counterpartyShareCents(185_000, atFault)).toBe(0);
  });
});

describe('bodily injury: "inzittenden worden altijd vergoed"; the driver by the other side, or with the driver guarantee', () => {
  const withGuarantee = { driverGuarantee: true };
  const without = { driverGuarantee: false };

  test('a passenger is always compensated, whatever the liability and the guarantees', () => {
    expect(injuryCover('passenger', atFault, without)).toEqual({ counterpartyPercent: 0, ownInsurerPercent: 100, uncoveredPercent: 0, basis: 'passenger' });
    expect(injuryCover('passenger', shared30, without)).toEqual({ counterpartyPercent: 70, ownInsurerPercent: 30, uncoveredPercent: 0, basis: 'passenger' });
    expect(injuryCover('passenger', notAtFault, without)).toEqual({ counterpartyPercent: 100, ownInsurerPercent: 0, uncoveredPercent: 0, basis: 'passenger' });
  });

  test('a driver not at fault is compensated by the counterparty\'s insurer', () => {
    expect(injuryCover('driver', notAtFault, without)).toEqual({ counterpartyPercent: 100, ownInsurerPercent: 0, uncoveredPercent: 0, basis: 'counterparty' });
  });

  test('a driver at fault is covered only with the driver guarantee; without it, left to the health fund', () => {
    expect(injuryCover('driver', atFault, withGuarantee)).toEqual({ counterpartyPercent: 0, ownInsurerPercent: 100, uncoveredPercent: 0, basis: 'driver_guarantee' });
    expect(injuryCover('driver', atFault, without)).toEqual({ counterpartyPercent: 0, ownInsurerPercent: 0, uncoveredPercent: 100, basis: 'no_driver_guarantee' });
    expect(injuryCover('driver', shared30, without)).toEqual({ counterpartyPercent: 70, ownInsurerPercent: 0, uncoveredPercent: 30, basis: 'no_driver_guarantee' });
  });

  test('a BOB driver at fault is covered by the driver guarantee even when the policy does not have it', () => {
    expect(injuryCover('driver', atFault, without, true)).toEqual({ counterpartyPercent: 0, ownInsurerPercent: 100, uncoveredPercent: 0, basis: 'bob_driver' });
  });

  test('a BOB driver has a valid licence, does not live with the policyholder, and drives while the policyholder or household is aboard', () => {
    const bob = { validLicence: true, livesWithPolicyholder: false, policyholderOrHouseholdAboard: true };
    expect(isBobDriver(bob)).toBe(true);
    expect(isBobDriver({ ...bob, livesWithPolicyholder: true })).toBe(false);
    expect(isBobDriver({ ...bob, policyholderOrHouseholdAboard: false })).toBe(false);
    expect(isBobDriver({ ...bob, validLicence: false })).toBe(false);
  });
});

describe('the Joker: five years without an accident in fault spare the premium rise of the next one', () => {
  test('the clean period runs from the record or the last accident in fault before the day, whichever is later', () => {
    expect(claimFreeSince('2015-01-01', [], '2026-11-18')).toBe('2015-01-01');
    expect(claimFreeSince('2015-01-01', ['2023-06-30', '2021-02-01'], '2026-11-18')).toBe('2023-06-30');
    expect(claimFreeSince('2015-01-01', ['2027-01-05'], '2026-11-18')).toBe('2015-01-01'); // a later accident does not count back
  });

  test('the Joker is earned on the fifth anniversary, not the day before', () => {
    expect(jokerStatus('2021-11-18', [], '2026-11-18')).toEqual({ available: true, claimFreeSince: '2021-11-18', earnedOn: '2026-11-18' });
    expect(jokerStatus('2021-11-19', [], '2026-11-18').available).toBe(false);
  });

  test('the first accident in fault uses the Joker; the second, within five years of it, raises the premium', () => {
    const first = jokerStatus('2015-01-01', [], '2026-11-18');
    expect(premiumEffect(atFault, first)).toBe('joker_used');
    const second = jokerStatus('2015-01-01', ['2026-11-18'], '2026-11-20');
    expect(second).toMatchObject({ available: false, claimFreeSince: '2026-11-18', earnedOn: '2031-11-18' });
    expect(premiumEffect(atFault, second)).toBe('premium_raised');
  });

  test('after an accident in fault the next Joker is earned five years after it; not in fault, the earlier day stands', () => {
    const joker = jokerStatus('2015-01-01', [], '2026-11-18');
    expect(nextJokerOn(atFault, joker, '2026-11-18')).toBe('2031-11-18');
    expect(nextJokerOn(shared30, joker, '2026-11-18')).toBe('2031-11-18');
    expect(nextJokerOn(notAtFault, joker, '2026-11-18')).toBe('2020-01-01');
  });

  test('a shared liability uses the Joker too; an accident not at fault leaves it', () => {
    const joker = jokerStatus('2015-01-01', [], '2026-11-18');
    expect(premiumEffect(shared30, joker)).toBe('joker_used');
    expect(premiumEffect(notAtFault, joker)).toBe('unchanged_not_in_fault');
  });
});

describe('the 58+ guarantee: no cancellation after a claim, except in aggravating circumstances', () => {
  test('age in full years on the day', () => {
    expect(ageOn('1968-11-18', '2026-11-18')).toBe(58);
    expect(ageOn('1968-11-19', '2026-11-18')).toBe(57);
  });

  test('58 or more and five years clean protects; 57, a recent accident in fault, drunkenness or an unknown birth date do not', () => {
    const base = { birthDate: '1962-05-14', on: '2026-11-18', claimFreeSince: '2015-01-01', aggravating: null };
    expect(seniorGuarantee(base)).toBe('protects');
    expect(seniorGuarantee({ ...base, birthDate: '1968-11-18' })).toBe('protects'); // 58 that day
    expect(seniorGuarantee({ ...base, birthDate: '1968-11-19' })).toBe('under_age');
    expect(seniorGuarantee({ ...base, claimFreeSince: '2023-06-30' })).toBe('not_claim_free');
    expect(seniorGuarantee({ ...base, aggravating: 'drunkenness' })).toBe('aggravating_circumstance');
    expect(seniorGuarantee({ ...base, birthDate: null })).toBe('birth_date_unknown');
  });
});

describe('towing and transport home: an immobilised car in Belgium or Luxembourg, occupants home in Belgium', () => {
  const order = { country: 'BE', immobilised: true, unharmedOccupants: 2, homeCountry: 'BE' };
  test('included in Belgium and Luxembourg; not in France, not for a car that still drives, not to a home abroad', () => {
    expect(towingRefusal(order)).toBeNull();
    expect(towingRefusal({ ...order, country: 'LU' })).toBeNull();
    expect(towingRefusal({ ...order, country: 'FR' })).toBe('outside_belgium_or_luxembourg');
    expect(towingRefusal({ ...order, immobilised: false })).toBe('not_immobilised');
    expect(towingRefusal({ ...order, homeCountry: 'NL' })).toBe('home_outside_belgium');
    expect(towingRefusal({ ...order, unharmedOccupants: 0, homeCountry: 'NL' })).toBeNull(); // only the car: no home to reach
  });
});

describe('the approved garage gives a replacement vehicle for the repair, besides the 10 / 20 / 30 days', () => {
  test('the longer of the guarantee\'s days and the repair\'s duration at an approved garage', () => {
    expect(replacementVehicleWithRepair(10, { approvedGarage: true, repairDays: 14 })).toEqual({ days: 14, basis: 'approved_garage' });
    expect(replacementVehicleWithRepair(10, { approvedGarage: true, repairDays: 6 })).toEqual({ days: 10, basis: 'guarantee' });
    expect(replacementVehicleWithRepair(10, { approvedGarage: false, repairDays: 14 })).toEqual({ days: 10, basis: 'guarantee' });
    expect(replacementVehicleWithRepair(0, { approvedGarage: true, repairDays: 5 })).toEqual({ days: 5, basis: 'approved_garage' }); // liability alone
    expect(replacementVehicleWithRepair(0, { approvedGarage: false, repairDays: 5 })).toEqual({ days: 0, basis: 'none' });
  });
});

describe('the insured value raised by 10 % pays 10 % more on a total loss within the value protection', () => {
  test('€38,500 insured: €42,350 in the first 12 months; the real value after 48 months, without the raise', () => {
    const early = totalLossValuation({ signedOn: '2023-03-15', lossDate: '2024-01-10', insuredValueCents: 3_850_000, kilometresDriven: 9_000 });
    expect(totalLossWithValueRaise(early, 3_850_000, true)).toBe(4_235_000);
    expect(totalLossWithValueRaise(early, 3_850_000, false)).toBe(3_850_000);
    const late = totalLossValuation({ signedOn: '2019-03-15', lossDate: '2024-01-10', insuredValueCents: 3_850_000, kilometresDriven: 90_000, expertRealValueCents: 1_200_000 });
    expect(totalLossWithValueRaise(late, 3_850_000, true)).toBe(1_200_000);
  });
});

describe('the declaration\'s assessment pays the raise on a policy whose insured value was raised by 10 %', () => {
  const declaration = (terms: Record<string, unknown>) => assessDeclaration({
    type: 'motor_damage', attachments: [], submittedAt: null, now: new Date('2025-06-01T10:00:00Z'),
    data: { event: { date: '2025-05-10', kind: 'collision', counterpartyInvolved: false, place: { country: 'BE' } }, damage: { totalLoss: true, kilometresDriven: 12_000 } },
    policy: { productLine: 'motor', startDate: '2024-09-01', terms: { omnium: 'small', ...terms }, insuredObject: { insuredValueCents: 5_290_000 } },
  }).motor?.totalLoss?.compensationCents;

  test('the Tesla insured at €52,900, signed 1 September 2024, lost on 10 May 2025: €58,190 with the raise, €52,900 without', () => {
    expect(declaration({ insuredValueRaisePercent: 10 })).toBe(5_819_000);
    expect(declaration({})).toBe(5_290_000);
  });
});
