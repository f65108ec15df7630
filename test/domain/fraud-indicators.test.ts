import {
  type ClaimFacts, defaultFraudThresholds, fraudIndicators, type OtherClaim, possibleDuplicates,
} from '../../domain/claim/fraud-indicators';
import type { ProductLine } from '../../domain/product-lines';

/** A fire claim on a policy of long standing, declared two days after the event: nothing suspicious. */
const claim = (changes: Partial<ClaimFacts> = {}): ClaimFacts => ({
  claimId: 'claim-1',
  type: 'fire',
  eventDate: '2026-03-10',
  declaredOn: '2026-03-12',
  policy: { id: 'policy-1', startDate: '2024-01-01' },
  iban: 'BE68 5390 0754 7034',
  customerId: 'customer-1',
  otherClaims: [],
  personKey: 'person-1',
  totalLoss: false,
  ...changes,
});

const other = (changes: Partial<OtherClaim> & { claimId: string }): OtherClaim => ({
  policyId: 'policy-9', personKey: 'person-9', eventDate: '2025-06-01', iban: null, customerId: 'customer-9', type: 'fire', ...changes,
});

const codes = (facts: ClaimFacts, thresholds = defaultFraudThresholds) => fraudIndicators(facts, thresholds).map(({ code }) => code);

test('a claim on a policy of long standing, declared two days after the event, raises no indicator', () => {
  expect(fraudIndicators(claim())).toEqual([]);
});

describe('an event soon after the policy started or its cover was raised', () => {
  test('a theft 20 days after the policy started is flagged: within 30 days of the start', () => {
    const facts = claim({ type: 'motor_theft', policy: { id: 'policy-1', startDate: '2026-02-18' }, eventDate: '2026-03-10' });
    expect(fraudIndicators(facts).find(({ code }) => code === 'soon_after_policy_start')).toEqual({
      code: 'soon_after_policy_start',
      reason: { key: 'fraud.soonAfterPolicyStart', params: { eventDate: '2026-03-10', startDate: '2026-02-18', days: 20, thresholdDays: 30 } },
      facts: { eventDate: '2026-03-10', startDate: '2026-02-18', days: 20, thresholdDays: 30 },
    });
  });

  test('a fire on day 30 after the start (2026-02-08 → 2026-03-10) is flagged, on day 31 (2026-02-07) it is not', () => {
    expect(codes(claim({ policy: { id: 'policy-1', startDate: '2026-02-08' } }))).toContain('soon_after_policy_start');
    expect(codes(claim({ policy: { id: 'policy-1', startDate: '2026-02-07' } }))).not.toContain('soon_after_policy_start');
  });

  test('a fire 14 days after the cover was raised on 2026-02-24 is flagged; one the day before the raise is not', () => {
    const raised = (eventDate: string) => claim({ eventDate, declaredOn: eventDate, policy: { id: 'policy-1', startDate: '2024-01-01', coverRaisedOn: '2026-02-24' } });
    expect(fraudIndicators(raised('2026-03-10'))).toEqual([expect.objectContaining({
      code: 'soon_after_cover_increase', facts: { eventDate: '2026-03-10', raisedOn: '2026-02-24', days: 14, thresholdDays: 30 },
    })]);
    expect(codes(raised('2026-02-23'))).toEqual([]);
  });

  test('with the threshold set to 10 days, a theft 20 days after the start is no longer flagged', () => {
    const facts = claim({ type: 'motor_theft', policy: { id: 'policy-1', startDate: '2026-02-18' } });
    expect(codes(facts, { ...defaultFraudThresholds, policyStartDays: 10 })).not.toContain('soon_after_policy_start');
  });

  test('a claim without a known policy is not flagged for its start', () => {
    expect(codes(claim({ policy: null }))).toEqual([]);
  });
});

describe('a declaration late for its product line', () => {
  test('a workplace accident of 2026-11-02 declared on 2026-11-11 (day 9) is flagged: the legal period is 8 days', () => {
    const indicators = fraudIndicators(claim({ type: 'workplace_accident', eventDate: '2026-11-02', declaredOn: '2026-11-11' }));
    expect(indicators).toEqual([expect.objectContaining({
      code: 'late_declaration',
      facts: { eventDate: '2026-11-02', declaredOn: '2026-11-11', days: 9, thresholdDays: 8, productLine: 'workplace_accident' },
    })]);
  });

  test('the same workplace accident declared on 2026-11-10 (day 8) is not flagged', () => {
    expect(codes(claim({ type: 'workplace_accident', eventDate: '2026-11-02', declaredOn: '2026-11-10' }))).toEqual([]);
  });

  test('a fire of 2026-03-10 declared 31 days later (2026-04-10) is flagged, 30 days later (2026-04-09) it is not', () => {
    expect(codes(claim({ declaredOn: '2026-04-10' }))).toEqual(['late_declaration']);
    expect(codes(claim({ declaredOn: '2026-04-09' }))).toEqual([]);
  });

  test('one period for all lines: with 10 days, a fire declared 11 days after the event is flagged', () => {
    expect(codes(claim({ declaredOn: '2026-03-21' }), { ...defaultFraudThresholds, lateDeclarationDays: 10 })).toEqual(['late_declaration']);
    expect(codes(claim({ declaredOn: '2026-03-20' }), { ...defaultFraudThresholds, lateDeclarationDays: 10 })).toEqual([]);
  });

  test('a period per line: 2 days for fire flags a fire declared 3 days after the event', () => {
    const lateDeclarationDays = { ...(defaultFraudThresholds.lateDeclarationDays as Record<ProductLine, number>), fire: 2 };
    expect(codes(claim({ declaredOn: '2026-03-13' }), { ...defaultFraudThresholds, lateDeclarationDays })).toEqual(['late_declaration']);
  });
});

