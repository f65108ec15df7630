// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const roboto = require('pdfmake/fonts/Roboto');
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { catalogue } from '../../i18n/catalogue';
import { parsedFontHandle } from './parsed-fonts';
import type { PhraseParams } from '../../i18n/phrase';

// Roboto covers Dutch, French and German accents, parsed once (parsed-fonts.ts) and handed to pdfmake through its
// virtual file system; documents read nothing else, neither URLs nor local files.
const fonts = Object.fromEntries(Object.entries(roboto.Roboto as Record<string, string>).map(([style, file]) => {
  const name = `roboto-${style}.ttf`;
  pdfmake.virtualfs.writeFileSync(name, parsedFontHandle(file));
  return [style, name];
}));
pdfmake.setFonts({ Roboto: fonts });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}

/** Intl groups French digits with a narrow no-break space, which Roboto has no glyph for: a no-break space reads the same. */
export const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');

/** A document's words in one language: catalogue sentences with the shared formatters, printable in Roboto. */
export const documentWords = (language: string) => (key: string, params?: PhraseParams) => printable(catalogue.t(key, params, language));
export type DocumentWords = ReturnType<typeof documentWords>;
