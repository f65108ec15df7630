import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localesFolder, readCatalogue } from '../../i18n/catalogue';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { wordProblem } from '../../i18n/problem-wording';
import { createTranslator } from '../../i18n/translator';

/** A copy of the catalogue with one more language, made of files only: Italian, its words copied from English. */
function catalogueWithItalian(): string {
  const locales = fs.mkdtempSync(path.join(os.tmpdir(), 'locales-'));
  fs.cpSync(localesFolder, locales, { recursive: true });
  fs.cpSync(path.join(localesFolder, 'en'), path.join(locales, 'it'), { recursive: true });
  fs.writeFileSync(path.join(locales, 'it', 'language.json'), JSON.stringify({ language: { name: 'Italiano' } }));
  const api = JSON.parse(fs.readFileSync(path.join(locales, 'it', 'api.json'), 'utf8'));
  api.api.internalError = 'Si è verificato un errore da parte nostra; non è stato modificato nulla. Riprovi.';
  fs.writeFileSync(path.join(locales, 'it', 'api.json'), JSON.stringify(api));
  return locales;
}

describe('a new language is new catalogue files, not code', () => {
  const locales = catalogueWithItalian();
  afterAll(() => fs.rmSync(locales, { recursive: true, force: true }));
  const translator = createTranslator(readCatalogue(locales));

  test('the translator knows it and words its sentences, figures in its own formats', () => {
    expect(translator.languages).toContain('it');
    expect(translator.languageOf('it')).toBe('it');
    expect(translator.render(phrase('api.internalError'), 'it')).toBe('Si è verificato un errore da parte nostra; non è stato modificato nulla. Riprovi.');
    // Copied English words, Italian figures (no group separator under 10 000): the locale comes from the code, it-BE.
    expect(translator.t('money.problem.available', { availableCents: 123_456, costType: 'indemnity' }, 'it')).toContain('1234,56\u00a0€');
  });

  test("zod's generic messages follow in the new language, as zod has an Italian locale", () => {
    const worded = wordProblem(translator, { path: 'note', code: 'zod.too_big', params: { origin: 'string', maximum: 3, inclusive: true } }, 'it');
    expect(worded.message).toMatch(/Troppo/i);
    expect(wordProblem(translator, fieldProblem('event.date', 'field.required'), 'it').message).toBe('Required');
  });
});
