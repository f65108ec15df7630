import type { DeclarationType } from '../domain/declaration-types';
import type { Translator } from './translator';

/**
 * The words of the declaration forms from the catalogue (`label` in i18n/locales/<language>/labels.json):
 * type names `label.type.<type>`, field labels `label.field.<key>`, answers `label.option.<code>`.
 * Shared by the server (domain/labels.ts) and the screen (ui/src/i18n/labels.ts), each over its own catalogue.
 */

/** `replacement_vehicle` → "Replacement vehicle": an unknown code still reads as words. */
export function humanise(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A code that can be a key segment: free text (spaces, dots) never is. */
const isCode = (value: string) => /^[a-z][\w-]*$/i.test(value);

export interface Labels {
  typeName(type: DeclarationType, language: string): string;
  /** A field's label; an unknown key reads as words rather than failing. */
  fieldLabel(key: string, language: string): string;
  /** One of a form's answers (an enum value) in the reader's language; an unknown code reads as words. */
  optionLabel(code: string, language: string): string;
  /** True for a value that is one of the forms' coded answers, rather than free text. */
  isOption(value: unknown): value is string;
}

export function labelsOf(translator: Translator): Labels {
  const known = (key: string) => translator.has(key);
  const wordOr = (key: string, code: string, language: string) => (isCode(code) && known(key) ? translator.t(key, undefined, language) : humanise(code));
  return {
    typeName: (type, language) => wordOr(`label.type.${type}`, type, language),
    fieldLabel: (key, language) => wordOr(`label.field.${key}`, key, language),
    optionLabel: (code, language) => wordOr(`label.option.${code}`, code, language),
    isOption: (value): value is string => typeof value === 'string' && isCode(value) && known(`label.option.${value}`),
  };
}
