import {
  GUARANTEED_WAGE_DAYS, TEMPORARY_ALLOWANCE_PERCENT, TEMPORARY_RULES, correction, dailyAllowanceCents, detailedBaseWage, guaranteedWageUntil,
  simplifiedBaseWage, temporaryBenefit, type IncapacityPeriod,
} from '../../domain/rules/workplace-benefits';

const accidentDate = '2026-03-10';
const simplified = simplifiedBaseWage({ accidentDate, monthlyGrossCents: 300_000 }); // €36,000 a year
const detailed = detailedBaseWage({ accidentDate, previousYearWagesCents: 3_900_000, holidayPayCents: 300_000, bonusesCents: 250_000 }); // €41,500 without holiday pay
const period = (from: string, to: string): IncapacityPeriod => ({ from, to, certificateIds: ['c1'] });

describe('art. 22: 90 % of the base wage ÷ 365 for every calendar day after the accident', () => {
  test('90 %, and 30 days of guaranteed wage for white- and blue-collar workers', () => {
    expect(TEMPORARY_ALLOWANCE_PERCENT).toBe(90);
    expect(GUARANTEED_WAGE_DAYS).toEqual({ white_collar: 30, blue_collar: 30 });
  });

  test('on €36,000 the daily allowance is €88.77 (€36,000 × 90 % ÷ 365 = 88.767 rounded)', () => {
    expect(dailyAllowanceCents(simplified)).toBe(8_877);
  });

  test('on the detailed wage the holiday pay does not count: €41,500 × 90 % ÷ 365 = €102.33', () => {
    expect(dailyAllowanceCents(detailed)).toBe(10_233);
  });

  test('the guaranteed wage runs 30 days from the accident day: 10 March to 8 April', () => {
    expect(guaranteedWageUntil(accidentDate, 'white_collar')).toBe('2026-04-08');
  });

  test('unfit 10 to 20 March: the accident day is the employer\'s, 10 days × €88.77 = €887.70, all to the employer', () => {
    const benefit = temporaryBenefit({ accidentDate, period: period('2026-03-10', '2026-03-20'), baseWage: simplified, status: 'white_collar' });
    expect(benefit).toMatchObject({ firstPaidDay: '2026-03-11', days: 10, dailyAllowanceCents: 8_877, totalCents: 88_770, toEmployerCents: 88_770, toVictimCents: 0 });
    expect(benefit.lines).toEqual([
      { phrase: { key: 'benefitsRules.temporary.accidentDay', params: { date: '2026-03-10' } }, amountCents: null },
      { phrase: { key: 'benefitsRules.temporary.dailyAllowance', params: { annualCents: 3_600_000, percent: 90, daysPerYear: 365 } }, amountCents: 8_877 },
      { phrase: { key: 'benefitsRules.temporary.days', params: { from: '2026-03-11', to: '2026-03-20', days: 10, dailyAllowanceCents: 8_877 } }, amountCents: 88_770 },
      { phrase: { key: 'benefitsRules.temporary.toEmployer', params: { days: 10, until: '2026-04-08' } }, amountCents: 88_770 },
      { phrase: { key: 'benefitsRules.temporary.toVictim', params: { days: 0 } }, amountCents: 0 },
    ]);
  });

  test('unfit 10 March to 20 April: 41 days = €3,639.57; 29 days to the employer €2,574.33, 12 days to the victim €1,065.24', () => {
    const benefit = temporaryBenefit({ accidentDate, period: period('2026-03-10', '2026-04-20'), baseWage: simplified, status: 'white_collar' });
    expect(benefit).toMatchObject({ days: 41, totalCents: 363_957, toEmployerCents: 257_433, toVictimCents: 106_524 });
  });

  test('the guaranteed-wage days are a rule: with 7 days for a blue-collar worker, 6 days go to the employer, 35 to the victim', () => {
    const rules = { ...TEMPORARY_RULES, guaranteedWageDays: { white_collar: 30, blue_collar: 7 } };
    const benefit = temporaryBenefit({ accidentDate, period: period('2026-03-10', '2026-04-20'), baseWage: simplified, status: 'blue_collar' }, rules);
    expect(benefit).toMatchObject({ days: 41, totalCents: 363_957, toEmployerCents: 53_262, toVictimCents: 310_695 });
  });

  test('the percentage is a rule: at 100 % the daily allowance is €98.63', () => {
    expect(dailyAllowanceCents(simplified, { ...TEMPORARY_RULES, allowancePercent: 100 })).toBe(9_863);
  });

  test('incapacity starting two days after the accident: every day counts, no accident-day line', () => {
    const benefit = temporaryBenefit({ accidentDate, period: period('2026-03-12', '2026-03-15'), baseWage: simplified, status: 'white_collar' });
    expect(benefit).toMatchObject({ firstPaidDay: '2026-03-12', days: 4, totalCents: 35_508, toEmployerCents: 35_508, toVictimCents: 0 });
    expect(benefit.lines.map((line) => line.phrase.key)).not.toContain('benefitsRules.temporary.accidentDay');
  });

  test('a relapse from 1 to 10 September, after the guaranteed wage: 10 days, all to the victim', () => {
    const benefit = temporaryBenefit({ accidentDate, period: period('2026-09-01', '2026-09-10'), baseWage: simplified, status: 'white_collar' });
    expect(benefit).toMatchObject({ days: 10, totalCents: 88_770, toEmployerCents: 0, toVictimCents: 88_770 });
  });

  test('unfit on the accident day only: nothing is owed by the insurer', () => {
    expect(temporaryBenefit({ accidentDate, period: period('2026-03-10', '2026-03-10'), baseWage: simplified, status: 'white_collar' }))
      .toMatchObject({ days: 0, totalCents: 0, toEmployerCents: 0, toVictimCents: 0 });
  });

  test('a period before the accident, or ending before it starts, is an error', () => {
    expect(() => temporaryBenefit({ accidentDate, period: period('2026-03-09', '2026-03-12'), baseWage: simplified, status: 'white_collar' })).toThrow(RangeError);
    expect(() => temporaryBenefit({ accidentDate, period: period('2026-03-12', '2026-03-11'), baseWage: simplified, status: 'white_collar' })).toThrow(RangeError);
  });
});

