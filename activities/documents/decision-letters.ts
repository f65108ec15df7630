import type { Decision, DeclarationSnapshot } from '../../domain/declaration';
import { Language, typeName } from '../../i18n/server-labels';
import { brusselsDate } from '../../domain/rules/calendar';
import { fileReference, letterPdf, type LetterRecipient, paragraph } from './letter-frame';
import { documentWords } from './pdf';

export type { LetterRecipient } from './letter-frame';

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

/** The subject of a decision letter (and of the mail that carries it). */
export const decisionLetterSubject = (decision: Decision, claimNumber: string | null, language: Language) =>
  documentWords(language)(subjects[decision.decision], { claimNumber });

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
  const subject = decisionLetterSubject(decision, declaration.claimNumber, input.language);
  const handler = declaration.handler?.name ?? decision.decidedBy.name;
  const pdf = await letterPdf({
    language: input.language, recipient: input.recipient, addressee: input.addressee, on: brusselsDate(decision.decidedAt), subject,
    reference: fileReference(say, input.organisationName, input.policyNumber), body: body(input, say).map((text) => paragraph(text)), handler,
  });
  return { subject, pdf };
}
