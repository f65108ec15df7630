import {
  BASE_WAGE_LIMITS, DAYS_PER_YEAR, SIMPLIFIED_BASE_WAGE_MONTHS, baseWageLimitsFor, detailedBaseWage, roundedDivision, simplifiedBaseWage,
} from '../../domain/rules/workplace-benefits';

const limits = (year: number) => BASE_WAGE_LIMITS.find((row) => row.year === year);

describe('the base-wage limits of art. 39 (maximum; floor for apprentices and minors), per year', () => {
  test.each([
    [2012, 3_856_491, 618_885],
    [2013, 4_092_718, 643_920],
    [2014, 4_092_718, 643_920],
    [2016, 4_144_243, 643_920],
    [2017, 4_227_008, 656_838],
    [2018, 4_346_034, 669_973],
    [2019, 4_433_026, 683_384],
    [2020, 4_481_789, 683_384],
    [2024, 5_474_348, null],
  ])('%i: maximum %i cents, floor %s cents', (year, maximumCents, minimumCents) => {
    expect(limits(year)).toMatchObject({ maximumCents, minimumCents });
    expect(limits(year)!.source).toMatch(/\S{10}/);
  });

  test('years not confirmed from a source are not in the table: 2015, 2021–2023, 2025, 2026', () => {
    expect(BASE_WAGE_LIMITS.map((row) => row.year)).toEqual([2012, 2013, 2014, 2016, 2017, 2018, 2019, 2020, 2024]);
  });

  test('an accident in a year without its own row uses the latest earlier year: 2022 → 2020, 2026 → 2024, 2015 → 2014', () => {
    expect(baseWageLimitsFor(2022).year).toBe(2020);
    expect(baseWageLimitsFor(2026).year).toBe(2024);
    expect(baseWageLimitsFor(2015).year).toBe(2014);
  });

  test('a year before the table has no limits', () => {
    expect(() => baseWageLimitsFor(2011)).toThrow(RangeError);
  });

  test('the table is an argument: a 2026 row given by the caller is used', () => {
    const table = [...BASE_WAGE_LIMITS, { year: 2026, minimumCents: 700_000, maximumCents: 5_600_000, source: 'test' }];
    expect(baseWageLimitsFor(2026, table).maximumCents).toBe(5_600_000);
  });
});

describe('rounding: integer cents, half away from zero, once per computation line', () => {
  test('5/2 → 3, −5/2 → −3, 4/3 → 1, −4/3 → −1, 2/3 → 1, 0/7 → 0', () => {
    expect([roundedDivision(5, 2), roundedDivision(-5, 2), roundedDivision(4, 3), roundedDivision(-4, 3), roundedDivision(2, 3), roundedDivision(0, 7)])
      .toEqual([3, -3, 1, -1, 1, 0]);
  });

  test('a fraction or a divisor of 0 is refused', () => {
    expect(() => roundedDivision(1.5, 2)).toThrow(RangeError);
    expect(() => roundedDivision(1, 0)).toThrow(RangeError);
  });
});

