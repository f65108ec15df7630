import {
  LOW_DEGREE_REDUCTIONS, MONTHS_PER_YEAR, PERMANENT_RULES, REVISION_PERIOD_YEARS, allowanceArrears, detailedBaseWage, lifeAnnuity, revisionPeriodEnds,
  yearlyAllowance,
} from '../../domain/rules/workplace-benefits';

const baseWage = detailedBaseWage({ accidentDate: '2026-03-10', previousYearWagesCents: 3_900_000, holidayPayCents: 300_000, bonusesCents: 250_000 }); // €44,500

describe('art. 24: yearly allowance = degree × base wage, reduced below 10 %', () => {
  test('below 5 % halved, from 5 % to below 10 % reduced by a quarter; three-year revision period; paid monthly', () => {
    expect(LOW_DEGREE_REDUCTIONS).toEqual([{ belowPercent: 5, reductionPercent: 50 }, { belowPercent: 10, reductionPercent: 25 }]);
    expect(REVISION_PERIOD_YEARS).toBe(3);
    expect(MONTHS_PER_YEAR).toBe(12);
  });

  test('12 % of €44,500: €5,340 a year, €445 a month', () => {
    const allowance = yearlyAllowance({ degreePercent: 12, baseWage });
    expect(allowance).toMatchObject({ yearlyCents: 534_000, monthlyCents: 44_500 });
    expect(allowance.lines).toEqual([
      { phrase: { key: 'benefitsRules.permanent.yearlyAllowance', params: { degreePercent: 12, annualCents: 4_450_000 } }, amountCents: 534_000 },
      { phrase: { key: 'benefitsRules.permanent.monthly', params: { yearlyCents: 534_000, months: 12 } }, amountCents: 44_500 },
    ]);
  });

  test('10 % is not reduced: €4,450 a year, €370.83 a month', () => {
    expect(yearlyAllowance({ degreePercent: 10, baseWage })).toMatchObject({ yearlyCents: 445_000, monthlyCents: 37_083 });
  });

  test('7 % is reduced by a quarter: €3,115 × 75 % = €2,336.25 a year, €194.69 a month', () => {
    const allowance = yearlyAllowance({ degreePercent: 7, baseWage });
    expect(allowance).toMatchObject({ yearlyCents: 233_625, monthlyCents: 19_469 });
    expect(allowance.lines[1]).toEqual({ phrase: { key: 'benefitsRules.permanent.reduction', params: { reductionPercent: 25, belowPercent: 10 } }, amountCents: 233_625 });
  });

  test('5 % is reduced by a quarter: €1,668.75 a year, €139.06 a month', () => {
    expect(yearlyAllowance({ degreePercent: 5, baseWage })).toMatchObject({ yearlyCents: 166_875, monthlyCents: 13_906 });
  });

  test('3 % is halved: €667.50 a year, €55.63 a month (5,562.5 cents rounded half up)', () => {
    const allowance = yearlyAllowance({ degreePercent: 3, baseWage });
    expect(allowance).toMatchObject({ yearlyCents: 66_750, monthlyCents: 5_563 });
    expect(allowance.lines[1].phrase.params).toEqual({ reductionPercent: 50, belowPercent: 5 });
  });

  test('2.5 % is halved: €556.25 a year', () => {
    expect(yearlyAllowance({ degreePercent: 2.5, baseWage }).yearlyCents).toBe(55_625);
  });

  test('the reductions are a rule: without them 3 % is €1,335 a year', () => {
    expect(yearlyAllowance({ degreePercent: 3, baseWage }, { ...PERMANENT_RULES, lowDegreeReductions: [] }).yearlyCents).toBe(133_500);
  });

  test('a degree over 100 % or with more than two decimals is refused', () => {
    expect(() => yearlyAllowance({ degreePercent: 101, baseWage })).toThrow(RangeError);
    expect(() => yearlyAllowance({ degreePercent: 12.345, baseWage })).toThrow(RangeError);
  });
});

describe('after the revision period: a life annuity by the same formula', () => {
  test('12 % of €44,500: €5,340 a year, €445 a month, worded as a life annuity', () => {
    const annuity = lifeAnnuity({ degreePercent: 12, baseWage });
    expect(annuity).toMatchObject({ yearlyCents: 534_000, monthlyCents: 44_500 });
    expect(annuity.lines[0].phrase.key).toBe('benefitsRules.permanent.lifeAnnuity');
  });

  test('3 % is halved for the annuity too: €667.50', () => {
    expect(lifeAnnuity({ degreePercent: 3, baseWage }).yearlyCents).toBe(66_750);
  });
});

describe('art. 72: the revision period ends three years after the ratification', () => {
  test('ratified 29 May 2026: ends 29 May 2029; ratified 29 February 2028: ends 28 February 2031', () => {
    expect(revisionPeriodEnds('2026-05-29')).toBe('2029-05-29');
    expect(revisionPeriodEnds('2028-02-29')).toBe('2031-02-28');
  });
});

describe('arrears from the consolidation date (both days included): yearly × days ÷ 365', () => {
  test('1 to 30 June at €5,340 a year: 30 days = €438.90 (43,890.41 cents rounded)', () => {
    expect(allowanceArrears({ consolidationDate: '2026-06-01', until: '2026-06-30', yearlyCents: 534_000 })).toEqual({
      amountCents: 43_890,
      lines: [{
        phrase: { key: 'benefitsRules.permanent.arrears', params: { from: '2026-06-01', until: '2026-06-30', days: 30, yearlyCents: 534_000, daysPerYear: 365 } },
        amountCents: 43_890,
      }],
    });
  });

  test('a full year of 365 days is the yearly amount', () => {
    expect(allowanceArrears({ consolidationDate: '2026-06-01', until: '2027-05-31', yearlyCents: 534_000 }).amountCents).toBe(534_000);
  });

  test('nothing is owed up to a day before the consolidation', () => {
    expect(allowanceArrears({ consolidationDate: '2026-06-01', until: '2026-05-31', yearlyCents: 534_000 }).amountCents).toBe(0);
  });
});
