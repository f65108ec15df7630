import type { Content } from 'pdfmake/interfaces';
import type { ComputationLine } from '../../domain/rules/workplace-benefits/money';
import { formatMoney } from '../../i18n/formats';
import type { PhraseParams } from '../../i18n/phrase';
import type { Language } from '../../i18n/server-labels';
import { catalogue } from '../../i18n/catalogue';
import { fileReference, letterPdf, type LetterRecipient, paragraph } from './letter-frame';
import { type DocumentWords, documentWords, printable } from './pdf';

/** The steps of a workplace accident's benefits that both the victim and the employer are told of in writing (seed 004 q.11–14). */
export const benefitLetterSteps = [
  'period_paid', 'correction', 'agreement_proposed', 'agreement_ratified', 'revision_requested', 'final_settlement', 'annuity_started',
] as const;
export type BenefitLetterStep = (typeof benefitLetterSteps)[number];

/** Who receives every benefits letter. */
export const benefitLetterRecipients: LetterRecipient[] = ['victim', 'employer'];

interface Computed { lines: ComputationLine[] }
/**
 * Each step's facts (amounts in cents, days as YYYY-MM-DD) and the computation lines that explain them. The letter
 * prints what the process decided; it computes nothing itself.
 */
export type BenefitLetter =
  | { step: 'period_paid'; params: Computed & { from: string; to: string; days: number; provisional: boolean; toVictimCents: number; toEmployerCents: number } }
  | { step: 'correction'; params: Computed & { toVictimCents: number; toEmployerCents: number } }
  | { step: 'agreement_proposed'; params: Computed & { consolidationDate: string; degreePercent: number; yearlyCents: number } }
  | { step: 'agreement_ratified'; params: Computed & { ratifiedOn: string; reference: string; consolidationDate: string; degreePercent: number; yearlyCents: number; arrearsCents: number; revisionEndsOn: string } }
  | { step: 'revision_requested'; params: Computed & { reason: string; degreePercent: number } }
  | { step: 'final_settlement'; params: Computed & { revisionEndedOn: string; degreePercent: number; yearlyCents: number } }
  | { step: 'annuity_started'; params: Computed & { kind: 'allowance' | 'life_annuity'; from: string; yearlyCents: number; monthlyCents: number } };

export interface BenefitLetterInput {
  letter: BenefitLetter;
  claimNumber: string;
  recipient: LetterRecipient;
  addressee: { name: string; lines: string[] };
  organisationName: string;
  policyNumber: string | null;
  handler: string;
  /** The letter's date (YYYY-MM-DD). */
  on: string;
  language: Language;
}

/** The subject of a benefits letter (and of the mail that carries it). */
export const benefitLetterSubject = (step: BenefitLetterStep, claimNumber: string, language: Language) =>
  documentWords(language)(`benefitLetter.subject.${step}`, { claimNumber });

/** Who is paid what: an amount owed back (a negative correction) is said as such. */
function payments(say: DocumentWords, toVictimCents: number, toEmployerCents: number): string[] {
  const line = (payee: 'victim' | 'employer', cents: number) =>
    (cents < 0 ? say(`benefitLetter.overpaid.${payee}`, { amountCents: -cents }) : say(`benefitLetter.paid.${payee}`, { amountCents: cents }));
  return [...(toVictimCents !== 0 ? [line('victim', toVictimCents)] : []), ...(toEmployerCents !== 0 ? [line('employer', toEmployerCents)] : [])];
}

/** The step's paragraphs: what happened, who is paid what, and what comes next. */
function body({ step, params }: BenefitLetter, say: DocumentWords): string[] {
  const { lines: _lines, ...facts } = params;
  const said = (key: string) => say(key, facts as PhraseParams);
  switch (step) {
    case 'period_paid':
      return [
        say('benefitLetter.body.period_paid', { from: params.from, to: params.to, days: params.days, amountCents: params.toVictimCents + params.toEmployerCents }),
        ...payments(say, params.toVictimCents, params.toEmployerCents),
        ...(params.provisional ? [say('benefitLetter.provisional')] : []),
      ];
    case 'correction':
      return [say('benefitLetter.body.correction'), ...payments(say, params.toVictimCents, params.toEmployerCents)];
    case 'agreement_proposed':
      return [said('benefitLetter.body.agreement_proposed'), say('benefitLetter.next.agreement_proposed')];
    case 'agreement_ratified':
      return [
        said('benefitLetter.body.agreement_ratified'),
        ...(params.arrearsCents > 0 ? [say('benefitLetter.arrears', { amountCents: params.arrearsCents, consolidationDate: params.consolidationDate })] : []),
        say('benefitLetter.next.agreement_ratified', { revisionEndsOn: params.revisionEndsOn }),
      ];
    case 'revision_requested':
      return [said('benefitLetter.body.revision_requested'), say('benefitLetter.next.revision_requested')];
    case 'final_settlement':
      return [said('benefitLetter.body.final_settlement'), say('benefitLetter.next.final_settlement')];
    case 'annuity_started':
      return [said(`benefitLetter.body.annuity_started.${params.kind}`)];
  }
}

/** The computation, line by line, as the file shows it: what, and the amount it comes to. */
function computation(lines: ComputationLine[], language: Language, say: DocumentWords): Content[] {
  if (lines.length === 0) return [];
  const rows = lines.map((line) => [
    { text: printable(catalogue.render(line.phrase, language)) },
    { text: line.amountCents === null ? '' : printable(formatMoney(line.amountCents, language)), alignment: 'right' as const, noWrap: true },
  ]);
  return [
    { text: say('benefitLetter.computation'), bold: true, margin: [0, 4, 0, 6] },
    { table: { widths: ['*', 'auto'], body: rows }, layout: 'lightHorizontalLines', fontSize: 9, margin: [0, 0, 0, 14] },
  ];
}

/** A benefits letter as a PDF, for one recipient, in the reader's language. */
export async function benefitLetterPdf(input: BenefitLetterInput): Promise<{ subject: string; pdf: Buffer }> {
  const say = documentWords(input.language);
  const subject = benefitLetterSubject(input.letter.step, input.claimNumber, input.language);
  const pdf = await letterPdf({
    language: input.language, recipient: input.recipient, addressee: input.addressee, on: input.on, subject, handler: input.handler,
    reference: fileReference(say, input.organisationName, input.policyNumber),
    body: [...body(input.letter, say).map((text) => paragraph(text)), ...computation(input.letter.params.lines, input.language, say)],
  });
  return { subject, pdf };
}
