/**
 * Civil dates in Europe/Brussels, as 'YYYY-MM-DD' strings, and the Belgian working-day calendar.
 *
 * Pure: no clock is read here. A date string names a day on the Brussels calendar, so the arithmetic
 * below runs on UTC midnights, where every day lasts 24 hours and daylight saving cannot shift a day.
 * Only `brusselsDate` deals with an instant, to turn "now" (given by the caller) into such a day.
 */

import { phrase, type Phrase } from '../../i18n/phrase';

/** A calendar day, 'YYYY-MM-DD'. */
export type IsoDate = string;

export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

/** Gregorian Easter is defined from 1583 on; four-digit years keep the string format fixed. */
export const FIRST_SUPPORTED_YEAR = 1583;
export const LAST_SUPPORTED_YEAR = 9999;

/** Days after Easter Sunday of the movable feasts. */
export const EASTER_MONDAY_OFFSET_DAYS = 1; // Paasmaandag
export const ASCENSION_OFFSET_DAYS = 39; // O.L.H. Hemelvaart
export const WHIT_MONDAY_OFFSET_DAYS = 50; // Pinkstermaandag

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface PublicHoliday {
  date: IsoDate;
  /** Worded in the reader's language (assessment.holiday.*). */
  name: Phrase;
  /** As the law names it. */
  dutchName: string;
}

/** Days since 1970-01-01 of a valid date; a malformed or non-existent date is a programming error. */
function toDayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a date as YYYY-MM-DD: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  if (year < FIRST_SUPPORTED_YEAR || fromDayNumber(ms / MS_PER_DAY) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return ms / MS_PER_DAY;
}

function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`Year out of range ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}: ${year}`);
  }
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const isoDate = (year: number, month: number, day: number): IsoDate => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** Throws a RangeError unless `date` is a real calendar day written as YYYY-MM-DD. */
export function assertIsoDate(date: IsoDate): void {
  toDayNumber(date);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Whole days only: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/**
 * The ten legal public holidays of Belgium (wettelijke feestdagen), in date order. A holiday that
 * falls on a weekend is not moved: the replacement day an employer grants is not a public holiday.
 */
export function belgianPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: isoDate(year, 1, 1), name: phrase('assessment.holiday.newYear'), dutchName: 'Nieuwjaar' },
    { date: addDays(easter, EASTER_MONDAY_OFFSET_DAYS), name: phrase('assessment.holiday.easterMonday'), dutchName: 'Paasmaandag' },
    { date: isoDate(year, 5, 1), name: phrase('assessment.holiday.labourDay'), dutchName: 'Dag van de Arbeid' },
    { date: addDays(easter, ASCENSION_OFFSET_DAYS), name: phrase('assessment.holiday.ascensionDay'), dutchName: 'O.L.H. Hemelvaart' },
    { date: addDays(easter, WHIT_MONDAY_OFFSET_DAYS), name: phrase('assessment.holiday.whitMonday'), dutchName: 'Pinkstermaandag' },
    { date: isoDate(year, 7, 21), name: phrase('assessment.holiday.nationalDay'), dutchName: 'Nationale feestdag' },
    { date: isoDate(year, 8, 15), name: phrase('assessment.holiday.assumption'), dutchName: 'O.L.V. Hemelvaart' },
    { date: isoDate(year, 11, 1), name: phrase('assessment.holiday.allSaints'), dutchName: 'Allerheiligen' },
    { date: isoDate(year, 11, 11), name: phrase('assessment.holiday.armistice'), dutchName: 'Wapenstilstand' },
    { date: isoDate(year, 12, 25), name: phrase('assessment.holiday.christmas'), dutchName: 'Kerstmis' },
  ];
  // Ascension can fall on 1 May (e.g. 2008): both entries stay, sorted by date.
  return holidays.sort((x, y) => x.date.localeCompare(y.date));
}

export function isPublicHoliday(date: IsoDate): boolean {
  assertIsoDate(date);
  return belgianPublicHolidays(Number(date.slice(0, 4))).some((holiday) => holiday.date === date);
}

/** Monday to Friday, and not a Belgian public holiday (werkdag). */
export function isWorkingDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(date);
}

/**
 * The `n`th working day after `date`: counting starts the day after, as for every legal period
 * that runs from an event (the day of the event itself is never counted).
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A non-negative whole number of working days: ${n}`);
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * The same day `months` months later (or earlier when negative). When the target month is shorter,
 * the month's last day is used: 31 January + 1 month = 28 February (29 in a leap year).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Whole months only: ${months}`);
  assertIsoDate(date);
  const [year, month, day] = date.split('-').map(Number);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return isoDate(targetYear, targetMonth, Math.min(day, lastDay));
}

/**
 * Whole months elapsed from `from` to `to`: a month is complete on the same day of the month, or on
 * the month's last day when it has no such day (see addMonths). 2026-01-15 → 2026-02-14 is 0 months,
 * → 2026-02-15 is 1. Negative when `to` is earlier than `from`.
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (daysBetween(from, to) < 0) return -monthsBetween(to, from);
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  return daysBetween(addMonths(from, months), to) >= 0 ? months : months - 1;
}

/** The Brussels calendar day of an instant (e.g. the workflow's "now", given by the caller). */
export function brusselsDate(instant: Date | string): IsoDate {
  const moment = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: BRUSSELS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(moment);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return isoDate(part('year'), part('month'), part('day'));
}
