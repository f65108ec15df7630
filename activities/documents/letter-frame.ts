import type { Content } from 'pdfmake/interfaces';
import { formatDay } from '../../i18n/formats';
import type { Language } from '../../i18n/server-labels';
import { insurer } from './policy-blocks';
import { documentWords, renderPdf } from './pdf';

export type LetterRecipient = 'victim' | 'employer' | 'health_fund' | 'policyholder';

/** What every letter of the insurer has around its body: who writes to whom, when, about what, and who signs. */
export interface LetterFrame {
  language: Language;
  recipient: LetterRecipient;
  addressee: { name: string; lines: string[] };
  /** The letter's date (YYYY-MM-DD). */
  on: string;
  subject: string;
  /** The line under the subject that names the file (organisation and policy). */
  reference: string;
  body: Content[];
  /** Who signs, as the claims handler. */
  handler: string;
}

/** A paragraph of a letter's body. */
export const paragraph = (text: string, margin = 14): Content => ({ text, margin: [0, 0, 0, margin] });

/** The line that names the file: the organisation and, when there is one, its policy. */
export const fileReference = (say: ReturnType<typeof documentWords>, organisationName: string, policyNumber: string | null) =>
  (policyNumber ? say('letter.insuredPolicy', { organisation: organisationName, policyNumber }) : organisationName);

/** A letter of the insurer as a PDF, in the reader's language: sender, addressee, date, subject, body, signature. */
export function letterPdf(frame: LetterFrame): Promise<Buffer> {
  const say = documentWords(frame.language);
  const content: Content[] = [
    { text: say('letter.sender', { insurer: insurer.name }), bold: true, margin: [0, 0, 0, 20] },
    { text: [frame.addressee.name, ...frame.addressee.lines].join('\n'), margin: [300, 0, 0, 6] },
    { text: `(${say(`letter.recipient.${frame.recipient}`)})`, italics: true, fontSize: 8, margin: [300, 0, 0, 20] },
    { text: formatDay(frame.on, frame.language), margin: [0, 0, 0, 10] },
    { text: frame.subject, bold: true, margin: [0, 0, 0, 6] },
    { text: frame.reference, fontSize: 9, margin: [0, 0, 0, 14] },
    paragraph(say('letter.greeting'), 8),
    ...frame.body,
    { text: [say('letter.closing'), say('letter.signature', { handler: frame.handler })].join('\n') },
  ];
  return renderPdf({ info: { title: frame.subject }, pageMargins: [50, 50, 50, 50], content, defaultStyle: { font: 'Roboto', fontSize: 10 } });
}
