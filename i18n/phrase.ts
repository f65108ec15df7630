import type { PhraseKey } from './keys';

/**
 * A sentence a person reads, as a catalogue key with typed parameters: amounts in cents, days and moments
 * as ISO text, enum values as their codes. Workflows, activities and rules produce phrases; they are worded
 * in the reader's language only at the edge (API answer, mail, PDF, screen). Pure: safe inside workflows.
 */
export type PhraseParam = string | number | boolean | null | readonly string[];
export type PhraseParams = Readonly<Record<string, PhraseParam>>;

export interface Phrase {
  readonly key: string;
  readonly params?: PhraseParams;
}

/** A phrase of a known key (see keys.ts); a key made at run time (`timeline.update.${name}`) goes through `phraseOf`. */
export const phrase = (key: PhraseKey, params?: PhraseParams): Phrase => phraseOf(key, params);

/** A phrase whose key is composed at run time: the catalogue test checks its prefix, the compiler cannot. */
export const phraseOf = (key: string, params?: PhraseParams): Phrase => (params ? { key, params } : { key });

/** A catalogue key looks like `area.name` (letters, digits, _ and -, dot-separated); zod's own messages never do. */
export const isPhraseKey = (text: string) => /^[a-z][\w-]*(\.[\w-]+)+$/i.test(text);

export const isPhrase = (value: unknown): value is Phrase =>
  typeof value === 'object' && value !== null && typeof (value as Phrase).key === 'string' && isPhraseKey((value as Phrase).key);
