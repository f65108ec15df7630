import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DeclarationSnapshot } from '../../domain/declaration';
import { fieldLabel, isOption, Language, optionLabel, typeName } from '../../i18n/server-labels';
import { formatDay, formatMoney, formatMoment } from '../../i18n/formats';
import { type DocumentWords, documentWords, printable, renderPdf } from './pdf';

export interface SummaryInput {
  declaration: Pick<DeclarationSnapshot, 'id' | 'type' | 'status' | 'data' | 'attachments' | 'claimNumber' | 'handler'> & { submittedAt: string | Date | null };
  organisationName: string;
  policyNumber: string | null;
  language: Language;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A value as a reader expects it: days and amounts as the language writes them, yes / no, answers in words. */
function formatValue(key: string, value: unknown, language: Language, say: DocumentWords): string {
  if (typeof value === 'boolean') return say(value ? 'document.answer.yes' : 'document.answer.no');
  if (typeof value === 'number' && key.endsWith('Cents')) return printable(formatMoney(value, language));
  if (typeof value === 'string' && isoDate.test(value)) return formatDay(value, language);
  if (Array.isArray(value)) return value.map((item) => formatValue(key, item, language, say)).join(', ');
  if (isOption(value)) return optionLabel(value, language);
  return String(value);
}

/** Label / value rows for an object, nested objects (address, vehicle) indented under their label. */
function rows(object: Record<string, unknown>, language: Language, say: DocumentWords, depth = 0): TableCell[][] {
  const indent = depth * 12;
  return Object.entries(object).flatMap(([key, value]): TableCell[][] => {
    if (value === undefined || value === null || value === '') return [];
    if (typeof value === 'object' && !Array.isArray(value)) {
      return [[{ text: fieldLabel(key, language), bold: true, margin: [indent, 2, 0, 0], colSpan: 2 }, {}], ...rows(value as Record<string, unknown>, language, say, depth + 1)];
    }
    return [[{ text: fieldLabel(key, language), margin: [indent, 0, 0, 0], color: '#444' }, { text: formatValue(key, value, language, say) }]];
  });
}

const table = (body: TableCell[][]): Content => ({ table: { widths: [170, '*'], body }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 10] });
const heading = (text: string): Content => ({ text, style: 'heading' });

function partiesSection(parties: Record<string, unknown[]> | undefined, language: Language, say: DocumentWords): Content[] {
  if (!parties) return [];
  const people = (['insured', 'counterparties', 'witnesses'] as const).flatMap((role) =>
    (parties[role] ?? []).map((person, index) => [
      { text: `${fieldLabel(role, language)} ${index + 1}`, style: 'subheading' } as Content,
      table(rows(person as Record<string, unknown>, language, say)),
    ]));
  return [heading(fieldLabel('parties', language)), ...people.flat()];
}

/** The PDF summary of a declaration: every field, party and attachment, in the contact's language. */
export function declarationSummaryPdf({ declaration, organisationName, policyNumber, language }: SummaryInput): Promise<Buffer> {
  const say = documentWords(language);
  const { event, parties, damage, contact, ...rest } = declaration.data as Record<string, any>;
  const handler = declaration.handler && [declaration.handler.name, declaration.handler.email, declaration.handler.phone].filter(Boolean).join(', ');
  const facts: [string, string][] = [
    [say('document.summary.reference'), declaration.id],
    [say('document.summary.organisation'), organisationName],
    ...(policyNumber ? [[say('document.summary.policy'), policyNumber] as [string, string]] : []),
    ...(declaration.claimNumber ? [[say('document.summary.claimNumber'), declaration.claimNumber] as [string, string]] : []),
    ...(handler ? [[say('document.summary.handler'), handler] as [string, string]] : []),
    ...(declaration.submittedAt ? [[say('document.summary.submittedAt'), formatMoment(new Date(declaration.submittedAt).toISOString(), language)] as [string, string]] : []),
  ];
  const sections: Content[] = [
    ...(event ? [heading(fieldLabel('event', language)), table(rows(event, language, say))] : []),
    ...partiesSection(parties, language, say),
    ...(damage ? [heading(fieldLabel('damage', language)), table(rows(damage, language, say))] : []),
    ...(Object.keys(rest).length ? [table(rows(rest, language, say))] : []),
    ...(contact ? [heading(fieldLabel('contact', language)), table(rows(contact, language, say))] : []),
    heading(fieldLabel('attachments', language)),
    declaration.attachments.length
      ? { ul: declaration.attachments.map((file) => say('document.summary.attachment', { fileName: file.fileName, kind: fieldLabel(file.kind, language), size: Math.ceil(file.sizeBytes / 1024) })) }
      : { text: say('document.summary.noAttachments'), italics: true },
  ];
  const definition: TDocumentDefinitions = {
    info: { title: say('document.summary.fileTitle', { reference: declaration.id }) },
    pageMargins: [40, 50, 40, 50],
    content: [
      { text: say('document.summary.title', { typeName: typeName(declaration.type, language) }), style: 'title' },
      { text: say('document.summary.summary'), margin: [0, 0, 0, 10] },
      table(facts.map(([label, value]) => [{ text: label, color: '#444' }, value])),
      ...sections,
    ],
    footer: (page, pages) => ({ text: say('document.page', { page, pages }), alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      heading: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      subheading: { fontSize: 10, bold: true, margin: [0, 2, 0, 2] },
    },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
  };
  return renderPdf(definition);
}
