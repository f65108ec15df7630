import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declarationSummaryPdf } from '../../activities/documents/declaration-summary';
import { decisionLetterPdf } from '../../activities/documents/decision-letters';
import { mailTemplates, renderMail } from '../../activities/mail/templates';
import type { DeclarationSnapshot, Decision } from '../../domain/declaration';
import { catalogue } from '../../i18n/catalogue';

// The library entry point without pdf-parse's self-test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');
/** The text of a PDF with every run of white space (line breaks, no-break spaces) read as one space. */
const pdfText = async (pdf: Buffer) => (await pdfParse(pdf)).text.replace(/\s+/g, ' ');

const workplaceAccident = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'declarations', 'workplace_accident.json'), 'utf8'));
const handler = { id: 'h-1', name: 'Hanne De Smet', email: 'hanne.desmet@verzekeraar.example', phone: null };
const declaration: DeclarationSnapshot = {
  id: '0b7e4f2a-5c1d-4e8f-9a3b-2d6c8e1f4a70', workflowId: 'declaration-0b7e4f2a', organisationId: 'org-1', policyId: 'policy-1',
  type: 'workplace_accident', status: 'under_reservation', step: 5, version: 3, revision: 7,
  data: { ...workplaceAccident.data, contact: { ...workplaceAccident.data.contact, language: 'de' } },
  attachments: [{ id: 'a-1', kind: 'medical_certificate_first_finding', fileName: 'attest.pdf', contentType: 'application/pdf', sizeBytes: 52_000 }] as DeclarationSnapshot['attachments'],
  claimNumber: '2026/AO/000014', handler, decision: null, actions: [],
  createdBy: { userId: 'u-1', name: 'An Peeters', role: 'customer' } as DeclarationSnapshot['createdBy'],
  createdAt: '2026-11-18T08:00:00Z', updatedAt: '2026-11-19T09:00:00Z', submittedAt: '2026-11-18T09:15:00Z',
};

describe('a German declaration summary', () => {
  test('names the declaration, its fields and answers in German, with German dates and figures', async () => {
    const text = await pdfText(await declarationSummaryPdf({ declaration, organisationName: 'Bakkerij Peeters BV', policyNumber: 'AO-2018-330145', language: 'de' }));
    for (const expected of [
      'Schadenmeldung – Arbeitsunfall', 'Übersicht Ihrer Schadenmeldung', 'Referenz', 'Police', 'AO-2018-330145', 'Schadennummer', '2026/AO/000014',
      'Sachbearbeiter', 'Hanne De Smet', 'Eingereicht am', 'Das Schadenereignis', '18.11.2026', 'Beschäftigt seit', '01.09.2015', 'Beteiligte Parteien',
      'Versicherter 1', 'Zeuge 1', 'Der Schaden', 'Vorübergehende Arbeitsunfähigkeit', 'Ja', 'Nein', 'Kontaktdaten', 'Sprache', 'Deutsch', 'Anlagen',
      'attest.pdf (Ärztliches Attest der Erstfeststellung, 51 kB)', 'Seite 1 von 2', 'Seite 2 von 2',
    ]) expect(text).toContain(expected);
    expect(text).not.toMatch(/document\.|label\.|Schadeaangifte|Claim declaration/);
  });
});

