import {
  ANNUAL_PREMIUM_CENTS, DEATH_INSTALMENT_MONTHS, DEATH_LUMP_SUM_CENTS, EXCLUSIONS, MIN_INVALIDITY_PERCENT,
  annualPremiumCents, assessAccidentIncome, assessInvalidity, benefitBase, benefitTerms, coverStartDate, coveredOn, deathBeneficiaries,
  deathSchedule, equalInstalments, exclusionFlags, invaliditySchedule, totalBenefitCents,
  type AccidentIncomeClaim, type DomiciledTransaction, type Exclusion, type Family,
} from '../../../domain/rules/accident-income';
import { addMonths } from '../../../domain/rules/calendar';

const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);
/** One transaction a month, 2025-06-20 to 2026-05-20: the twelve months before an accident on 2026-06-15. */
const monthly = (kind: DomiciledTransaction['kind'], amountCents: number): DomiciledTransaction[] =>
  Array.from({ length: 12 }, (_, i) => ({ date: addMonths('2025-06-20', i), kind, amountCents }));

describe('formulas 12, 12/24 and 24', () => {
  test('formula 12: spread over 12 months, €7,500 to €30,000, €23.49 a year', () => {
    expect(benefitTerms('12', false)).toEqual({ spreadMonths: 12, multiplier: 1, minCents: 750_000, maxCents: 3_000_000 });
    expect(benefitTerms('12', true)).toEqual(benefitTerms('12', false));
    expect(ANNUAL_PREMIUM_CENTS['12']).toBe(2_349);
  });

  test('formula 12/24: 12 months, €7,500 to €30,000; a traffic accident doubles it over 24 months, €15,000 to €60,000; €30.99 a year', () => {
    expect(benefitTerms('12/24', false)).toEqual({ spreadMonths: 12, multiplier: 1, minCents: 750_000, maxCents: 3_000_000 });
    expect(benefitTerms('12/24', true)).toEqual({ spreadMonths: 24, multiplier: 2, minCents: 1_500_000, maxCents: 6_000_000 });
    expect(ANNUAL_PREMIUM_CENTS['12/24']).toBe(3_099);
  });

  test('formula 24: double, over 24 months, €15,000 to €60,000, €38.49 a year', () => {
    expect(benefitTerms('24', false)).toEqual({ spreadMonths: 24, multiplier: 2, minCents: 1_500_000, maxCents: 6_000_000 });
    expect(ANNUAL_PREMIUM_CENTS['24']).toBe(3_849);
  });
});

describe('premium: under 30, formula 12/24 is free the first year', () => {
  test('29 at signing (born 1996-06-15, signed 2026-06-14): 12/24 costs €0 the first year and €30.99 the second', () => {
    expect(annualPremiumCents('12/24', '1996-06-15', '2026-06-14', 1)).toBe(0);
    expect(annualPremiumCents('12/24', '1996-06-15', '2026-06-14', 2)).toBe(3_099);
  });

  test('30 on the day of signing (signed 2026-06-15): €30.99 from the first year', () => {
    expect(annualPremiumCents('12/24', '1996-06-15', '2026-06-15', 1)).toBe(3_099);
  });

  test('the free year is for formula 12/24 only: under 30, formula 12 costs €23.49 and formula 24 €38.49', () => {
    expect(annualPremiumCents('12', '2000-01-01', '2026-01-01', 1)).toBe(2_349);
    expect(annualPremiumCents('24', '2000-01-01', '2026-01-01', 1)).toBe(3_849);
  });
});

