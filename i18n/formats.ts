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

/** The separators a language writes its amounts with (from its money format). */
function separatorsOf(language: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' }).formatToParts(1234.5);
  return { group: parts.find((part) => part.type === 'group')?.value ?? '', decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.' };
}

/**
 * A number as the language writes it: 1.234,5 (nl), 1,234.5 (en). With the separators of the language's amounts: ICU
 * writes en-BE amounts €1,234.50 but plain numbers 1.234,5, and one English sentence must not say "2,5 hours × €22.50".
 */
export function formatNumber(value: number, language: string): string {
  const { group, decimal } = separatorsOf(language);
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).formatToParts(value)
    .map((part) => (part.type === 'group' ? group : part.type === 'decimal' ? decimal : part.value)).join('');
}

/** A percentage as Belgians write it: "80 %", "70,5 %". */
export const formatPercent = (value: number, language: string) => `${formatNumber(value, language)} %`;

/** A list as the language joins it: "a, b en c". */
export const formatList = (values: string[], language: string) =>
  new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' }).format(values);
