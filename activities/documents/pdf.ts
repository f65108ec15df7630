// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const roboto = require('pdfmake/fonts/Roboto');
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// Roboto covers Dutch, French and German accents; documents read nothing but the fonts.
const fontFolder = path.dirname(roboto.Roboto.normal);
pdfmake.setFonts(roboto);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file: string) => path.resolve(file).startsWith(fontFolder));

export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}
