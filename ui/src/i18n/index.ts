import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { addFormatters, defaultLanguage, i18nextOptions } from '../../../i18n/translator';
import { catalogue } from './catalogue';

/** A language the catalogue has (`nl`, `fr`, `en`, `de`, …): a folder of `i18n/locales/`, not a list in code. */
export type UiLanguage = string;

/** The catalogue's languages, the portal's default first; each names itself by its `language.name` key. */
export const uiLanguages: readonly UiLanguage[] = [defaultLanguage, ...Object.keys(catalogue).filter((code) => code !== defaultLanguage).sort()];

const known = (language: unknown): language is UiLanguage => typeof language === 'string' && uiLanguages.includes(language);
const stored = localStorage.getItem('language');
const initial = known(stored) ? stored : defaultLanguage;

void i18next.use(initReactI18next).init(i18nextOptions(catalogue, initial));
// `{{amount, money}}`, `{{date, day}}`, … read on screen as in the API's refusals and the worker's documents.
addFormatters(i18next);

/** Switches the language, remembers it in this browser and sets `<html lang>` for screen readers. */
export function changeLanguage(language: UiLanguage) {
  localStorage.setItem('language', language);
  applyLanguage(language);
  return i18next.changeLanguage(language);
}

/** `<html lang>` for screen readers, and the shared schemas' messages in the same language (zod's own locales). */
function applyLanguage(language: UiLanguage) {
  document.documentElement.lang = language;
  const locale = z.locales[language as keyof typeof z.locales];
  if (locale) z.config(locale());
}
applyLanguage(initial);

/** The language the portal speaks now; the API client sends it as `Accept-Language`. */
export const currentLanguage = (): UiLanguage => (known(i18next.language) ? i18next.language : defaultLanguage);
export { i18next };
