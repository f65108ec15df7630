/// <reference types="vite/client" />
import { type Catalogue, createTranslator } from '../../../i18n/translator';

/**
 * The shared catalogue (`i18n/locales/<language>/<area>.json`), bundled by Vite: the same files the API and the
 * worker read, so the screen, the refusals and the documents say the same thing. A new language is new files.
 */
const files = import.meta.glob<Record<string, unknown>>('../../../i18n/locales/*/*.json', { eager: true, import: 'default' });

/** Language code → its files merged (each file owns its top-level keys). */
export const catalogue: Catalogue = {};
for (const [file, keys] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
  const language = file.split('/').at(-2)!;
  catalogue[language] = { ...catalogue[language], ...keys };
}

/** Words the catalogue outside React's render (form problems, labels) in any language, as the API does. */
export const translator = createTranslator(catalogue);
