// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const roboto = require('pdfmake/fonts/Roboto');
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { catalogue } from '../../i18n/catalogue';
import type { PhraseParams } from '../../i18n/phrase';

// Roboto covers Dutch, French and German accents; documents read nothing but the fonts.
const fontFolder = path.dirname(roboto.Roboto.normal);
pdfmake.setFonts(roboto);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file: string) => path.resolve(file).startsWith(fontFolder));

export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}

/** Intl groups French digits with a narrow no-break space, which Roboto has no glyph for: a no-break space reads the same. */
export const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');

/** A document's words in one language: catalogue sentences with the shared formatters, printable in Roboto. */
export const documentWords = (language: string) => (key: string, params?: PhraseParams) => printable(catalogue.t(key, params, language));
export type DocumentWords = ReturnType<typeof documentWords>;
