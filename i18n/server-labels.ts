import { catalogue } from './catalogue';
import { labelsOf } from './labels';

/**
 * The labels of the API and the worker (PDFs, mails, letters), from the shared catalogue; the screen has its own
 * instance over the same files (ui/src/i18n/labels.ts). A language is a folder of i18n/locales.
 */
export const languages = catalogue.languages as [string, ...string[]];
/** A language the catalogue has (see `catalogue.languageOf`). */
export type Language = string;

export const { typeName, fieldLabel, optionLabel, isOption } = labelsOf(catalogue);
export { humanise } from './labels';

/** The language the declaration's contact asked for; Dutch when none was given or the catalogue lacks it. */
export const contactLanguage = (data: Record<string, any>): Language => catalogue.languageOf(data.contact?.language);