describe('the correction (rechtzetting): owed on the detailed base wage minus paid on the simplified one', () => {
  const periods = [period('2026-03-10', '2026-04-20')];

  test('41 days × €102.33 = €4,195.53: the victim gets €162.72 more, the employer €393.24 more', () => {
    const result = correction({ accidentDate, periods, detailed, status: 'white_collar', paidToVictimCents: 106_524, paidToEmployerCents: 257_433 });
    expect(result).toMatchObject({ victimCents: 16_272, employerCents: 39_324 });
    expect(result.lines).toEqual([
      { phrase: { key: 'benefitsRules.correction.period', params: { from: '2026-03-11', to: '2026-04-20', days: 41, dailyAllowanceCents: 10_233 } }, amountCents: 419_553 },
      { phrase: { key: 'benefitsRules.correction.victim', params: { owedCents: 122_796, paidCents: 106_524 } }, amountCents: 16_272 },
      { phrase: { key: 'benefitsRules.correction.employer', params: { owedCents: 296_757, paidCents: 257_433 } }, amountCents: 39_324 },
    ]);
  });

  test('overpaid: €1,300 paid to the victim against €1,227.96 owed comes to −€72.04', () => {
    expect(correction({ accidentDate, periods, detailed, status: 'white_collar', paidToVictimCents: 130_000, paidToEmployerCents: 296_757 }))
      .toMatchObject({ victimCents: -7_204, employerCents: 0 });
  });

  test('several periods add up: a relapse of 10 days on the detailed wage adds €1,023.30 for the victim', () => {
    const result = correction({ accidentDate, periods: [...periods, period('2026-09-01', '2026-09-10')], detailed, status: 'white_collar',
      paidToVictimCents: 106_524, paidToEmployerCents: 257_433 });
    expect(result).toMatchObject({ victimCents: 16_272 + 102_330, employerCents: 39_324 });
  });
});
