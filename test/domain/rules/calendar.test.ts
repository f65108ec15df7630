import {
  addDays, addMonths, addWorkingDays, belgianPublicHolidays, brusselsDate, daysBetween, easterSunday, isWorkingDay, monthsBetween,
} from '../../../domain/rules/calendar';

describe('Easter, by the anonymous Gregorian algorithm', () => {
  test.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('Belgian public holidays', () => {
  test('2026 has ten: Easter Monday 6 April, Ascension 14 May (Easter + 39), Whit Monday 25 May (Easter + 50), and the seven fixed days', () => {
    expect(belgianPublicHolidays(2026).map((holiday) => `${holiday.date} ${holiday.name.key}`)).toEqual([
      '2026-01-01 assessment.holiday.newYear',
      '2026-04-06 assessment.holiday.easterMonday',
      '2026-05-01 assessment.holiday.labourDay',
      '2026-05-14 assessment.holiday.ascensionDay',
      '2026-05-25 assessment.holiday.whitMonday',
      '2026-07-21 assessment.holiday.nationalDay',
      '2026-08-15 assessment.holiday.assumption',
      '2026-11-01 assessment.holiday.allSaints',
      '2026-11-11 assessment.holiday.armistice',
      '2026-12-25 assessment.holiday.christmas',
    ]);
  });

  test('2027, Easter on 28 March: Easter Monday 29 March, Ascension 6 May, Whit Monday 17 May', () => {
    const dates = belgianPublicHolidays(2027).map((holiday) => holiday.date);
    expect(dates).toEqual(expect.arrayContaining(['2027-03-29', '2027-05-06', '2027-05-17']));
    expect(dates).toHaveLength(10);
  });

  test('in 2008 Ascension fell on Labour Day, 1 May: both are listed', () => {
    const mayFirst = belgianPublicHolidays(2008).filter((holiday) => holiday.date === '2008-05-01');
    expect(mayFirst.map((holiday) => holiday.name)).toEqual([{ key: 'assessment.holiday.labourDay' }, { key: 'assessment.holiday.ascensionDay' }]);
  });

  test('every holiday carries its Dutch name', () => {
    expect(belgianPublicHolidays(2026).find((holiday) => holiday.date === '2026-11-11')?.dutchName).toBe('Wapenstilstand');
  });
});

describe('working days', () => {
  test('Monday to Friday are working days, Saturday and Sunday are not', () => {
    expect(['2026-11-09', '2026-11-10', '2026-11-12', '2026-11-13'].map(isWorkingDay)).toEqual([true, true, true, true]);
    expect(['2026-11-14', '2026-11-15'].map(isWorkingDay)).toEqual([false, false]);
  });

  test('a public holiday on a weekday is not a working day: Armistice on Wednesday 2026-11-11, Easter Monday 2026-04-06', () => {
    expect(isWorkingDay('2026-11-11')).toBe(false);
    expect(isWorkingDay('2026-04-06')).toBe(false);
  });

  test('10 working days after Monday 2026-11-02 is 2026-11-17: counting starts on the 3rd and skips the weekends and Armistice', () => {
    expect(addWorkingDays('2026-11-02', 10)).toBe('2026-11-17');
  });

  test('counting starts the day after: 1 working day after Friday 2026-11-06 is Monday 2026-11-09', () => {
    expect(addWorkingDays('2026-11-06', 1)).toBe('2026-11-09');
  });

  test('1 working day after Thursday 2026-12-24 skips Christmas and the weekend: Monday 2026-12-28', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
  });

  test('0 working days after a date is the date itself; a negative count is refused', () => {
    expect(addWorkingDays('2026-11-14', 0)).toBe('2026-11-14');
    expect(() => addWorkingDays('2026-11-14', -1)).toThrow(RangeError);
  });
});

describe('calendar days', () => {
  test('adding days crosses months, years and 29 February', () => {
    expect(addDays('2026-11-02', 8)).toBe('2026-11-10');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  test('days between 2026-11-02 and 2026-11-10 is 8, and -8 the other way', () => {
    expect(daysBetween('2026-11-02', '2026-11-10')).toBe(8);
    expect(daysBetween('2026-11-10', '2026-11-02')).toBe(-8);
  });

  test('the switch to summer time (29 March 2026) does not change a day count', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  test('a date that does not exist, or is not written YYYY-MM-DD, is refused', () => {
    expect(() => addDays('2026-02-29', 1)).toThrow(RangeError);
    expect(() => addDays('2026-2-3', 1)).toThrow(RangeError);
    expect(() => isWorkingDay('02/11/2026')).toThrow(RangeError);
  });
});

describe('months', () => {
  test('a month is complete on the same day of the next month: 2026-01-15 → 2026-02-14 is 0, → 2026-02-15 is 1', () => {
    expect(monthsBetween('2026-01-15', '2026-02-14')).toBe(0);
    expect(monthsBetween('2026-01-15', '2026-02-15')).toBe(1);
  });

  test('exactly 12 months: 2025-03-15 → 2026-03-15 is 12, the day before is 11', () => {
    expect(monthsBetween('2025-03-15', '2026-03-15')).toBe(12);
    expect(monthsBetween('2025-03-15', '2026-03-14')).toBe(11);
  });

  test('from the 31st, a month is complete on the last day of a shorter month: 2026-01-31 → 2026-02-28 is 1', () => {
    expect(monthsBetween('2026-01-31', '2026-02-27')).toBe(0);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(1);
  });

  test('months between is negative when the second date is earlier', () => {
    expect(monthsBetween('2026-03-15', '2025-03-15')).toBe(-12);
  });

  test('adding a month to 31 January gives the last day of February, 29 in a leap year', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2025-03-15', 48)).toBe('2029-03-15');
  });

  test('a period of three months ends on the same day number, or on the last day of a month without it: 30 November → 28 February, 31 January → 30 April', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 3)).toBe('2027-04-30');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addMonths('2026-11-29', 3)).toBe('2027-02-28');
    expect(addMonths('2026-10-31', 3)).toBe('2027-01-31');
  });
});

describe('the Brussels calendar day of an instant', () => {
  test('23:30 UTC on 28 March 2026 is already 29 March in Brussels (UTC+1)', () => {
    expect(brusselsDate('2026-03-28T23:30:00Z')).toBe('2026-03-29');
  });

  test('in summer Brussels is UTC+2: 21:59 UTC is still 1 July, 22:00 UTC is 2 July', () => {
    expect(brusselsDate('2026-07-01T21:59:59Z')).toBe('2026-07-01');
    expect(brusselsDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
