import { currentLanguage } from './index';

/** Belgian formats: dd/mm/yyyy dates and amounts like € 1.234,56 (nl) or 1 234,56 € (fr). */
const locale = () => `${currentLanguage()}-BE`;

export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  // A calendar day (YYYY-MM-DD) is a day in Brussels, not midnight UTC.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Brussels' }).format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(value));
}

export const formatEuros = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '' : new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** A percentage as Belgians write it: "80 %", "70,5 %". */
export const formatPercent = (value: number) => `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value)} %`;