describe('the base: the twelve months before the accident', () => {
  test('salary €2,000 a month and regular expenses €900 a month: the base is the larger, €24,000 of income', () => {
    const base = benefitBase({ accidentDate: '2026-06-15', transactions: [...monthly('salary', 200_000), ...monthly('rent', 90_000)] });
    expect(base).toEqual({
      from: '2025-06-15', to: '2026-06-14',
      incomeCents: 2_400_000, selfEmployedFlatIncomeCents: 0, regularExpensesCents: 1_080_000, baseCents: 2_400_000, basedOn: 'income',
    });
  });

  test('when domiciled expenses exceed domiciled income, the expenses are the base: €600 child benefit vs €1,000 rent and utilities a month', () => {
    const transactions = [...monthly('child_benefit', 60_000), ...monthly('rent', 80_000), ...monthly('utilities', 20_000)];
    expect(benefitBase({ accidentDate: '2026-06-15', transactions })).toMatchObject({ baseCents: 1_200_000, basedOn: 'regular_expenses' });
  });

  test('the window runs from 2025-06-15 to 2026-06-14 for an accident on 2026-06-15: both ends in, the day of the accident out', () => {
    const at = (date: string): DomiciledTransaction => ({ date, kind: 'salary', amountCents: 100 });
    const { incomeCents } = benefitBase({ accidentDate: '2026-06-15', transactions: ['2025-06-14', '2025-06-15', '2026-06-14', '2026-06-15'].map(at) });
    expect(incomeCents).toBe(200);
  });

  test('self-employed: a flat six times the social contributions of the last four quarters (4 × €1,000 → €24,000)', () => {
    const base = benefitBase({ accidentDate: '2026-06-15', transactions: [], selfEmployedQuarterlyContributionsCents: [100_000, 100_000, 100_000, 100_000] });
    expect(base).toMatchObject({ selfEmployedFlatIncomeCents: 2_400_000, baseCents: 2_400_000 });
  });
});

describe('the total benefit, clamped to the formula\'s minimum and maximum', () => {
  test('formula 12: a base of €5,000 gives the minimum €7,500; €20,000 gives €20,000; €40,000 gives the maximum €30,000', () => {
    const terms = benefitTerms('12', false);
    expect(totalBenefitCents(500_000, terms)).toBe(750_000);
    expect(totalBenefitCents(2_000_000, terms)).toBe(2_000_000);
    expect(totalBenefitCents(4_000_000, terms)).toBe(3_000_000);
  });

  test('formula 12/24: a base of €20,000 gives €20,000, and €40,000 after a traffic accident', () => {
    expect(totalBenefitCents(2_000_000, benefitTerms('12/24', false))).toBe(2_000_000);
    expect(totalBenefitCents(2_000_000, benefitTerms('12/24', true))).toBe(4_000_000);
  });

  test('formula 12/24, traffic accident: minimum €15,000 (base €5,000), maximum €60,000 (base €35,000)', () => {
    expect(totalBenefitCents(500_000, benefitTerms('12/24', true))).toBe(1_500_000);
    expect(totalBenefitCents(3_500_000, benefitTerms('12/24', true))).toBe(6_000_000);
  });

  test('formula 24: double, €15,000 to €60,000 (base €5,000 → €15,000, €20,000 → €40,000, €35,000 → €60,000)', () => {
    const terms = benefitTerms('24', false);
    expect([500_000, 2_000_000, 3_500_000].map((base) => totalBenefitCents(base, terms))).toEqual([1_500_000, 4_000_000, 6_000_000]);
  });
});

describe('instalments add up exactly to the total', () => {
  test('€10,000.01 in 12 instalments: five of €833.34 then seven of €833.33, summing to exactly 1,000,001 cents', () => {
    const instalments = equalInstalments(1_000_001, 12);
    expect(instalments).toEqual([...Array(5).fill(83_334), ...Array(7).fill(83_333)]);
    expect(sum(instalments)).toBe(1_000_001);
  });

  test('any total splits into instalments at most 1 cent apart that sum exactly', () => {
    for (const [total, count] of [[3_750_000, 23], [2_749_999, 11], [1, 24], [0, 12], [5_999_977, 24]]) {
      const instalments = equalInstalments(total, count);
      expect(instalments).toHaveLength(count);
      expect(sum(instalments)).toBe(total);
      expect(Math.max(...instalments) - Math.min(...instalments)).toBeLessThanOrEqual(1);
    }
  });
});

describe('death: €2,500 at once, the rest in equal monthly instalments over 11 or 23 months', () => {
  test('the numbers: €2,500, 11 or 23 months', () => {
    expect(DEATH_LUMP_SUM_CENTS).toBe(250_000);
    expect(DEATH_INSTALMENT_MONTHS).toEqual({ 12: 11, 24: 23 });
  });

  test('formula 12, €30,000: €2,500 at once, then 11 × €2,500', () => {
    expect(deathSchedule(3_000_000, benefitTerms('12', false))).toEqual({
      lumpSumCents: 250_000, instalmentsCents: Array(11).fill(250_000), totalCents: 3_000_000,
    });
  });

  test('formula 12/24 traffic, €40,000: €2,500 at once, then 23 instalments of €37,500 / 23 summing exactly (11 × €1,630.44 + 12 × €1,630.43)', () => {
    const schedule = deathSchedule(4_000_000, benefitTerms('12/24', true));
    expect(schedule.lumpSumCents).toBe(250_000);
    expect(schedule.instalmentsCents).toEqual([...Array(11).fill(163_044), ...Array(12).fill(163_043)]);
    expect(schedule.lumpSumCents + sum(schedule.instalmentsCents)).toBe(4_000_000);
  });
});

