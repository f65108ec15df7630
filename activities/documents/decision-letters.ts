import type { Content } from 'pdfmake/interfaces';
import type { Decision, DeclarationSnapshot } from '../../domain/declaration';
import { Language, typeName } from '../../i18n/server-labels';
import { brusselsDate } from '../../domain/rules/calendar';
import { formatDay } from '../../i18n/formats';
import { insurer } from './policy-blocks';
import { documentWords, renderPdf } from './pdf';

export type LetterRecipient = 'victim' | 'employer' | 'health_fund' | 'policyholder';

/** Who receives the decision in writing: for a workplace accident the victim, the employer and the health fund (seed 004). */
export const letterRecipients = (type: DeclarationSnapshot['type']): LetterRecipient[] =>
  type === 'workplace_accident' || type === 'private_life' ? ['victim', 'employer', 'health_fund'] : ['policyholder'];

export interface LetterInput {
  declaration: DeclarationSnapshot;
  decision: Decision;
  recipient: LetterRecipient;
  addressee: { name: string; lines: string[] };
  organisationName: string;
  policyNumber: string | null;
  language: Language;
}

const subjects: Record<Decision['decision'], string> = { accept: 'letter.accept.subject', reserve: 'letter.reserve.subject', refuse: 'letter.refuse.subject' };

/** The letter's paragraphs after the greeting: the decision, what is still needed, what it means for a workplace accident. */
function body(input: LetterInput, say: ReturnType<typeof documentWords>): string[] {
  const { declaration, decision } = input;
  const workplace = declaration.type === 'workplace_accident' || declaration.type === 'private_life';
  const params = {
    typeName: typeName(declaration.type, input.language),
    eventDate: (declaration.data as any).event?.date ?? brusselsDate(decision.decidedAt),
    reason: decision.reason ?? '',
  };
  switch (decision.decision) {
    case 'accept':
      return [say('letter.accept.body', params)];
    case 'reserve':
      return [
        say('letter.reserve.body', params),
        ...(decision.missing.length ? [[say('letter.reserve.missing'), ...decision.missing.map((missing) => `- ${missing}`)].join('\n')] : []),
        ...(workplace ? [say('letter.reserve.workplace')] : []),
      ];
    case 'refuse':
      return [say('letter.refuse.body', params), ...(workplace ? [say('letter.refuse.workplace')] : [])];
  }
}

/** A decision letter (aanvaarding / voorbehoud / weigering) as a PDF, for one recipient, in the reader's language. */
export async function decisionLetterPdf(input: LetterInput): Promise<{ subject: string; pdf: Buffer }> {
  const say = documentWords(input.language);
  const { declaration, decision } = input;
  const subject = say(subjects[decision.decision], { claimNumber: declaration.claimNumber });
  const handler = declaration.handler?.name ?? decision.decidedBy.name;
  const paragraph = (text: string, margin = 14): Content => ({ text, margin: [0, 0, 0, margin] });
  const content: Content[] = [
    { text: say('letter.sender', { insurer: insurer.name }), bold: true, margin: [0, 0, 0, 20] },
    { text: [input.addressee.name, ...input.addressee.lines].join('\n'), margin: [300, 0, 0, 6] },
    { text: `(${say(`letter.recipient.${input.recipient}`)})`, italics: true, fontSize: 8, margin: [300, 0, 0, 20] },
    { text: formatDay(brusselsDate(decision.decidedAt), input.language), margin: [0, 0, 0, 10] },
    { text: subject, bold: true, margin: [0, 0, 0, 6] },
    { text: input.policyNumber ? say('letter.insuredPolicy', { organisation: input.organisationName, policyNumber: input.policyNumber }) : input.organisationName, fontSize: 9, margin: [0, 0, 0, 14] },
    paragraph(say('letter.greeting'), 8),
    ...body(input, say).map((text) => paragraph(text)),
    { text: [say('letter.closing'), say('letter.signature', { handler })].join('\n') },
  ];
  const pdf = await renderPdf({ info: { title: subject }, pageMargins: [50, 50, 50, 50], content, defaultStyle: { font: 'Roboto', fontSize: 10 } });
  return { subject, pdf };
}
