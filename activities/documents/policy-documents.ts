import Handlebars from 'handlebars';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../../domain/labels';
import {
  type ClaimRecord, type PolicyData, type PolicyDocumentKind, claimsHistoryPeriod, claimsInHistory, documentIssuedOn, endorsementOf,
  insurancePeriod, policyDocumentKinds, policyDocumentTitles, provisionalCover,
} from '../../domain/policy-documents';
import { type BlockContext, type PolicyholderData, insurer, policyBlocks } from './policy-blocks';
import { productArticles } from './policy-conditions';
import { policyTemplates } from './policy-templates';
import { type PhraseKey, type TextLanguage, countryNames, phrases, pickText, policyStatusNames, productLineNames, wordFor } from './policy-vocabulary';
import { renderPdf } from './pdf';

/**
 * The documents of a policy (polisdocumenten) as PDFs: wording in Handlebars templates (policy-templates.ts),
 * layout with pdfmake. Which documents a policy has is a pure rule in domain/policy-documents.ts.
 */
export { availablePolicyDocuments, policyDocumentKinds, type AvailablePolicyDocument, type PolicyDocumentKind } from '../../domain/policy-documents';

export interface PolicyDocumentInput {
  kind: PolicyDocumentKind;
  policy: PolicyData;
  organisation: PolicyholderData;
  claims: ClaimRecord[];
  language: Language;
  today: string; // YYYY-MM-DD, Brussels
}

export class PolicyDocumentUnavailable extends Error {
  constructor(readonly kind: PolicyDocumentKind, readonly policyNumber: string) {
    super(`Policy ${policyNumber} has no ${kind} document`);
  }
}

// Compiled once, in a Handlebars environment of their own; documents are not HTML, so nothing is escaped.
const handlebars = Handlebars.create();
const compile = (template: string) => handlebars.compile(template, { noEscape: true, strict: true });
const textLanguages: TextLanguage[] = ['nl', 'fr', 'en'];
const compiledBodies = Object.fromEntries(textLanguages.map((text) => [text,
  Object.fromEntries(policyDocumentKinds.map((kind) => [kind, compile(policyTemplates[text][kind])]))])) as Record<TextLanguage, Record<PolicyDocumentKind, HandlebarsTemplateDelegate>>;
const compiledPhrases = Object.fromEntries(Object.entries(phrases)
  .map(([key, texts]) => [key, texts.map(compile)])) as Record<PhraseKey, HandlebarsTemplateDelegate[]>;

/** German readers get English until the documents are translated. */
export const textLanguage = (language: Language): TextLanguage => (language === 'de' ? 'en' : language);
export const formatDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

/** The reader's language and Belgian formats of that language (`nl-BE`, `fr-BE`, …). */
function blockContext(input: PolicyDocumentInput): BlockContext {
  const text = textLanguage(input.language);
  const locale = `${input.language}-BE`;
  // Belgian French groups digits with a narrow no-break space, which Roboto has no glyph for.
  const printable = (formatted: string) => formatted.replace(/\u202f/g, '\u00a0');
  return {
    ...input,
    text,
    phrase: (key, values = {}) => compiledPhrases[key][textLanguages.indexOf(text)](values),
    date: formatDate,
    number: (value) => printable(new Intl.NumberFormat(locale).format(value)),
    euro: (cents) => printable(new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100)),
  };
}

/** What the templates may say, every value already formatted for the reader. */
function templateData(context: BlockContext, issuedOn: string): Record<string, unknown> {
  const { policy, organisation, today, text, date } = context;
  const period = insurancePeriod(policy, today);
  const history = claimsHistoryPeriod(policy, today);
  const provisional = provisionalCover(policy, today) ?? { from: policy.startDate, to: policy.startDate };
  const endorsement = endorsementOf(policy, today);
  return {
    insurer: { ...insurer, city: pickText(insurer.city, text) },
    organisation,
    policy: {
      number: policy.policyNumber,
      productLine: wordFor(productLineNames, policy.productLine, text),
      start: date(policy.startDate),
      premium: context.euro(policy.annualPremiumCents),
      active: policy.status === 'active',
      status: wordFor(policyStatusNames, policy.status, text).toLowerCase(),
    },
    today: date(today),
    issuedOn: date(issuedOn),
    period: { from: date(period.from), to: date(period.to) },
    provisional: { from: date(provisional.from), to: date(provisional.to) },
    endorsement: { number: endorsement?.number ?? 1, effectiveOn: date(endorsement?.effectiveOn ?? policy.startDate) },
    history: { from: date(history.from), to: date(history.to) },
    claims: claimsInHistory(context.claims, policy, today),
    conditions: productArticles[text][policy.productLine],
    hasTerms: Object.keys(policy.terms).length > 0,
  };
}