describe('invalidity: permanent total invalidity of at least 67 %, pre-existing invalidity not counted', () => {
  test('67 % is enough, 66.99 % is not', () => {
    expect(MIN_INVALIDITY_PERCENT).toBe(67);
    expect(assessInvalidity(67, 0).eligible).toBe(true);
    expect(assessInvalidity(66.99, 0).eligible).toBe(false);
  });

  test('80 % in total with 15 % pre-existing counts as 65 %: no benefit', () => {
    expect(assessInvalidity(80, 15)).toEqual({
      countingDegreePercent: 65, eligible: false, reason: { key: 'assessment.invalidity.below', params: { percent: 65, minimum: 67 } },
    });
  });

  test('82 % in total with 15 % pre-existing counts as exactly 67 %: benefit', () => {
    expect(assessInvalidity(82, 15)).toEqual({
      countingDegreePercent: 67, eligible: true, reason: { key: 'assessment.invalidity.counts', params: { percent: 67, minimum: 67 } },
    });
  });

  test('70.3 % with 3.3 % pre-existing is exactly 67 % (no floating-point shortfall)', () => {
    expect(assessInvalidity(70.3, 3.3)).toMatchObject({ countingDegreePercent: 67, eligible: true });
  });

  test('paid in equal monthly instalments over 12 months (formula 12) or 24 months (formula 24), summing exactly', () => {
    const twelve = invaliditySchedule(2_000_001, benefitTerms('12', false));
    expect(twelve.lumpSumCents).toBe(0);
    expect(twelve.instalmentsCents).toHaveLength(12);
    expect(sum(twelve.instalmentsCents)).toBe(2_000_001);
    const twentyFour = invaliditySchedule(4_000_000, benefitTerms('24', false));
    expect(twentyFour.instalmentsCents).toHaveLength(24);
    expect(sum(twentyFour.instalmentsCents)).toBe(4_000_000);
  });
});

describe('exclusions are flags for the handler', () => {
  const all = Object.keys(EXCLUSIONS) as Exclusion[];

  test('war, riots, (attempted) suicide, nuclear, ionising radiation, exceptional danger, crime, mental disorder, intoxication, private plane, air sports, speed races', () => {
    expect(all).toEqual([
      'war', 'riots', 'suicide_or_attempt', 'nuclear', 'ionising_radiation', 'voluntary_exceptional_danger', 'criminal_conduct',
      'mental_disorder', 'drunkenness_or_intoxication', 'flying_private_plane', 'air_sports', 'speed_races',
    ]);
    expect(exclusionFlags(all).map((flag) => flag.code)).toEqual(all);
  });

  test('terrorism is covered: it raises no exclusion flag', () => {
    expect(exclusionFlags(['terrorism'])).toEqual([]);
    expect(exclusionFlags(['terrorism', 'air_sports'])).toEqual([{ code: 'air_sports', description: { key: 'assessment.exclusion.air_sports' } }]);
  });
});

describe('death beneficiaries, in order', () => {
  const family: Family = {
    partner: { name: 'An', divorced: false, separatedFromBedAndBoard: false },
    descendants: ['Bram', 'Cato'],
    ascendantHeirs: ['Dirk'],
    rightfulClaimants: ['Els'],
  };

  test('first the partner', () => {
    expect(deathBeneficiaries(family)).toEqual({ rank: 'partner', beneficiaries: ['An'] });
  });

  test('a divorced or separated partner does not count: then the children and descendants', () => {
    expect(deathBeneficiaries({ ...family, partner: { name: 'An', divorced: true, separatedFromBedAndBoard: false } }))
      .toEqual({ rank: 'descendants', beneficiaries: ['Bram', 'Cato'] });
    expect(deathBeneficiaries({ ...family, partner: { name: 'An', divorced: false, separatedFromBedAndBoard: true } }).rank).toBe('descendants');
  });

  test('without partner or descendants: the ascendant heirs, then the rightful claimants', () => {
    expect(deathBeneficiaries({ ...family, partner: undefined, descendants: [] })).toEqual({ rank: 'ascendant_heirs', beneficiaries: ['Dirk'] });
    expect(deathBeneficiaries({ ...family, partner: undefined, descendants: [], ascendantHeirs: [] })).toEqual({ rank: 'rightful_claimants', beneficiaries: ['Els'] });
  });

  test('persons named by the policyholder come before the legal order', () => {
    expect(deathBeneficiaries(family, ['Fien'])).toEqual({ rank: 'named', beneficiaries: ['Fien'] });
  });
});

