import i18next, { type i18n } from 'i18next';
import { formatDay, formatList, formatMoment, formatMoney, formatNumber, formatPercent } from './formats';
import type { Phrase, PhraseParams } from './phrase';

/** Every language's catalogue: language code → its keys (the files of `i18n/locales/<language>/` merged). */
export type Catalogue = Record<string, Record<string, unknown>>;

/** The portal's language when the reader has none that the catalogue knows. */
export const defaultLanguage = 'nl';

/**
 * The catalogue's formatters, named in its sentences: `{{amount, money}}` (cents), `{{date, day}}` (ISO day),
 * `{{at, moment}}` (ISO timestamp), `{{share, percent}}`, `{{count, number}}`, `{{options, list}}`.
 */
export function addFormatters(instance: i18n): void {
  const formatter = instance.services.formatter;
  if (!formatter) throw new Error('i18next was initialised without its formatter');
  formatter.add('money', (value, language) => formatMoney(Number(value), language ?? defaultLanguage));
  formatter.add('day', (value, language) => formatDay(String(value), language ?? defaultLanguage));
  formatter.add('moment', (value, language) => formatMoment(String(value), language ?? defaultLanguage));
  formatter.add('percent', (value, language) => formatPercent(Number(value), language ?? defaultLanguage));
  formatter.add('number', (value, language) => formatNumber(Number(value), language ?? defaultLanguage));
  formatter.add('list', (value, language) => formatList(Array.isArray(value) ? value.map(String) : [String(value)], language ?? defaultLanguage));
}

export const i18nextOptions = (catalogue: Catalogue, language = defaultLanguage) => ({
  resources: Object.fromEntries(Object.entries(catalogue).map(([code, keys]) => [code, { translation: keys }])),
  lng: language,
  fallbackLng: defaultLanguage,
  initAsync: false,
  // Mails and PDFs are text, the API answers JSON and React escapes what it shows.
  interpolation: { escapeValue: false },
});

export interface Translator {
  /** The languages that have a catalogue, the default first. */
  readonly languages: readonly string[];
  /** A language the catalogue has: the one asked for, or the default. */
  languageOf(candidate: unknown): string;
  has(key: string, language?: string): boolean;
  t(key: string, params: PhraseParams | undefined, language: string): string;
  render(phrase: Phrase, language: string): string;
}

/** A translator over a whole catalogue, independent of any screen's current language (API, worker, documents). */
export function createTranslator(catalogue: Catalogue): Translator {
  const instance = i18next.createInstance();
  void instance.init(i18nextOptions(catalogue));
  addFormatters(instance);
  const languages = [defaultLanguage, ...Object.keys(catalogue).filter((code) => code !== defaultLanguage).sort()];
  const t = (key: string, params: PhraseParams | undefined, language: string) =>
    instance.t(key, { ...params, lng: language }) as string;
  return {
    languages,
    languageOf: (candidate) => (typeof candidate === 'string' && languages.includes(candidate) ? candidate : defaultLanguage),
    has: (key, language = defaultLanguage) => instance.exists(key, { lng: language, fallbackLng: false }),
    t,
    render: ({ key, params }, language) => t(key, params, language),
  };
}