describe('three or more claims on the same policy or person within 12 months, this one included', () => {
  const onPolicy = (claimId: string, eventDate: string) => other({ claimId, eventDate, policyId: 'policy-1' });

  test('claims of 2025-04-01, 2025-09-15 and this one of 2026-03-10 on one policy are flagged: 3 in 12 months', () => {
    const indicators = fraudIndicators(claim({ otherClaims: [onPolicy('claim-2', '2025-04-01'), onPolicy('claim-3', '2025-09-15')] }));
    expect(indicators).toEqual([{
      code: 'frequent_claims',
      reason: { key: 'fraud.frequentClaims', params: { count: 3, months: 12, thresholdCount: 3 } },
      facts: { count: 3, months: 12, thresholdCount: 3, since: '2025-04-01', claimIds: ['claim-1', 'claim-2', 'claim-3'] },
    }]);
  });

  test('with the first claim on 2025-03-10, exactly 12 months before this one, the three are not flagged', () => {
    expect(codes(claim({ otherClaims: [onPolicy('claim-2', '2025-03-10'), onPolicy('claim-3', '2025-09-15')] }))).toEqual([]);
  });

  test('the earliest of three claims is flagged too: 2026-03-10, then 2026-06-01 and 2027-03-09', () => {
    expect(codes(claim({ otherClaims: [onPolicy('claim-2', '2026-06-01'), onPolicy('claim-3', '2027-03-09')] }))).toEqual(['frequent_claims']);
  });

  test('the same person on other policies counts; other people on other policies do not', () => {
    const samePerson = [other({ claimId: 'claim-2', personKey: 'person-1', eventDate: '2025-12-01' }), other({ claimId: 'claim-3', personKey: 'person-1', eventDate: '2026-01-20' })];
    expect(codes(claim({ otherClaims: samePerson }))).toEqual(['frequent_claims']);
    const strangers = [other({ claimId: 'claim-2', eventDate: '2025-12-01' }), other({ claimId: 'claim-3', eventDate: '2026-01-20' })];
    expect(codes(claim({ otherClaims: strangers }))).toEqual([]);
  });

  test('with the count set to 2 and the window to 6 months, a second claim on 2025-09-11 is flagged, on 2025-09-10 (6 months) it is not', () => {
    const thresholds = { ...defaultFraudThresholds, frequentClaimsCount: 2, frequentClaimsMonths: 6 };
    expect(codes(claim({ otherClaims: [onPolicy('claim-2', '2025-09-11')] }), thresholds)).toEqual(['frequent_claims']);
    expect(codes(claim({ otherClaims: [onPolicy('claim-2', '2025-09-10')] }), thresholds)).toEqual([]);
  });
});

describe('the same IBAN on claims of other customers', () => {
  test('an IBAN given by customer-9 on claim-2, written without spaces, is flagged', () => {
    const indicators = fraudIndicators(claim({ otherClaims: [other({ claimId: 'claim-2', iban: 'be68539007547034' })] }));
    expect(indicators).toEqual([{
      code: 'shared_iban',
      reason: { key: 'fraud.sharedIban', params: { iban: 'BE68539007547034', claimCount: 1 } },
      facts: { iban: 'BE68539007547034', claimIds: ['claim-2'], customerIds: ['customer-9'] },
    }]);
  });

  test('the same IBAN on another claim of the same customer is not flagged', () => {
    expect(codes(claim({ otherClaims: [other({ claimId: 'claim-2', iban: 'BE68 5390 0754 7034', customerId: 'customer-1' })] }))).toEqual([]);
  });

  test('a claim without an IBAN is not flagged', () => {
    expect(codes(claim({ iban: null, otherClaims: [other({ claimId: 'claim-2', iban: null })] }))).toEqual([]);
  });
});