describe('cover starts the day after signing, at the earliest when the first premium is paid', () => {
  test('signed 2026-03-10, premium paid before or on that day: cover from 2026-03-11', () => {
    expect(coverStartDate('2026-03-10', '2026-03-05')).toBe('2026-03-11');
    expect(coverStartDate('2026-03-10', '2026-03-10')).toBe('2026-03-11');
  });

  test('signed 2026-03-10, premium paid on 2026-03-20: cover from 2026-03-20', () => {
    expect(coverStartDate('2026-03-10', '2026-03-20')).toBe('2026-03-20');
  });

  test('no premium paid, no cover', () => {
    expect(coverStartDate('2026-03-10', null)).toBeNull();
    expect(coveredOn('2026-06-01', '2026-03-10', null)).toBe(false);
  });

  test('an accident on the day of signing is not covered; the next day it is', () => {
    expect(coveredOn('2026-03-10', '2026-03-10', '2026-03-10')).toBe(false);
    expect(coveredOn('2026-03-11', '2026-03-10', '2026-03-10')).toBe(true);
  });
});

describe('assessAccidentIncome', () => {
  const claim: AccidentIncomeClaim = {
    formula: '12/24',
    trafficAccident: true,
    outcome: { kind: 'death' },
    accidentDate: '2026-06-15',
    signedOn: '2025-01-10',
    firstPremiumPaidOn: '2025-01-10',
    transactions: [...monthly('salary', 200_000), ...monthly('utilities', 30_000)],
    circumstances: ['terrorism'],
    family: { partner: { name: 'An', divorced: false, separatedFromBedAndBoard: false }, descendants: [], ascendantHeirs: [], rightfulClaimants: [] },
  };

  test('death in a traffic accident, formula 12/24, €24,000 of income: €48,000, €2,500 at once and 23 instalments, to the partner', () => {
    const assessment = assessAccidentIncome(claim);
    expect(JSON.parse(JSON.stringify(assessment))).toEqual(assessment);
    expect(assessment).toMatchObject({
      covered: true,
      coverStartDate: '2025-01-11',
      exclusionFlags: [],
      notes: [{ key: 'assessment.accidentIncome.terrorismCovered' }],
      terms: { spreadMonths: 24, multiplier: 2 },
      base: { baseCents: 2_400_000, basedOn: 'income' },
      totalCents: 4_800_000,
      beneficiaries: { rank: 'partner', beneficiaries: ['An'] },
    });
    expect(assessment.schedule?.lumpSumCents).toBe(250_000);
    expect(assessment.schedule?.instalmentsCents).toHaveLength(23);
    expect(250_000 + sum(assessment.schedule?.instalmentsCents ?? [])).toBe(4_800_000);
  });

  test('invalidity of 80 % with 15 % pre-existing: nothing is due, and the insured would be the beneficiary', () => {
    const assessment = assessAccidentIncome({ ...claim, outcome: { kind: 'invalidity', totalDegreePercent: 80, preExistingDegreePercent: 15 } });
    expect(assessment).toMatchObject({ totalCents: 0, schedule: null, invalidity: { countingDegreePercent: 65, eligible: false }, beneficiaries: { rank: 'insured' } });
  });

  test('an excluded circumstance is flagged, not decided: the figures are still shown to the handler', () => {
    const assessment = assessAccidentIncome({ ...claim, circumstances: ['drunkenness_or_intoxication'] });
    expect(assessment.exclusionFlags.map((flag) => flag.code)).toEqual(['drunkenness_or_intoxication']);
    expect(assessment.totalCents).toBe(4_800_000);
  });
});
