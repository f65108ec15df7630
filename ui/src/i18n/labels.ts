import { labelsOf } from '../../../i18n/labels';
import { translator } from './catalogue';

/** The declaration forms' words on screen: the same catalogue keys the PDFs and mails use (i18n/labels.ts). */
export const { typeName, fieldLabel, optionLabel, isOption } = labelsOf(translator);

/** The catalogue's languages, the default first: a language is a folder of i18n/locales, not a list in code. */
export const languages = translator.languages;
export type Language = string;