describe('theft of a vehicle insured for less than 3 months', () => {
  const theft = (startDate: string, eventDate: string) => claim({ type: 'motor_theft', eventDate, declaredOn: eventDate, policy: { id: 'policy-1', startDate } });

  test('a car insured on 2025-11-30 and stolen on 2026-02-27 is flagged: 3 months end on 2026-02-28', () => {
    expect(fraudIndicators(theft('2025-11-30', '2026-02-27')).find(({ code }) => code === 'recent_vehicle_cover')).toEqual({
      code: 'recent_vehicle_cover',
      reason: { key: 'fraud.recentVehicleCover', params: { eventDate: '2026-02-27', startDate: '2025-11-30', thresholdMonths: 3 } },
      facts: { eventDate: '2026-02-27', startDate: '2025-11-30', thresholdMonths: 3 },
    });
  });

  test('the same car stolen on 2026-02-28, three months after, is not flagged', () => {
    expect(codes(theft('2025-11-30', '2026-02-28'))).not.toContain('recent_vehicle_cover');
  });

  test('damage (not theft) to a car insured for 2 months is not flagged as a theft', () => {
    expect(codes(claim({ type: 'motor_damage', policy: { id: 'policy-1', startDate: '2026-01-10' } }))).not.toContain('recent_vehicle_cover');
  });

  test('with the threshold set to 6 months, a theft 5 months after the start is flagged', () => {
    expect(codes(theft('2025-10-01', '2026-03-01'), { ...defaultFraudThresholds, recentVehicleCoverMonths: 6 })).toEqual(['recent_vehicle_cover']);
    expect(codes(theft('2025-10-01', '2026-03-01'))).toEqual([]);
  });
});

describe('a total loss within 90 days of a raise of the insured value', () => {
  const loss = (insuredValueRaisedOn: string | null, totalLoss = true) => claim({
    type: 'motor_damage', totalLoss, policy: { id: 'policy-1', startDate: '2024-01-01', insuredValueRaisedOn },
  });

  test('a car written off on 2026-03-10, 90 days after its insured value was raised on 2025-12-10, is flagged', () => {
    expect(fraudIndicators(loss('2025-12-10'))).toEqual([{
      code: 'total_loss_after_value_raise',
      reason: { key: 'fraud.totalLossAfterValueRaise', params: { eventDate: '2026-03-10', raisedOn: '2025-12-10', days: 90, thresholdDays: 90 } },
      facts: { eventDate: '2026-03-10', raisedOn: '2025-12-10', days: 90, thresholdDays: 90 },
    }]);
  });

  test('a repairable car damaged 20 days after the raise is not flagged', () => {
    expect(codes(loss('2026-02-18', false))).toEqual([]);
  });

  test('a total loss 91 days after the raise (2025-12-09) is not flagged; with the threshold at 120 days it is', () => {
    expect(codes(loss('2025-12-09'))).toEqual([]);
    expect(codes(loss('2025-12-09'), { ...defaultFraudThresholds, valueRaisedDays: 120 })).toEqual(['total_loss_after_value_raise']);
  });

  test('a total loss on a policy whose insured value was never raised is not flagged', () => {
    expect(codes(loss(null))).toEqual([]);
    expect(codes(claim({ type: 'motor_damage', totalLoss: true }))).toEqual([]);
  });

  test('a total loss before the raise (the raise came after the event) is not flagged', () => {
    expect(codes(loss('2026-03-11'))).toEqual([]);
  });
});

describe('possible duplicates: same policy, same type, event dates within 3 days', () => {
  const onPolicy = (claimId: string, eventDate: string, changes: Partial<OtherClaim> = {}) => other({ claimId, eventDate, policyId: 'policy-1', ...changes });

  test('fires on the same policy on 2026-03-07 and 2026-03-13, 3 days either side of 2026-03-10, are possible duplicates', () => {
    expect(possibleDuplicates(claim({ otherClaims: [onPolicy('claim-2', '2026-03-07'), onPolicy('claim-3', '2026-03-13')] }))).toEqual(['claim-2', 'claim-3']);
  });

  test('a fire 4 days away, another type or another policy is not a possible duplicate', () => {
    const others = [onPolicy('claim-2', '2026-03-14'), onPolicy('claim-3', '2026-03-10', { type: 'liability' }), other({ claimId: 'claim-4', eventDate: '2026-03-10' })];
    expect(possibleDuplicates(claim({ otherClaims: others }))).toEqual([]);
  });

  test('within 5 days, the fire 4 days away is a possible duplicate', () => {
    expect(possibleDuplicates(claim({ otherClaims: [onPolicy('claim-2', '2026-03-14')] }), 5)).toEqual(['claim-2']);
  });

  test('a claim without a known policy has no possible duplicates', () => {
    expect(possibleDuplicates(claim({ policy: null, otherClaims: [onPolicy('claim-2', '2026-03-10')] }))).toEqual([]);
  });
});
