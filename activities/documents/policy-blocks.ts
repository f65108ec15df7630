import type { Content, TableCell } from 'pdfmake/interfaces';
import { declarationTypes, type DeclarationType } from '../../domain/declaration-types';
import { typeName, type Language } from '../../domain/labels';
import { type ClaimRecord, type PolicyData, claimsInHistory, endorsementOf, insurancePeriod } from '../../domain/policy-documents';
import { brusselsDate } from '../../domain/rules/calendar';
import {
  type PhraseKey, type TextLanguage, claimStatusNames, countryNames, fieldNames, guaranteeNames, pickText, policyStatusNames,
  productLineNames, valueNames, vehicleCategoryNames, wordFor,
} from './policy-vocabulary';

/** The blocks of a policy document that are laid out in code (tables, lists), placed by `[[name]]` in a template. */

/** The (fictitious) insurer that issues the documents; its numbers are made up but well-formed. */
export const insurer = {
  name: 'Verzekeraar NV',
  street: 'Koningsstraat 100',
  postalCode: '1000',
  city: ['Brussel', 'Bruxelles', 'Brussels'] as [string, string, string],
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
  text: TextLanguage;
  phrase: (key: PhraseKey, values?: Record<string, unknown>) => string;
  date: (iso: string) => string;
  number: (value: number) => string;
  euro: (cents: number) => string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A value as a reader expects it: amounts in euro, dates as dd/mm/yyyy, codes in words, lists one a line. */
function formatValue(key: string, value: unknown, context: BlockContext): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return context.phrase(value ? 'yes' : 'no');
  if (typeof value === 'number') return key.endsWith('Cents') ? context.euro(value) : context.number(value);
  if (Array.isArray(value)) return value.map((item) => formatValue(key, item, context)).join('\n');
  if (typeof value === 'object') return addressLine(value as Record<string, unknown>, context);
  const text = String(value);
  if (isoDate.test(text)) return context.date(text);
  const coded = valueNames[key]?.[text];
  return coded ? pickText(coded, context.text) : text;
}

function addressLine(address: Record<string, unknown>, context: BlockContext): string {
  const country = typeof address.country === 'string' && address.country !== 'BE' ? `, ${wordFor(countryNames, address.country, context.text)}` : '';
  return `${address.street ?? ''}, ${address.postalCode ?? ''} ${address.city ?? ''}${country}`.trim();
}

