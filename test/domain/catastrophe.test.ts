import {
  catastropheConcerns, catastropheFactsOf, type CatastropheFacts, fastTrackVerdict, type FastTrackFacts, type FastTrackRule, payoutIbanOf, postcodeListed,
} from '../../domain/catastrophe';

const eunice = { peril: 'storm' as const, startsOn: '2026-02-18', endsOn: '2026-02-21', postcodes: ['8400', '8600-8699'] };
const stormOnCar: CatastropheFacts = { type: 'motor_damage', eventDate: '2026-02-18', eventPostcode: '8400', riskPostcode: null, kind: 'storm' };

describe('which declarations a catastrophe event concerns', () => {
  test('a postcode matches one of the list or falls inside a range, both ends included', () => {
    expect(postcodeListed(['8400', '8600-8699'], '8400')).toBe(true);
    expect(postcodeListed(['8400', '8600-8699'], '8600')).toBe(true);
    expect(postcodeListed(['8400', '8600-8699'], '8699')).toBe(true);
    expect(postcodeListed(['8400', '8600-8699'], '8700')).toBe(false);
    expect(postcodeListed(['8400'], '84000')).toBe(false);
    expect(postcodeListed(['8400'], null)).toBe(false);
  });

  test('storm damage to a car in Ostend on the first day of storm Eunice is concerned', () => {
    expect(catastropheConcerns(eunice, stormOnCar)).toBe(true);
  });

  test('the day after the period, or a postcode outside the list, is not concerned', () => {
    expect(catastropheConcerns(eunice, { ...stormOnCar, eventDate: '2026-02-22' })).toBe(false);
    expect(catastropheConcerns(eunice, { ...stormOnCar, eventDate: '2026-02-17' })).toBe(false);
    expect(catastropheConcerns(eunice, { ...stormOnCar, eventPostcode: '2000' })).toBe(false);
  });

  test('a collision during a storm is not storm damage; a liability claim never is', () => {
    expect(catastropheConcerns(eunice, { ...stormOnCar, kind: 'collision' })).toBe(false);
    expect(catastropheConcerns(eunice, { ...stormOnCar, type: 'liability', kind: null })).toBe(false);
  });

  test('hail concerns hail and glass damage to a car, not storm damage', () => {
    const hail = { ...eunice, peril: 'hail' as const };
    expect(catastropheConcerns(hail, { ...stormOnCar, kind: 'hail' })).toBe(true);
    expect(catastropheConcerns(hail, { ...stormOnCar, kind: 'glass' })).toBe(true);
    expect(catastropheConcerns(hail, stormOnCar)).toBe(false);
  });

  test("a building's damage of unknown cause matches by the insured building's postcode, even when declared from elsewhere", () => {
    const facts = catastropheFactsOf('fire', { event: { date: '2026-02-19', cause: 'unknown', place: { postalCode: '1000' } } },
      { kind: 'building', address: { postalCode: '8620' } });
    expect(facts).toEqual({ type: 'fire', eventDate: '2026-02-19', eventPostcode: '1000', riskPostcode: '8620', kind: 'unknown' });
    expect(catastropheConcerns(eunice, facts)).toBe(true);
    expect(catastropheConcerns(eunice, { ...facts, kind: 'fire' })).toBe(false);
  });
});

describe('the fast track of a catastrophe event', () => {
  const rule: FastTrackRule = { name: 'catastrophe_small_damage', maxEstimatedCents: 1_000_00, paymentLimitCents: 800_00 };
  const small: FastTrackFacts = {
    type: 'motor_damage', kind: 'storm', estimatedAmountCents: 650_00, photoCount: 1, iban: 'BE68539007547034',
    claimStatus: 'in_handling', coverageStatus: 'verified', moneyMoved: false,
  };

  test('a storm-damaged car estimated at €650 with a photo and a known account is paid €650 by the system', () => {
    expect(fastTrackVerdict(small, rule)).toEqual({ eligible: true, amountCents: 650_00 });
  });

  test('a broken windscreen is simple damage too', () => {
    expect(fastTrackVerdict({ ...small, kind: 'glass' }, rule)).toEqual({ eligible: true, amountCents: 650_00 });
  });

  test('above the configured amount (€1,000) the claim goes to a handler', () => {
    expect(fastTrackVerdict({ ...small, estimatedAmountCents: 1_000_01 }, rule)).toEqual({ eligible: false, reason: 'above_amount' });
  });

  test('within the amount but above the payment limit (€800) the system does not pay', () => {
    expect(fastTrackVerdict({ ...small, estimatedAmountCents: 900_00 }, rule)).toEqual({ eligible: false, reason: 'above_limit' });
  });

  test('without a photo, an estimate or an account to pay, there is no fast track, and the reason says which', () => {
    expect(fastTrackVerdict({ ...small, photoCount: 0 }, rule)).toEqual({ eligible: false, reason: 'no_photo' });
    expect(fastTrackVerdict({ ...small, estimatedAmountCents: null }, rule)).toEqual({ eligible: false, reason: 'no_estimate' });
    expect(fastTrackVerdict({ ...small, iban: null }, rule)).toEqual({ eligible: false, reason: 'no_iban' });
  });

  test('a collision, a claim already decided or paid, or unverified cover is left to the handler', () => {
    expect(fastTrackVerdict({ ...small, kind: 'collision' }, rule)).toEqual({ eligible: false, reason: 'not_simple_damage' });
    expect(fastTrackVerdict({ ...small, claimStatus: 'accepted' }, rule)).toEqual({ eligible: false, reason: 'already_handled' });
    expect(fastTrackVerdict({ ...small, moneyMoved: true }, rule)).toEqual({ eligible: false, reason: 'already_handled' });
    expect(fastTrackVerdict({ ...small, coverageStatus: 'unverified' }, rule)).toEqual({ eligible: false, reason: 'cover_unverified' });
  });

  test("the payee's account is the declaration's own, else the policy's payout account, else its linked account", () => {
    expect(payoutIbanOf({ damage: { iban: 'BE68 5390 0754 7034' } }, { payoutIban: 'BE71096123456769' }, null)).toBe('BE68539007547034');
    expect(payoutIbanOf({ damage: {} }, { payoutIban: 'be71 0961 2345 6769' }, null)).toBe('BE71096123456769');
    expect(payoutIbanOf({}, {}, { linkedAccount: 'BE68 5390 0754 7034' })).toBe('BE68539007547034');
    expect(payoutIbanOf({}, {}, {})).toBeNull();
  });
});