describe('a German decision letter', () => {
  const decision: Decision = {
    decision: 'reserve', reason: 'das ärztliche Attest fehlt', missing: ['Ärztliches Attest der Erstfeststellung'],
    decidedBy: { userId: 'h-1', name: 'Hanne De Smet', role: 'handler' } as Decision['decidedBy'], decidedAt: '2026-11-20T10:00:00Z',
  };

  test('accepts under reservation in German, lists what is missing and tells the victim what happens meanwhile', async () => {
    const { subject, pdf } = await decisionLetterPdf({
      declaration: { ...declaration, decision }, decision, recipient: 'victim', addressee: { name: 'Jan Claes', lines: ['Lange Lozanastraat 20', '2018 Antwerpen'] },
      organisationName: 'Bakkerij Peeters BV', policyNumber: 'AO-2018-330145', language: 'de',
    });
    expect(subject).toBe('Annahme unter Vorbehalt des Schadenfalls 2026/AO/000014');
    const text = await pdfText(pdf);
    for (const expected of [
      'Verzekeraar NV – Schadenabteilung', 'Jan Claes', '(das Unfallopfer)', '20.11.2026', subject, 'Bakkerij Peeters BV – Police AO-2018-330145',
      'Sehr geehrte Damen und Herren,', 'Wir nehmen den Schadenfall „Arbeitsunfall“ vom 18.11.2026 unter Vorbehalt an: das ärztliche Attest fehlt.',
      'Wir benötigen noch: - Ärztliches Attest der Erstfeststellung', 'wird die Abwesenheit als Krankheit behandelt', 'Mit freundlichen Grüßen Hanne De Smet, Sachbearbeiter',
    ]) expect(text).toContain(expected);
  });

  test('a refusal to the health fund says so in German', async () => {
    const refusal: Decision = { ...decision, decision: 'refuse', reason: 'kein Arbeitsunfall', missing: [] };
    const { subject, pdf } = await decisionLetterPdf({
      declaration: { ...declaration, decision: refusal }, decision: refusal, recipient: 'health_fund', addressee: { name: 'Christliche Krankenkasse', lines: [] },
      organisationName: 'Bakkerij Peeters BV', policyNumber: null, language: 'de',
    });
    expect(subject).toBe('Ablehnung des Schadenfalls 2026/AO/000014');
    const text = await pdfText(pdf);
    expect(text).toContain('(die Krankenkasse)');
    expect(text).toContain('Wir lehnen den Schadenfall „Arbeitsunfall“ vom 18.11.2026 ab: kein Arbeitsunfall.');
    expect(text).toContain('Mit diesem Schreiben kann sich das Unfallopfer an seine Krankenkasse wenden.');
  });
});

describe('the mails', () => {
  const context = {
    contactName: 'An Peeters', typeName: 'Arbeitsunfall', reference: '0B7E4F2A', organisationName: 'Bakkerij Peeters BV', policyNumber: 'AO-2018-330145',
    submittedAt: '2026-11-18T09:15:00Z', claimNumber: '2026/AO/000014', handler, missingDocuments: ['Ärztliches Attest der Erstfeststellung'],
    name: 'An Peeters', approved: false, kind: 'add_family_member', effectiveDate: '2026-12-01', reason: 'Noch nicht beschäftigt',
  };

  test.each(catalogue.languages.flatMap((language) => mailTemplates.map((template) => [template, language] as const)))(
    '%s in %s is worded entirely from the catalogue', (template, language) => {
      const { subject, text } = renderMail(template, language, context);
      expect(subject.length).toBeGreaterThan(10);
      expect(`${subject}\n${text}`).not.toMatch(/\b(mail|groupHospitalisation)\.\w|\{\{|\$t\(|undefined/);
    });

  test('a German contact reads the confirmation of the declaration in German', () => {
    const { subject, text } = renderMail('declaration-submitted', 'de', context);
    expect(subject).toBe('Ihre Schadenmeldung Arbeitsunfall ist bei uns eingegangen (0B7E4F2A)');
    for (const expected of ['Guten Tag An Peeters,', 'Wir haben Ihre Schadenmeldung „Arbeitsunfall“ für Bakkerij Peeters BV am 18.11.26, 10:15 erhalten.',
      'Police: AO-2018-330145', 'Referenz: 0B7E4F2A', 'Wir benötigen noch folgende Dokumente:\n- Ärztliches Attest der Erstfeststellung', 'Mit freundlichen Grüßen']) {
      expect(text).toContain(expected);
    }
  });

  test('a German requester reads the hospitalisation decision in German, the change named by its kind', () => {
    const { subject, text } = renderMail('hospitalisation-decided', 'de', context);
    expect(subject).toBe('Ihre Änderung der Krankenhausversicherung ist abgelehnt (0B7E4F2A)');
    expect(text).toContain('Die von Ihnen beantragte Änderung (Familienmitglied hinzufügen) wurde abgelehnt.\nBegründung: Noch nicht beschäftigt');
  });
});
