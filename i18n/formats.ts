/**
 * How figures read in each language, with Belgian conventions: the Intl locale of a language is `<language>-BE`,
 * so a new language needs no code here. Shared by the catalogue's formatters (server and screen) and the UI.
 */
export const localeOf = (language: string) => `${language}-BE`;

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Cents as euros: € 1.234,56 (nl), 1 234,56 € (fr). */
export const formatMoney = (cents: number, language: string) =>
  new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** A calendar day (YYYY-MM-DD) is a day in Brussels, not midnight UTC: 30/11/2026. */
export function formatDay(value: string, language: string): string {
  const date = isDay(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(localeOf(language), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Brussels' }).format(date);
}

/** A moment (ISO timestamp) in Brussels time: 30/11/2026 14:05. */
export const formatMoment = (value: string, language: string) =>
  new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(value));

/** A number as the language writes it: 1.234,5 (nl). */
export const formatNumber = (value: number, language: string) =>
  new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);

/** A percentage as Belgians write it: "80 %", "70,5 %". */
export const formatPercent = (value: number, language: string) => `${formatNumber(value, language)} %`;

/** A list as the language joins it: "a, b en c". */
export const formatList = (values: string[], language: string) =>
  new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' }).format(values);
