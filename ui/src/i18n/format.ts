import { formatDay, formatMoment, formatMoney, formatPercent as percent } from '../../../i18n/formats';
import { currentLanguage } from './index';

/** Belgian formats in the portal's language (the shared `i18n/formats.ts`): 30/11/2026, € 1.234,56 (nl), 1 234,56 € (fr). */
export const formatDate = (value: string | null | undefined) => (value ? formatDay(value, currentLanguage()) : '');

export const formatDateTime = (value: string | null | undefined) => (value ? formatMoment(value, currentLanguage()) : '');

export const formatEuros = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '' : formatMoney(cents, currentLanguage());

/** A percentage as Belgians write it: "80 %", "70,5 %". */
export const formatPercent = (value: number) => percent(value, currentLanguage());
