import Handlebars from 'handlebars';
import type { Content } from 'pdfmake/interfaces';
import type { Decision, DeclarationSnapshot } from '../../domain/declaration';
import { Language, typeName } from '../../domain/labels';
import { renderPdf } from './pdf';

export type LetterRecipient = 'victim' | 'employer' | 'health_fund' | 'policyholder';

/** Who receives the decision in writing: for a workplace accident the victim, the employer and the health fund (seed 004). */
export const letterRecipients = (type: DeclarationSnapshot['type']): LetterRecipient[] =>
  type === 'workplace_accident' || type === 'private_life' ? ['victim', 'employer', 'health_fund'] : ['policyholder'];

type TextLanguage = 'nl' | 'fr' | 'en';
const texts: Record<TextLanguage, Record<Decision['decision'], { subject: string; body: string }> & { greeting: string; closing: string; recipient: Record<LetterRecipient, string> }> = {
  nl: {
    accept: { subject: 'Aanvaarding van schadegeval {{claimNumber}}', body: 'Wij aanvaarden het schadegeval "{{typeName}}" van {{eventDate}}. Wij vergoeden de schade volgens de voorwaarden van de polis{{#if policyNumber}} {{policyNumber}}{{/if}}.' },
    reserve: { subject: 'Aanvaarding onder voorbehoud van schadegeval {{claimNumber}}', body: 'Wij aanvaarden het schadegeval "{{typeName}}" van {{eventDate}} onder voorbehoud: {{reason}}.\n\nWij hebben nog nodig:\n{{#each missing}}- {{this}}\n{{/each}}{{#if workplace}}\nIntussen wordt de afwezigheid behandeld als ziekte. Zodra de gegevens binnen zijn, beslissen wij en brengen wij alle partijen schriftelijk op de hoogte.{{/if}}' },
    refuse: { subject: 'Weigering van schadegeval {{claimNumber}}', body: 'Wij weigeren het schadegeval "{{typeName}}" van {{eventDate}}: {{reason}}.{{#if workplace}}\n\nMet deze brief kan het slachtoffer zich tot zijn ziekenfonds wenden.{{/if}}' },
    greeting: 'Geachte', closing: 'Met vriendelijke groeten,\n{{handlerName}}, dossierbeheerder',
    recipient: { victim: 'het slachtoffer', employer: 'de werkgever', health_fund: 'het ziekenfonds', policyholder: 'de verzekeringnemer' },
  },
  fr: {
    accept: { subject: 'Acceptation du sinistre {{claimNumber}}', body: 'Nous acceptons le sinistre « {{typeName}} » du {{eventDate}}. Nous indemnisons le dommage selon les conditions de la police{{#if policyNumber}} {{policyNumber}}{{/if}}.' },
    reserve: { subject: 'Acceptation sous réserve du sinistre {{claimNumber}}', body: 'Nous acceptons le sinistre « {{typeName}} » du {{eventDate}} sous réserve : {{reason}}.\n\nNous avons encore besoin de :\n{{#each missing}}- {{this}}\n{{/each}}{{#if workplace}}\nEntre-temps, l’absence est traitée comme une maladie. Dès réception des informations, nous déciderons et informerons toutes les parties par écrit.{{/if}}' },
    refuse: { subject: 'Refus du sinistre {{claimNumber}}', body: 'Nous refusons le sinistre « {{typeName}} » du {{eventDate}} : {{reason}}.{{#if workplace}}\n\nAvec cette lettre, la victime peut s’adresser à sa mutualité.{{/if}}' },
    greeting: 'Madame, Monsieur', closing: 'Meilleures salutations,\n{{handlerName}}, gestionnaire',
    recipient: { victim: 'la victime', employer: 'l’employeur', health_fund: 'la mutualité', policyholder: 'le preneur d’assurance' },
  },
  en: {
    accept: { subject: 'Acceptance of claim {{claimNumber}}', body: 'We accept the "{{typeName}}" claim of {{eventDate}}. We compensate the damage under the conditions of policy{{#if policyNumber}} {{policyNumber}}{{/if}}.' },
    reserve: { subject: 'Acceptance under reservation of claim {{claimNumber}}', body: 'We accept the "{{typeName}}" claim of {{eventDate}} under reservation: {{reason}}.\n\nWe still need:\n{{#each missing}}- {{this}}\n{{/each}}{{#if workplace}}\nMeanwhile the absence is treated as sickness. Once the information is in, we decide and inform all parties in writing.{{/if}}' },
    refuse: { subject: 'Refusal of claim {{claimNumber}}', body: 'We refuse the "{{typeName}}" claim of {{eventDate}}: {{reason}}.{{#if workplace}}\n\nWith this letter the victim can turn to their health fund.{{/if}}' },
    greeting: 'Dear Sir or Madam', closing: 'Kind regards,\n{{handlerName}}, claims handler',
    recipient: { victim: 'the victim', employer: 'the employer', health_fund: 'the health fund', policyholder: 'the policyholder' },
  },
};

const compiled = new Map<string, HandlebarsTemplateDelegate>();
const render = (template: string, context: object) => {
  let fn = compiled.get(template);
  if (!fn) compiled.set(template, (fn = Handlebars.compile(template, { noEscape: true })));
  return fn(context);
};

export interface LetterInput {
  declaration: DeclarationSnapshot;
  decision: Decision;
  recipient: LetterRecipient;
  addressee: { name: string; lines: string[] };
  organisationName: string;
  policyNumber: string | null;
  language: Language;
}

/** A decision letter (aanvaarding / voorbehoud / weigering) as a PDF, for one recipient. */
export async function decisionLetterPdf(input: LetterInput): Promise<{ subject: string; pdf: Buffer }> {
  const language: TextLanguage = input.language === 'de' ? 'en' : input.language;
  const words = texts[language];
  const context = {
    claimNumber: input.declaration.claimNumber, typeName: typeName(input.declaration.type, input.language),
    eventDate: String((input.declaration.data as any).event?.date ?? '').split('-').reverse().join('/'),
    policyNumber: input.policyNumber, reason: input.decision.reason, missing: input.decision.missing,
    workplace: input.declaration.type === 'workplace_accident' || input.declaration.type === 'private_life',
    handlerName: input.declaration.handler?.name ?? input.decision.decidedBy.name,
  };
  const subject = render(words[input.decision.decision].subject, context);
  const date = new Date(input.decision.decidedAt).toLocaleDateString(`${language}-BE`, { timeZone: 'Europe/Brussels' });
  const content: Content[] = [
    { text: 'Verzekeraar NV – Schadebeheer', bold: true, margin: [0, 0, 0, 20] },
    { text: [input.addressee.name, ...input.addressee.lines].join('\n'), margin: [300, 0, 0, 6] },
    { text: `(${words.recipient[input.recipient]})`, italics: true, fontSize: 8, margin: [300, 0, 0, 20] },
    { text: `${date}`, margin: [0, 0, 0, 10] },
    { text: subject, bold: true, margin: [0, 0, 0, 6] },
    { text: `${input.organisationName}${input.policyNumber ? ` – ${input.policyNumber}` : ''}`, fontSize: 9, margin: [0, 0, 0, 14] },
    { text: `${words.greeting},`, margin: [0, 0, 0, 8] },
    { text: render(words[input.decision.decision].body, context), margin: [0, 0, 0, 14] },
    { text: render(words.closing, context) },
  ];
  const pdf = await renderPdf({ info: { title: subject }, pageMargins: [50, 50, 50, 50], content, defaultStyle: { font: 'Roboto', fontSize: 10 } });
  return { subject, pdf };
}
