import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../../i18n/server-labels';
import {
  type ClaimRecord, type PolicyData, type PolicyDocumentKind, availablePolicyDocuments as documentsOf, claimsHistoryPeriod, claimsInHistory,
  documentIssuedOn, endorsementOf, insurancePeriod, provisionalCover,
} from '../../domain/policy-documents';
import { catalogue } from '../../i18n/catalogue';
import { formatDay, formatMoney, formatNumber } from '../../i18n/formats';
import type { PhraseParams } from '../../i18n/phrase';
import { type BlockContext, type PolicyholderData, insurer, policyBlocks } from './policy-blocks';
import { type Part, policyDocumentParts } from './policy-texts';
import { wordFor } from './policy-vocabulary';
import { documentWords, printable, renderPdf } from './pdf';

/**
 * The documents of a policy (polisdocumenten) as PDFs: what each says in policy-texts.ts, its words in the catalogue
 * (`document.policy` in i18n/locales/<language>/documents.json), layout with pdfmake. Which documents a policy has is
 * a pure rule in domain/policy-documents.ts.
 */
export { policyDocumentKinds, type PolicyDocumentKind } from '../../domain/policy-documents';

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

const titleOf = (kind: PolicyDocumentKind, language: string) => printable(catalogue.t(`document.policy.title.${kind}`, undefined, language));

/** The documents a policy has on `today`, each titled in every language of the catalogue (the portal searches them all). */
export function availablePolicyDocuments(policy: PolicyData, today: string) {
  return documentsOf(policy, today).map((document) => ({
    ...document,
    title: Object.fromEntries(catalogue.languages.map((language) => [language, titleOf(document.kind, language)])) as Record<string, string>,
  }));
}
export type AvailablePolicyDocument = ReturnType<typeof availablePolicyDocuments>[number];

/** The reader's language and the Belgian formats of that language (`nl-BE`, `de-BE`, …). */
function blockContext(input: PolicyDocumentInput): BlockContext {
  const { language } = input;
  return {
    ...input,
    say: documentWords(language),
    word: (table, code) => wordFor(table, code, language),
    date: (iso) => formatDay(iso.slice(0, 10), language),
    number: (value) => printable(formatNumber(value, language)),
    euro: (cents) => printable(formatMoney(cents, language)),
  };
}

/** What the document's sentences may say: days as ISO and amounts in cents, worded by the catalogue's formatters. */
function sentenceParams(kind: PolicyDocumentKind, context: BlockContext, issuedOn: string): PhraseParams {
  const { policy, organisation, today, say, word } = context;
  const period = kind === 'claims_history' ? claimsHistoryPeriod(policy, today)
    : kind === 'provisional_cover' ? provisionalCover(policy, today) ?? { from: policy.startDate, to: policy.startDate }
      : insurancePeriod(policy, today);
  const endorsement = endorsementOf(policy, today);
  return {
    insurer: insurer.name, city: say('document.insurerCity'), fsmaNumber: insurer.fsmaNumber, complaintsEmail: insurer.complaintsEmail,
    organisation: organisation.name, enterpriseNumber: organisation.enterpriseNumber,
    policyNumber: policy.policyNumber, productLine: word('productLine', policy.productLine), status: word('policyStatus', policy.status).toLowerCase(),
    start: policy.startDate, premium: policy.annualPremiumCents, issuedOn, today, from: period.from, to: period.to,
    number: endorsement?.number ?? 1, effectiveOn: endorsement?.effectiveOn ?? policy.startDate,
  };
}

/** Lays out the parts: headings, paragraphs worded in the reader's language, blocks laid out in code. */
function layOut(parts: Part[], context: BlockContext, params: PhraseParams): Content[] {
  const blocks = policyBlocks(context);
  return parts.map((part): Content => {
    if ('heading' in part) return { text: context.say(part.heading), style: 'heading' };
    if ('paragraph' in part) return { text: context.say(part.paragraph, params), margin: [0, 0, 0, 8] };
    return blocks[part.block]();
  });
}

/** The insurer on the left, the policyholder (name, enterprise number, address) on the right. */
function letterhead({ organisation, say, word }: BlockContext): Content {
  return {
    columns: [
      { stack: [
        { text: insurer.name, bold: true, fontSize: 13 },
        `${insurer.street}, ${insurer.postalCode} ${say('document.insurerCity')}`,
        say('document.policy.insurerRegistration', { enterpriseNumber: insurer.enterpriseNumber, fsmaNumber: insurer.fsmaNumber }),
      ], color: '#1b4f72' },
      { width: 220, stack: [
        { text: say('document.policy.policyholder'), color: '#666', fontSize: 8 },
        { text: organisation.name, bold: true },
        say('document.policy.enterpriseNumber', { number: organisation.enterpriseNumber }),
        organisation.street,
        `${organisation.postalCode} ${organisation.city}`,
        word('country', organisation.country),
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
  const { say, word } = context;
  const title = titleOf(kind, input.language);
  const parts = policyDocumentParts(kind, {
    productLine: policy.productLine, active: policy.status === 'active', hasTerms: Object.keys(policy.terms).length > 0,
    hasClaims: claimsInHistory(input.claims, policy, today).length > 0,
  });
  return {
    info: { title: `${title} – ${policy.policyNumber}`, author: insurer.name },
    pageMargins: [40, 40, 40, 50],
    content: [
      letterhead(context),
      { text: title, style: 'title' },
      { text: `${policy.policyNumber} – ${word('productLine', policy.productLine)} · ${say('document.policy.issuedOn', { date: issuedOn })}`, color: '#444', margin: [0, 0, 0, 12] },
      ...layOut(parts, context, sentenceParams(kind, context, issuedOn)),
    ],
    footer: (page, pages) => ({
      columns: [
        `${insurer.name} · ${insurer.street}, ${insurer.postalCode} ${say('document.insurerCity')} · FSMA ${insurer.fsmaNumber}`,
        { text: say('document.page', { page, pages }), alignment: 'right', width: 100 },
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

/** A policy document as a PDF in the reader's language. */
export async function renderPolicyDocument(input: PolicyDocumentInput): Promise<Buffer> {
  return renderPdf(policyDocumentDefinition(input));
}
