import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { localesFolder, readCatalogue } from '../../i18n/catalogue';
import { isPhraseKey } from '../../i18n/phrase';
import { sourceLiterals } from './key-usage';

const catalogue = readCatalogue();
const languages = Object.keys(catalogue);
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Every leaf key of a language (plural forms folded into their key), with the sentence's placeholders. */
function leaves(tree: unknown, prefix = ''): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [name, value] of Object.entries(tree as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (value !== null && typeof value === 'object') for (const [leaf, names] of leaves(value, key)) found.set(leaf, names);
    else {
      const names = [...String(value).matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]);
      const folded = key.replace(pluralSuffix, '');
      found.set(folded, [...new Set([...(found.get(folded) ?? []), ...names])].sort());
    }
  }
  return found;
}

const english = leaves(catalogue.en);
const namespaces = new Set(Object.keys(catalogue.en));
/** Keys the catalogue's own sentences reach by nesting: `$t(status.{{code}})` uses every key under status. */
const nestedPrefixes = [...JSON.stringify(catalogue.en).matchAll(/\$t\(([\w.-]+?)\.?\{\{/g)].map((match) => `${match[1]}.`);
const nestedKeys = [...JSON.stringify(catalogue.en).matchAll(/\$t\(([\w.-]+)\)/g)].map((match) => match[1]);

describe('one catalogue per language, in step', () => {
  test('nl, fr, en and de are there', () => {
    expect(languages.sort()).toEqual(expect.arrayContaining(['de', 'en', 'fr', 'nl']));
  });

  test.each(languages)('%s has the same files as English', (language) => {
    expect(readdirSync(join(localesFolder, language)).sort()).toEqual(readdirSync(join(localesFolder, 'en')).sort());
  });

  test.each(languages)('%s has every key of English, no other, with the same placeholders', (language) => {
    const keys = leaves(catalogue[language]);
    const missing = [...english.keys()].filter((key) => !keys.has(key));
    const extra = [...keys.keys()].filter((key) => !english.has(key));
    const placeholders = [...english].filter(([key, names]) => keys.has(key) && keys.get(key)!.join() !== names.join()).map(([key]) => key);
    expect({ missing, extra, placeholders }).toEqual({ missing: [], extra: [], placeholders: [] });
  });

  test.each(languages)('%s: no two files share a top-level key', (language) => {
    const folder = join(localesFolder, language);
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of readdirSync(folder)) {
      for (const name of Object.keys(JSON.parse(readFileSync(join(folder, file), 'utf8')))) {
        if (owners.has(name)) clashes.push(`${name}: ${owners.get(name)} and ${file}`);
        owners.set(name, file);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('the keys the code uses', () => {
  const literals = sourceLiterals().filter(({ text }) => namespaces.has(text.split('.')[0]) && text.includes('.'));

  test('every key used in the code is in the catalogue', () => {
    const unknown = literals.filter(({ text, prefix }) =>
      (prefix ? ![...english.keys()].some((key) => key.startsWith(text)) : isPhraseKey(text) && !english.has(text) && ![...english.keys()].some((key) => key.startsWith(`${text}.`))));
    expect(unknown.map(({ text, where }) => `${where}: ${text}`)).toEqual([]);
  });

  test('every key of the catalogue is used by the code or by another sentence', () => {
    const whole = new Set(literals.filter(({ prefix }) => !prefix).map(({ text }) => text));
    const prefixes = [...literals.filter(({ prefix }) => prefix).map(({ text }) => text), ...nestedPrefixes];
    const used = (key: string) =>
      whole.has(key) || nestedKeys.includes(key) || prefixes.some((prefix) => key.startsWith(prefix)) ||
      // a group handed over whole (`t('status')` with returnObjects, or a subtree's prefix as a literal)
      [...whole].some((literal) => key.startsWith(`${literal}.`));
    const unused = [...english.keys()].filter((key) => !key.startsWith('language.') && !used(key));
    expect(unused).toEqual([]);
  });
});
