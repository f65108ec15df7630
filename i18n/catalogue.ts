import fs from 'node:fs';
import path from 'node:path';
import { type Catalogue, createTranslator } from './translator';

/** `i18n/locales/<language>/<area>.json`: a language is a folder, so adding one is adding files. */
export const localesFolder = path.join(__dirname, 'locales');

/** One language's files merged; each file owns its top-level keys (the catalogue test keeps them apart). */
function readLanguage(language: string, locales = localesFolder): Record<string, unknown> {
  const folder = path.join(locales, language);
  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  return Object.assign({}, ...files.map((name) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'))));
}

export function readCatalogue(locales = localesFolder): Catalogue {
  const languages = fs.readdirSync(locales, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return Object.fromEntries(languages.map((language) => [language, readLanguage(language, locales)]));
}

/** The catalogue of the API and the worker (refusals, assessment, mails, letters, PDFs, timeline). */
export const catalogue = createTranslator(readCatalogue());
export const languages = catalogue.languages;
