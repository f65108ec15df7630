import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DeclarationSnapshot } from '../../domain/declaration';
import { fieldLabel, isOption, Language, locale, optionLabel, phrase, typeName } from '../../domain/labels';
import { renderPdf } from './pdf';

export interface SummaryInput {
  declaration: Pick<DeclarationSnapshot, 'id' | 'type' | 'status' | 'data' | 'attachments' | 'claimNumber' | 'handler'> & { submittedAt: string | Date | null };
  organisationName: string;
  policyNumber: string | null;
  language: Language;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A value as a reader expects it: dates as dd/mm/yyyy, amounts in euro, yes / no. */
function formatValue(key: string, value: unknown, language: Language): string {
  if (typeof value === 'boolean') return phrase(value ? 'yes' : 'no', language);
  if (typeof value === 'number' && key.endsWith('Cents')) {
    return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR' }).format(value / 100);
  }
  if (typeof value === 'string' && isoDate.test(value)) return value.split('-').reverse().join('/');
  if (Array.isArray(value)) return value.map((item) => formatValue(key, item, language)).join(', ');
  if (isOption(value)) return optionLabel(value, language);
  return String(value);
}

/** Label / value rows for an object, nested objects (address, vehicle) indented under their label. */
function rows(object: Record<string, unknown>, language: Language, depth = 0): TableCell[][] {
  const indent = depth * 12;
  return Object.entries(object).flatMap(([key, value]): TableCell[][] => {
    if (value === undefined || value === null || value === '') return [];
    if (typeof value === 'object' && !Array.isArray(value)) {
      return [[{ text: fieldLabel(key, language), bold: true, margin: [indent, 2, 0, 0], colSpan: 2 }, {}], ...rows(value as Record<string, unknown>, language, depth + 1)];
    }
    return [[{ text: fieldLabel(key, language), margin: [indent, 0, 0, 0], color: '#444' }, { text: formatValue(key, value, language) }]];
  });
}

const table = (body: TableCell[][]): Content => ({ table: { widths: [170, '*'], body }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 10] });
const heading = (text: string): Content => ({ text, style: 'heading' });

function partiesSection(parties: Record<string, unknown[]> | undefined, language: Language): Content[] {
  if (!parties) return [];
  const people = (['insured', 'counterparties', 'witnesses'] as const).flatMap((role) =>
    (parties[role] ?? []).map((person, index) => [
      { text: `${fieldLabel(role, language)} ${index + 1}`, style: 'subheading' } as Content,
      table(rows(person as Record<string, unknown>, language)),
    ]));
  return [heading(fieldLabel('parties', language)), ...people.flat()];
}

/** The PDF summary of a declaration: every field, party and attachment, in the contact's language. */
export function declarationSummaryPdf({ declaration, organisationName, policyNumber, language }: SummaryInput): Promise<Buffer> {
  const { event, parties, damage, contact, ...rest } = declaration.data as Record<string, any>;
  const facts: TableCell[][] = [
    [phrase('reference', language), declaration.id],
    [phrase('organisation', language), organisationName],
    ...(policyNumber ? [[phrase('policy', language), policyNumber]] : []),
    ...(declaration.claimNumber ? [[phrase('claimNumber', language), declaration.claimNumber]] : []),
    ...(declaration.handler ? [[phrase('handler', language), `${declaration.handler.name}, ${declaration.handler.email}${declaration.handler.phone ? `, ${declaration.handler.phone}` : ''}`]] : []),
    ...(declaration.submittedAt ? [[phrase('submittedAt', language), new Date(declaration.submittedAt).toLocaleString(locale(language), { timeZone: 'Europe/Brussels' })]] : []),
  ];
  const sections: Content[] = [
    ...(event ? [heading(fieldLabel('event', language)), table(rows(event, language))] : []),
    ...partiesSection(parties, language),
    ...(damage ? [heading(fieldLabel('damage', language)), table(rows(damage, language))] : []),
    ...(Object.keys(rest).length ? [table(rows(rest, language))] : []),
    ...(contact ? [heading(fieldLabel('contact', language)), table(rows(contact, language))] : []),
    heading(fieldLabel('attachments', language)),
    declaration.attachments.length
      ? { ul: declaration.attachments.map((file) => `${file.fileName} (${fieldLabel(file.kind, language)}, ${Math.ceil(file.sizeBytes / 1024)} kB)`) }
      : { text: phrase('noAttachments', language), italics: true },
  ];
  const definition: TDocumentDefinitions = {
    info: { title: `${phrase('declaration', language)} ${declaration.id}` },
    pageMargins: [40, 50, 40, 50],
    content: [
      { text: `${phrase('declaration', language)} – ${typeName(declaration.type, language)}`, style: 'title' },
      { text: phrase('summary', language), margin: [0, 0, 0, 10] },
      table(facts.map(([label, value]) => [{ text: label as string, color: '#444' }, value])),
      ...sections,
    ],
    footer: (page, pages) => ({ text: `${phrase('page', language)} ${page} ${phrase('of', language)} ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      heading: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      subheading: { fontSize: 10, bold: true, margin: [0, 2, 0, 2] },
    },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
  };
  return renderPdf(definition);
}
