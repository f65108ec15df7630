import type { Content, TableCell } from 'pdfmake/interfaces';
import { declarationTypes, type DeclarationType } from '../../domain/declaration-types';
import { typeName, type Language } from '../../i18n/server-labels';
import { type ClaimRecord, type PolicyData, claimsInHistory, endorsementOf, insurancePeriod } from '../../domain/policy-documents';
import { brusselsDate } from '../../domain/rules/calendar';
import type { DocumentWords } from './pdf';
import { type VocabularyTable, valueWord } from './policy-vocabulary';

/** The blocks of a policy document that are laid out in code (tables, lists), placed by `[[name]]` in a template. */

/** The (fictitious) insurer that issues the documents; its numbers are made up but well-formed. */
export const insurer = {
  name: 'Verzekeraar NV',
  street: 'Koningsstraat 100',
  postalCode: '1000',
  enterpriseNumber: '0123.456.749',
  fsmaNumber: '9999',
  greenCardCode: '999', // insurer code on the green card, next to the country code B
  complaintsEmail: 'klachten@verzekeraar.example',
};

/** The green-card countries (international vehicle codes) where the motor liability cover applies. */
export const GREEN_CARD_COUNTRY_CODES = [
  'A', 'AL', 'AND', 'B', 'BG', 'BIH', 'CH', 'CY', 'CZ', 'D', 'DK', 'E', 'EST', 'F', 'FIN', 'GB', 'GR', 'H', 'HR', 'I', 'IL',
  'IRL', 'IS', 'L', 'LT', 'LV', 'M', 'MA', 'MD', 'MK', 'MNE', 'N', 'NL', 'P', 'PL', 'RO', 'S', 'SK', 'SLO', 'SRB', 'TN', 'TR', 'UA',
] as const;

export interface PolicyholderData { name: string; enterpriseNumber: string; street: string; postalCode: string; city: string; country: string }

/** A document's data with the reader's language and its formats. */
export interface BlockContext {
  policy: PolicyData;
  organisation: PolicyholderData;
  claims: ClaimRecord[];
  language: Language;
  today: string;
  /** The catalogue's sentences in the reader's language. */
  say: DocumentWords;
  /** A code of one of the vocabulary's tables in words. */
  word: (table: VocabularyTable, code: string) => string;
  date: (iso: string) => string;
  number: (value: number) => string;
  euro: (cents: number) => string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A value as a reader expects it: amounts in euro, dates as dd/mm/yyyy, codes in words, lists one a line. */
function formatValue(key: string, value: unknown, context: BlockContext): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return context.say(value ? 'document.answer.yes' : 'document.answer.no');
  if (typeof value === 'number') return key.endsWith('Cents') ? context.euro(value) : context.number(value);
  if (Array.isArray(value)) return value.map((item) => formatValue(key, item, context)).join('\n');
  if (typeof value === 'object') return addressLine(value as Record<string, unknown>, context);
  const text = String(value);
  if (isoDate.test(text)) return context.date(text);
  return valueWord(key, text, context.language) ?? text;
}

function addressLine(address: Record<string, unknown>, context: BlockContext): string {
  const country = typeof address.country === 'string' && address.country !== 'BE' ? `, ${context.word('country', address.country)}` : '';
  return `${address.street ?? ''}, ${address.postalCode ?? ''} ${address.city ?? ''}${country}`.trim();
}

/** Label / value pairs of an object's fields (the object's `kind` is no field for the reader). */
function fieldRows(object: Record<string, unknown>, context: BlockContext, include: (key: string) => boolean = () => true): [string, string][] {
  return Object.entries(object)
    .filter(([key, value]) => key !== 'kind' && include(key) && value !== null && value !== undefined && value !== '')
    .map(([key, value]) => [context.word('field', key), formatValue(key, value, context)]);
}

const labelValueTable = (rows: [string, string][]): Content => ({
  table: { widths: [170, '*'], body: rows.length ? rows.map(([label, value]) => [{ text: label, color: '#444' }, value]) : [['—', '']] },
  layout: 'lightHorizontalLines',
  margin: [0, 0, 0, 10],
});

const headedTable = (widths: (number | string)[], head: string[], rows: TableCell[][]): Content => ({
  table: { headerRows: 1, widths, body: [head.map((text) => ({ text, bold: true })), ...rows] },
  layout: 'lightHorizontalLines',
  margin: [0, 0, 0, 10],
});

const guaranteeList = (codes: string[], context: BlockContext): Content =>
  codes.length ? { ul: codes.map((code) => context.word('guarantee', code)), margin: [0, 0, 0, 10] } : { text: '—', margin: [0, 0, 0, 10] };

function policyFacts(context: BlockContext): Content {
  const { policy, organisation, say, word } = context;
  const period = policy.endDate
    ? say('document.policy.periodClosed', { start: policy.startDate, end: policy.endDate })
    : say('document.policy.periodOpen', { start: policy.startDate });
  return labelValueTable([
    [say('document.policy.policyNumber'), policy.policyNumber],
    [say('document.policy.productLineLabel'), word('productLine', policy.productLine)],
    [say('document.policy.policyholder'), organisation.name],
    [say('document.policy.period'), period],
    [say('document.policy.annualPremium'), context.euro(policy.annualPremiumCents)],
    [say('document.policy.status'), word('policyStatus', policy.status)],
  ]);
}

