import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const uiLanguages = ['nl', 'fr', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

const stored = localStorage.getItem('language');
const initial: UiLanguage = uiLanguages.includes(stored as UiLanguage) ? (stored as UiLanguage) : 'nl';

void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, fr: { translation: fr }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'nl',
  interpolation: { escapeValue: false }, // React escapes already
});

/** Switches the language, remembers it in this browser and sets `<html lang>` for screen readers. */
export function changeLanguage(language: UiLanguage) {
  localStorage.setItem('language', language);
  applyLanguage(language);
  return i18next.changeLanguage(language);
}

/** `<html lang>` for screen readers, and the shared schemas' messages in the same language. */
function applyLanguage(language: UiLanguage) {
  document.documentElement.lang = language;
  z.config(z.locales[language]());
}
applyLanguage(initial);

export const currentLanguage = () => (uiLanguages.includes(i18next.language as UiLanguage) ? (i18next.language as UiLanguage) : 'nl');
export { i18next };