/** French sets a no-break space before `:` `;` `!` `?`, so that they never start a line. */
const typeset = (rendered: string, text: TextLanguage) => (text === 'fr' ? rendered.replace(/ ([:;!?])/g, '\u00a0$1') : rendered);

/** Lays out a rendered template: `# ` lines are headings, `[[name]]` lines are blocks, blank lines end paragraphs. */
function layOut(rendered: string, blocks: Record<string, () => Content>): Content[] {
  const content: Content[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) content.push({ text: paragraph.join('\n'), margin: [0, 0, 0, 8] });
    paragraph = [];
  };
  for (const line of rendered.split('\n').map((each) => each.trim())) {
    const block = /^\[\[(\w+)\]\]$/.exec(line);
    if (!line) endParagraph();
    else if (line.startsWith('# ')) {
      endParagraph();
      content.push({ text: line.slice(2), style: 'heading' });
    } else if (block) {
      endParagraph();
      if (!blocks[block[1]]) throw new Error(`Unknown block [[${block[1]}]] in a policy document template`);
      content.push(blocks[block[1]]());
    } else paragraph.push(line);
  }
  endParagraph();
  return content;
}

/** The insurer on the left, the policyholder (name, enterprise number, address) on the right. */
function letterhead({ organisation, phrase, text }: BlockContext): Content {
  return {
    columns: [
      { stack: [
        { text: insurer.name, bold: true, fontSize: 13 },
        `${insurer.street}, ${insurer.postalCode} ${pickText(insurer.city, text)}`,
        phrase('insurerRegistration', insurer),
      ], color: '#1b4f72' },
      { width: 220, stack: [
        { text: phrase('policyholder'), color: '#666', fontSize: 8 },
        { text: organisation.name, bold: true },
        phrase('enterpriseNumber', { number: organisation.enterpriseNumber }),
        organisation.street,
        `${organisation.postalCode} ${organisation.city}`,
        wordFor(countryNames, organisation.country, text),
      ] },
    ],
    margin: [0, 0, 0, 24],
  };
}

/** The pdfmake definition of one policy document; throws PolicyDocumentUnavailable for a kind the policy has not. */
export function policyDocumentDefinition(input: PolicyDocumentInput): TDocumentDefinitions {
  const { kind, policy, today } = input;
  const issuedOn = documentIssuedOn(kind, policy, today);
  if (!issuedOn) throw new PolicyDocumentUnavailable(kind, policy.policyNumber);
  const context = blockContext(input);
  const { text, phrase } = context;
  const title = policyDocumentTitles[kind][text];
  return {
    info: { title: `${title} – ${policy.policyNumber}`, author: insurer.name },
    pageMargins: [40, 40, 40, 50],
    content: [
      letterhead(context),
      { text: title, style: 'title' },
      { text: `${policy.policyNumber} – ${wordFor(productLineNames, policy.productLine, text)} · ${phrase('issuedOn', { date: formatDate(issuedOn) })}`, color: '#444', margin: [0, 0, 0, 12] },
      ...layOut(typeset(compiledBodies[text][kind](templateData(context, issuedOn)), text), policyBlocks(context)),
    ],
    footer: (page, pages) => ({
      columns: [
        `${insurer.name} · ${insurer.street}, ${insurer.postalCode} ${pickText(insurer.city, text)} · FSMA ${insurer.fsmaNumber}`,
        { text: phrase('page', { page, pages }), alignment: 'right', width: 100 },
      ],
      fontSize: 7,
      color: '#666',
      margin: [40, 20, 40, 0],
    }),
    styles: {
      title: { fontSize: 17, bold: true, color: '#1b4f72', margin: [0, 0, 0, 2] },
      heading: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
    },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.2 },
  };
}

/** A policy document as a PDF in the reader's language (German falls back to English). */
export async function renderPolicyDocument(input: PolicyDocumentInput): Promise<Buffer> {
  return renderPdf(policyDocumentDefinition(input));
}