/** Label / value pairs of an object's fields (the object's `kind` is no field for the reader). */
function fieldRows(object: Record<string, unknown>, context: BlockContext, include: (key: string) => boolean = () => true): [string, string][] {
  return Object.entries(object)
    .filter(([key, value]) => key !== 'kind' && include(key) && value !== null && value !== undefined && value !== '')
    .map(([key, value]) => [wordFor(fieldNames, key, context.text), formatValue(key, value, context)]);
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
  codes.length ? { ul: codes.map((code) => wordFor(guaranteeNames, code, context.text)), margin: [0, 0, 0, 10] } : { text: '—', margin: [0, 0, 0, 10] };

function policyFacts(context: BlockContext): Content {
  const { policy, organisation, phrase, date, text } = context;
  const period = policy.endDate
    ? phrase('periodClosed', { start: date(policy.startDate), end: date(policy.endDate) })
    : phrase('periodOpen', { start: date(policy.startDate) });
  return labelValueTable([
    [phrase('policyNumber'), policy.policyNumber],
    [phrase('productLine'), wordFor(productLineNames, policy.productLine, text)],
    [phrase('policyholder'), organisation.name],
    [phrase('period'), period],
    [phrase('annualPremium'), context.euro(policy.annualPremiumCents)],
    [phrase('status'), wordFor(policyStatusNames, policy.status, text)],
  ]);
}

/** One row per risk: per site for a business, else the one insured object; values and deductible beside it. */
function risksTable(context: BlockContext): Content {
  const { policy, phrase, text } = context;
  const object = policy.insuredObject;
  const monetary = (key: string) => key.endsWith('Cents');
  const colon = text === 'fr' ? '\u00a0: ' : ': '; // French sets a no-break space before a colon
  const lines = (rows: [string, string][]) => rows.map(([label, value]) => `${label}${colon}${value}`).join('\n');
  const description = lines(fieldRows(object, context, (key) => key !== 'sites' && !monetary(key)));
  const values = lines([...fieldRows(object, context, monetary), ...fieldRows(policy.terms, context, (key) => key === 'insuredAmountCents' || key === 'deductibleCents')]);
  const guarantees = policy.guarantees.map((code) => wordFor(guaranteeNames, code, text)).join('\n');
  const sites = Array.isArray(object.sites) && object.sites.length ? object.sites.map(String) : [''];
  return headedTable([20, '*', 150, 140], ['#', phrase('risk'), phrase('guarantees'), phrase('insuredValues')],
    sites.map((site, index) => [String(index + 1), [description, site].filter(Boolean).join('\n'), guarantees, values || '—']));
}

function claimsTable(context: BlockContext): Content {
  const { policy, today, phrase, text, language } = context;
  const kindOfClaim = (type: string) =>
    (declarationTypes as readonly string[]).includes(type) ? typeName(type as DeclarationType, language) : wordFor(productLineNames, type, text);
  return headedTable([90, 70, '*', 110], [phrase('claimNumber'), phrase('date'), phrase('claimType'), phrase('status')],
    claimsInHistory(context.claims, policy, today).map((claim) => [
      claim.claimNumber,
      context.date(claim.eventDate ?? brusselsDate(claim.openedAt)),
      kindOfClaim(claim.type),
      wordFor(claimStatusNames, claim.status, text),
    ]));
}

/** Green-card vehicle category: A for cars and vans, C for lorries and tractors, unless the policy names one. */
function vehicleCategory(vehicle: Record<string, unknown>): string {
  if (typeof vehicle.category === 'string') return vehicle.category;
  return /camion|vrachtwagen|truck|lorry|tracteur|trekker/i.test(`${vehicle.description ?? ''} ${vehicle.model ?? ''}`) ? 'C' : 'A';
}

/** The numbered boxes of the international motor insurance card. */
function greenCard(context: BlockContext): Content {
  const { policy, organisation, phrase, date, text } = context;
  const vehicle = policy.insuredObject;
  const field = (key: string) => (typeof vehicle[key] === 'string' ? (vehicle[key] as string) : '');
  const period = insurancePeriod(policy, context.today);
  const category = vehicleCategory(vehicle);
  const boxes: [string, string][] = [
    [phrase('cardValidity'), `${date(period.from)} – ${date(period.to)}`],
    [phrase('cardNumber'), `B / ${insurer.greenCardCode} / ${policy.policyNumber}`],
    [wordFor(fieldNames, 'licensePlate', text), field('licensePlate')],
    [phrase('cardCategory'), `${category} – ${wordFor(vehicleCategoryNames, category, text)}`],
    [wordFor(fieldNames, 'make', text), [field('make'), field('model')].filter(Boolean).join(' ')],
    [wordFor(fieldNames, 'vin', text), field('vin')],
    [phrase('cardTerritory'), GREEN_CARD_COUNTRY_CODES.join('   ')],
    [phrase('cardHolder'), `${organisation.name}\n${organisation.street}\n${organisation.postalCode} ${organisation.city}`],
    [phrase('cardIssuer'), `${insurer.name}\n${insurer.street}\n${insurer.postalCode} ${pickText(insurer.city, text)}`],
  ];
  const border = () => '#7fb77f';
  return {
    table: { widths: [16, 150, '*'], body: boxes.map(([label, value], index) => [{ text: String(index + 1), bold: true }, { text: label, color: '#444' }, { text: value, bold: index < 6 }]) },
    layout: { fillColor: () => '#eaf5ea', hLineColor: border, vLineColor: border },
    margin: [0, 0, 0, 10],
  };
}

export function policyBlocks(context: BlockContext): Record<string, () => Content> {
  const { policy, today, phrase, text } = context;
  return {
    policy: () => policyFacts(context),
    insuredObject: () => labelValueTable(fieldRows(policy.insuredObject, context)),
    guarantees: () => guaranteeList(policy.guarantees, context),
    addedGuarantees: () => {
      const added = endorsementOf(policy, today)?.addedGuarantees ?? [];
      const omnium = typeof policy.terms.omnium === 'string' ? policy.terms.omnium : null;
      // an omnium formula without an omnium guarantee code still reads as what was added
      if (!added.length && omnium) return { ul: [wordFor(valueNames.omnium, omnium, text)], margin: [0, 0, 0, 10] };
      return guaranteeList(added, context);
    },
    terms: () => labelValueTable(fieldRows(policy.terms, context)),
    risks: () => risksTable(context),
    claims: () => claimsTable(context),
    greenCard: () => greenCard(context),
    signature: () => ({
      stack: [phrase('signedFor', { name: insurer.name }), { text: phrase('signatory'), italics: true, margin: [0, 18, 0, 0] }],
      margin: [0, 12, 0, 0],
      unbreakable: true,
    }),
  };
}