/** One row per risk: per site for a business, else the one insured object; values and deductible beside it. */
function risksTable(context: BlockContext): Content {
  const { policy, say, word } = context;
  const object = policy.insuredObject;
  const monetary = (key: string) => key.endsWith('Cents');
  const lines = (rows: [string, string][]) => rows.map(([label, value]) => say('document.policy.labelValue', { label, value })).join('\n');
  const description = lines(fieldRows(object, context, (key) => key !== 'sites' && !monetary(key)));
  const values = lines([...fieldRows(object, context, monetary), ...fieldRows(policy.terms, context, (key) => key === 'insuredAmountCents' || key === 'deductibleCents')]);
  const guarantees = policy.guarantees.map((code) => word('guarantee', code)).join('\n');
  const sites = Array.isArray(object.sites) && object.sites.length ? object.sites.map(String) : [''];
  return headedTable([20, '*', 150, 140], ['#', say('document.policy.risk'), say('document.policy.guarantees'), say('document.policy.insuredValues')],
    sites.map((site, index) => [String(index + 1), [description, site].filter(Boolean).join('\n'), guarantees, values || '—']));
}

function claimsTable(context: BlockContext): Content {
  const { policy, today, say, word, language } = context;
  const kindOfClaim = (type: string) =>
    (declarationTypes as readonly string[]).includes(type) ? typeName(type as DeclarationType, language) : word('productLine', type);
  return headedTable([90, 70, '*', 110], [say('document.policy.claimNumber'), say('document.policy.date'), say('document.policy.claimType'), say('document.policy.status')],
    claimsInHistory(context.claims, policy, today).map((claim) => [
      claim.claimNumber,
      context.date(claim.eventDate ?? brusselsDate(claim.openedAt)),
      kindOfClaim(claim.type),
      word('claimStatus', claim.status),
    ]));
}

/** Green-card vehicle category: A for cars and vans, C for lorries and tractors, unless the policy names one. */
function vehicleCategory(vehicle: Record<string, unknown>): string {
  if (typeof vehicle.category === 'string') return vehicle.category;
  return /camion|vrachtwagen|truck|lorry|tracteur|trekker/i.test(`${vehicle.description ?? ''} ${vehicle.model ?? ''}`) ? 'C' : 'A';
}

/** The numbered boxes of the international motor insurance card. */
function greenCard(context: BlockContext): Content {
  const { policy, organisation, say, word, date } = context;
  const vehicle = policy.insuredObject;
  const field = (key: string) => (typeof vehicle[key] === 'string' ? (vehicle[key] as string) : '');
  const period = insurancePeriod(policy, context.today);
  const category = vehicleCategory(vehicle);
  const boxes: [string, string][] = [
    [say('document.policy.cardValidity'), `${date(period.from)} – ${date(period.to)}`],
    [say('document.policy.cardNumber'), `B / ${insurer.greenCardCode} / ${policy.policyNumber}`],
    [word('field', 'licensePlate'), field('licensePlate')],
    [say('document.policy.cardCategory'), `${category} – ${word('vehicleCategory', category)}`],
    [word('field', 'make'), [field('make'), field('model')].filter(Boolean).join(' ')],
    [word('field', 'vin'), field('vin')],
    [say('document.policy.cardTerritory'), GREEN_CARD_COUNTRY_CODES.join('   ')],
    [say('document.policy.cardHolder'), `${organisation.name}\n${organisation.street}\n${organisation.postalCode} ${organisation.city}`],
    [say('document.policy.cardIssuer'), `${insurer.name}\n${insurer.street}\n${insurer.postalCode} ${say('document.insurerCity')}`],
  ];
  const border = () => '#7fb77f';
  return {
    table: { widths: [16, 150, '*'], body: boxes.map(([label, value], index) => [{ text: String(index + 1), bold: true }, { text: label, color: '#444' }, { text: value, bold: index < 6 }]) },
    layout: { fillColor: () => '#eaf5ea', hLineColor: border, vLineColor: border },
    margin: [0, 0, 0, 10],
  };
}

/** The blocks a policy document's parts may place (see policy-texts.ts). */
export function policyBlocks(context: BlockContext) {
  const { policy, today, say, word } = context;
  return {
    policy: () => policyFacts(context),
    insuredObject: () => labelValueTable(fieldRows(policy.insuredObject, context)),
    guarantees: () => guaranteeList(policy.guarantees, context),
    addedGuarantees: (): Content => {
      const added = endorsementOf(policy, today)?.addedGuarantees ?? [];
      const omnium = typeof policy.terms.omnium === 'string' ? policy.terms.omnium : null;
      // an omnium formula without an omnium guarantee code still reads as what was added
      if (!added.length && omnium) return { ul: [valueWord('omnium', omnium, context.language) ?? word('guarantee', omnium)], margin: [0, 0, 0, 10] };
      return guaranteeList(added, context);
    },
    terms: () => labelValueTable(fieldRows(policy.terms, context)),
    risks: () => risksTable(context),
    claims: () => claimsTable(context),
    greenCard: () => greenCard(context),
    signature: (): Content => ({
      stack: [say('document.policy.signedFor', { name: insurer.name }), { text: say('document.policy.signatory'), italics: true, margin: [0, 18, 0, 0] }],
      margin: [0, 12, 0, 0],
      unbreakable: true,
    }),
  };
}
export type BlockName = keyof ReturnType<typeof policyBlocks>;
