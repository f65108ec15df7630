import { apiRefusals } from './catalogue/api';
import { assessmentSentences } from './catalogue/assessment';
import { fieldRefusals } from './catalogue/fields';
import { workflowRefusals } from './catalogue/workflows';
import { zodRefusals } from './catalogue/zod';
import type { Refusal, RefusalLanguage } from './catalogue/refusal';
import { valueIn } from './vocabulary';

/**
 * The server writes its refusals (and the assessment's sentences) in English; this puts them in the
 * reader's language. A catalogue entry is the English sentence as written in the source, with `{name}`
 * where a value is interpolated; the value is carried over, itself translated when the vocabulary knows
 * words of that name.
 */
const catalogue: Refusal[] = [...apiRefusals, ...workflowRefusals, ...fieldRefusals, ...assessmentSentences, ...zodRefusals];

const placeholder = /\{(\w+)\}/g;
const hasPlaceholder = (english: string) => english.search(placeholder) >= 0;
const escaped = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

interface Pattern {
  matcher: RegExp;
  names: string[];
  refusal: Refusal;
}

const compile = (refusal: Refusal): Pattern => ({
  matcher: new RegExp(`^${escaped(refusal[0]).replace(placeholder, '(.+?)')}$`),
  names: [...refusal[0].matchAll(placeholder)].map((match) => match[1]),
  refusal,
});

const sentences = new Map(catalogue.filter(([english]) => !hasPlaceholder(english)).map((refusal) => [refusal[0], refusal]));
/** In catalogue order: a specific pattern ("…, received undefined") comes before the general one. */
const patterns = catalogue.filter(([english]) => hasPlaceholder(english)).map(compile);

const inLanguage = ([, nl, fr]: Refusal, language: Exclude<RefusalLanguage, 'en'>) => (language === 'nl' ? nl : fr);

/** The refusal in the reader's language; a message the catalogue does not know stays English. */
export function translateRefusal(message: string, language: RefusalLanguage): string {
  if (language !== 'nl' && language !== 'fr') return message; // not yet in the key catalogue: English
  const sentence = sentences.get(message);
  if (sentence) return inLanguage(sentence, language);
  for (const { matcher, names, refusal } of patterns) {
    const values = matcher.exec(message);
    if (!values) continue;
    return inLanguage(refusal, language).replace(placeholder, (whole, name: string) => {
      const index = names.indexOf(name);
      return index < 0 ? whole : valueIn(name, values[index + 1], language);
    });
  }
  return message;
}

/** Whether the catalogue has a translation for this message (tests look for untranslated refusals). */
export const isTranslated = (message: string) =>
  sentences.has(message) || patterns.some(({ matcher }) => matcher.test(message));

/** The English sentences of the catalogue (tests match the source's templates against them). */
export const catalogueSentences = () => catalogue.map(([english]) => english);