describe('the simplified base wage (seed 004 q.11): monthly gross × 12, capped, daily = annual ÷ 365', () => {
  test('365 days a year and 12 months', () => {
    expect([DAYS_PER_YEAR, SIMPLIFIED_BASE_WAGE_MONTHS]).toEqual([365, 12]);
  });

  test('€3,000 a month in 2026: €36,000 a year, €98.63 a day (9,863.01 cents rounded)', () => {
    const wage = simplifiedBaseWage({ accidentDate: '2026-03-10', monthlyGrossCents: 300_000 });
    expect(wage).toMatchObject({ kind: 'simplified', uncappedCents: 3_600_000, annualCents: 3_600_000, dailyCents: 9_863, holidayPayCents: 0,
      temporaryAnnualCents: 3_600_000, temporaryDailyCents: 9_863 });
    expect(wage.lines.map((line) => [line.phrase.key, line.amountCents])).toEqual([
      ['benefitsRules.baseWage.simplified', 3_600_000],
      ['benefitsRules.baseWage.daily', 9_863],
    ]);
    expect(wage.lines[0].phrase.params).toEqual({ monthlyGrossCents: 300_000, months: 12 });
  });

  test('€5,000 a month in 2026: €60,000 is capped at the 2024 maximum €54,743.48, €149.98 a day', () => {
    const wage = simplifiedBaseWage({ accidentDate: '2026-03-10', monthlyGrossCents: 500_000 });
    expect(wage).toMatchObject({ uncappedCents: 6_000_000, annualCents: 5_474_348, dailyCents: 14_998, temporaryAnnualCents: 5_474_348 });
    expect(wage.lines[1]).toEqual({ phrase: { key: 'benefitsRules.baseWage.cappedAtMaximum', params: { year: 2024, maximumCents: 5_474_348 } }, amountCents: 5_474_348 });
  });

  test('an apprentice earning €400 a month in 2019 is raised to the floor of €6,833.84 (€18.72 a day); an adult is not', () => {
    const apprentice = simplifiedBaseWage({ accidentDate: '2019-06-01', monthlyGrossCents: 40_000, apprenticeOrMinor: true });
    expect(apprentice).toMatchObject({ uncappedCents: 480_000, annualCents: 683_384, dailyCents: 1_872 });
    expect(apprentice.lines[1].phrase.key).toBe('benefitsRules.baseWage.raisedToMinimum');
    expect(simplifiedBaseWage({ accidentDate: '2019-06-01', monthlyGrossCents: 40_000 }).annualCents).toBe(480_000);
  });

  test('in 2024 the floor is not confirmed, so an apprentice keeps the wage earned', () => {
    expect(simplifiedBaseWage({ accidentDate: '2024-06-01', monthlyGrossCents: 40_000, apprenticeOrMinor: true }).annualCents).toBe(480_000);
  });

  test('negative or fractional cents and a malformed date are refused', () => {
    expect(() => simplifiedBaseWage({ accidentDate: '2026-03-10', monthlyGrossCents: -1 })).toThrow(RangeError);
    expect(() => simplifiedBaseWage({ accidentDate: '2026-03-10', monthlyGrossCents: 10.5 })).toThrow(RangeError);
    expect(() => simplifiedBaseWage({ accidentDate: '2026-02-30', monthlyGrossCents: 300_000 })).toThrow(RangeError);
  });
});

describe('the detailed base wage (art. 34): the year before the accident, holiday pay only for the permanent allowance', () => {
  test('€39,000 + holiday pay €3,000 + bonuses €2,500 = €44,500 (€121.92 a day); temporary incapacity on €41,500 (€113.70 a day)', () => {
    const wage = detailedBaseWage({ accidentDate: '2026-03-10', previousYearWagesCents: 3_900_000, holidayPayCents: 300_000, bonusesCents: 250_000 });
    expect(wage).toMatchObject({ kind: 'detailed', uncappedCents: 4_450_000, annualCents: 4_450_000, dailyCents: 12_192, holidayPayCents: 300_000,
      temporaryAnnualCents: 4_150_000, temporaryDailyCents: 11_370 });
    expect(wage.lines.map((line) => [line.phrase.key, line.amountCents])).toEqual([
      ['benefitsRules.baseWage.detailed', 4_450_000],
      ['benefitsRules.baseWage.daily', 12_192],
      ['benefitsRules.baseWage.temporaryWithoutHolidayPay', 11_370],
    ]);
  });

  test('the maximum applies to both: €56,000 + €5,000 holiday pay in 2026 → €54,743.48 for both; €54,000 + €5,000 → €54,743.48 and €54,000', () => {
    const both = detailedBaseWage({ accidentDate: '2026-03-10', previousYearWagesCents: 5_600_000, holidayPayCents: 500_000, bonusesCents: 0 });
    expect(both).toMatchObject({ uncappedCents: 6_100_000, annualCents: 5_474_348, temporaryAnnualCents: 5_474_348, temporaryDailyCents: 14_998 });
    const one = detailedBaseWage({ accidentDate: '2026-03-10', previousYearWagesCents: 5_400_000, holidayPayCents: 500_000, bonusesCents: 0 });
    expect(one).toMatchObject({ uncappedCents: 5_900_000, annualCents: 5_474_348, temporaryAnnualCents: 5_400_000, temporaryDailyCents: 14_795 });
  });
});
