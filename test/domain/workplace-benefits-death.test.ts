import { monthsOwedUntilDeath } from '../../workflows/workplace-benefits/death';

/**
 * The victim's death stops the allowance or the life annuity: the monthly term the death falls in is paid in full,
 * none after it. A term runs from the day after startsOn + (m − 1) months up to startsOn + m months (see paidUntil).
 */
describe('the monthly terms owed up to the victim’s death', () => {
  const allowance = { startsOn: '2026-01-31' }; // terms: 1 Feb–28 Feb, 1 Mar–31 Mar, 1 Apr–30 Apr, …

  test('a death on the start day or before it owes no term', () => {
    expect(monthsOwedUntilDeath(allowance, '2026-01-31')).toBe(0);
    expect(monthsOwedUntilDeath(allowance, '2025-12-15')).toBe(0);
  });

  test('a death on the first day of a term owes that whole term', () => {
    expect(monthsOwedUntilDeath(allowance, '2026-02-01')).toBe(1);
    expect(monthsOwedUntilDeath(allowance, '2026-03-01')).toBe(2);
  });

  test('a death on the last day of a term owes that term and not the next', () => {
    expect(monthsOwedUntilDeath(allowance, '2026-02-28')).toBe(1);
    expect(monthsOwedUntilDeath(allowance, '2026-03-31')).toBe(2);
  });

  test('a death years later counts every term up to its own', () => {
    // 15 August 2029: the term of 1–31 August 2029 is the 43rd (February 2026 is the first).
    expect(monthsOwedUntilDeath(allowance, '2029-08-15')).toBe(43);
  });
});
