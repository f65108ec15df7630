import {
  PolicyDocumentUnavailable, availablePolicyDocuments, policyDocumentDefinition, renderPolicyDocument, type PolicyDocumentInput,
} from '../../activities/documents/policy-documents';
import { organisations, policies } from '../../db/seeds/demo-data';
import { endorsementOf, type ClaimRecord, type PolicyData } from '../../domain/policy-documents';
import type { ProductLine } from '../../domain/product-lines';
import { catalogue } from '../../i18n/catalogue';

// The library entry point without pdf-parse's self-test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');
/** The text of a PDF with every run of white space (line breaks, no-break spaces) read as one space. */
const pdfText = async (pdf: Buffer) => (await pdfParse(pdf)).text.replace(/\s+/g, ' ');

const today = '2025-06-10';
const demoPolicies = policies.map((seed) => ({
  policy: { ...seed, productLine: seed.productLine as ProductLine, status: 'active' as const, endDate: null } satisfies PolicyData,
  organisation: organisations.find((organisation) => organisation.key === seed.organisation)!,
}));
const demo = (policyNumber: string) => demoPolicies.find(({ policy }) => policy.policyNumber === policyNumber)!;
const kinds = (policy: PolicyData, on: string) => availablePolicyDocuments(policy, on).map((document) => document.kind);
const input = (policyNumber: string, kind: PolicyDocumentInput['kind'], language: PolicyDocumentInput['language'], claims: ClaimRecord[] = []): PolicyDocumentInput =>
  ({ kind, ...demo(policyNumber), claims, language, today });

describe('which documents a policy has', () => {
  const motor = ['AU-2023-661203', 'AU-2016-661877', 'AU-2024-662450', 'AU-2020-663318'];
  // more than three guarantees (BR-2017, BR-2015, AU-2023) or an omnium formula (AU-2023, AU-2024, AU-2020, OM-2022, OM-2021)
  const extended = ['BR-2017-440978', 'AU-2023-661203', 'OM-2022-770456', 'BR-2015-441002', 'AU-2024-662450', 'AU-2020-663318', 'OM-2021-771090'];

  test.each(demoPolicies.map(({ policy }) => [policy.policyNumber, policy.productLine, policy]))(
    'on 10 June 2025 %s (%s) has conditions, certificate, risks and claims history; a green card only if motor; an endorsement only if extended',
    (policyNumber, _productLine, policy) => {
      expect(kinds(policy as PolicyData, today)).toEqual([
        'special_conditions', 'general_conditions', 'insurance_certificate',
        ...(motor.includes(policyNumber as string) ? ['green_card'] : []),
        ...(extended.includes(policyNumber as string) ? ['endorsement'] : []),
        'insured_risks', 'claims_history',
      ]);
    });

  test('a provisional cover certificate exists from the start day to day 29, not before the start nor from day 30', () => {
    const { policy } = demo('VI-2025-880988'); // starts 2025-01-01
    expect(kinds(policy, '2024-12-31')).not.toContain('provisional_cover');
    expect(availablePolicyDocuments(policy, '2025-01-01').find((document) => document.kind === 'provisional_cover')?.issuedOn).toBe('2025-01-01');
    expect(kinds(policy, '2025-01-30')).toContain('provisional_cover');
    expect(kinds(policy, '2025-01-31')).not.toContain('provisional_cover');
  });

  test('on 20 January 2025 only VI-2025-880988, started 19 days earlier, has a provisional cover certificate', () => {
    const withProvisionalCover = demoPolicies.filter(({ policy }) => kinds(policy, '2025-01-20').includes('provisional_cover'));
    expect(withProvisionalCover.map(({ policy }) => policy.policyNumber)).toEqual(['VI-2025-880988']);
  });

  test('ids are stable, unique and URL-safe; the endorsement is endorsement-1; titles exist in every language of the catalogue', () => {
    const documents = availablePolicyDocuments(demo('AU-2023-661203').policy, today);
    expect(documents.map((document) => document.id)).toEqual([
      'special_conditions', 'general_conditions', 'insurance_certificate', 'green_card', 'endorsement-1', 'insured_risks', 'claims_history',
    ]);
    expect(availablePolicyDocuments(demo('AU-2023-661203').policy, '2025-12-31').map((document) => document.id)).toEqual(documents.map((document) => document.id));
    for (const document of documents) expect(encodeURIComponent(document.id)).toBe(document.id);
    expect(documents.find((document) => document.kind === 'green_card')!.title).toEqual({ nl: 'Groene kaart', fr: 'Carte verte', en: 'Green card', de: 'Grüne Karte' });
  });

  test('the endorsement adds the guarantees beyond the third and the own-damage ones, on the first anniversary once it has passed', () => {
    expect(endorsementOf(demo('BR-2017-440978').policy, today)).toEqual({ number: 1, effectiveOn: '2018-06-01', addedGuarantees: ['glass', 'business_interruption'] });
    expect(endorsementOf(demo('AU-2023-661203').policy, today))
      .toEqual({ number: 1, effectiveOn: '2024-03-15', addedGuarantees: ['full_omnium', 'replacement_vehicle', 'legal_assistance'] });
    // started 2024-09-01: in its first year, the extension runs from the start
    expect(endorsementOf(demo('AU-2024-662450').policy, today)).toEqual({ number: 1, effectiveOn: '2024-09-01', addedGuarantees: ['small_omnium', 'replacement_vehicle'] });
    expect(endorsementOf(demo('AU-2016-661877').policy, today)).toBeNull(); // liability only, omnium 'none'
  });
});

describe('the documents as PDFs', () => {
  test('the special conditions name the policy, the policyholder, the vehicle, the premium in euro and the guarantees in words', async () => {
    const text = await pdfText(await renderPolicyDocument(input('AU-2023-661203', 'special_conditions', 'nl')));
    for (const expected of ['Bijzondere voorwaarden', 'AU-2023-661203', 'Bakkerij Peeters BV', '0412.345.614', 'Kerkstraat 12', 'Verzekeraar NV',
      'FSMA', '1-ABC-234', 'VF1MA000123456789', '15/03/2023', '€ 38.500,00', '€ 1.423,00', 'BA motorrijtuigen', 'Volledige omnium', 'Vervangwagen', '€ 500,00']) {
      expect(text).toContain(expected);
    }
  });

  test('a green card shows the plate, make, VIN, the current insurance year and the country codes', async () => {
    const text = await pdfText(await renderPolicyDocument(input('AU-2020-663318', 'green_card', 'fr')));
    for (const expected of ['Carte verte', 'AU-2020-663318', 'Transport Wouters NV', '1-TRK-555', 'DAF XF 480', 'XLRTEH4300G123456', '01/05/2025 – 30/04/2026', 'B / 999 / AU-2020-663318']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('C – camion ou tracteur');
    expect(text.split(' ')).toEqual(expect.arrayContaining(['B', 'L', 'F', 'NL', 'D']));
  });

  test('French keeps its accents: "Conditions générales" for a company in Liège, premiums as 2 890,00 €', async () => {
    const conditions = await pdfText(await renderPolicyDocument(input('BR-2019-442310', 'general_conditions', 'fr')));
    for (const expected of ['Conditions générales', 'Liège', 'Transport Wouters NV', 'BR-2019-442310', 'Article 1 – Objet de l\'assurance', 'Incendie']) {
      expect(conditions).toContain(expected);
    }
    const special = await pdfText(await renderPolicyDocument(input('BR-2019-442310', 'special_conditions', 'fr')));
    expect(special).toContain('2 890,00 €');
    expect(special).toContain('Rue de la Gare 45, 4000 Liège');
  });

  test('the claims-history certificate lists a claim opened 2 years ago, not one opened 6 years ago, and goes to the policyholder only', async () => {
    const claims: ClaimRecord[] = [
      { claimNumber: 'SCH-2023-004512', type: 'motor_damage', eventDate: '2023-06-08', status: 'accepted', openedAt: '2023-06-10T08:30:00Z' },
      { claimNumber: 'SCH-2019-000871', type: 'motor_theft', eventDate: '2019-06-01', status: 'refused', openedAt: '2019-06-10T08:30:00Z' },
    ];
    const text = await pdfText(await renderPolicyDocument(input('AU-2016-661877', 'claims_history', 'nl', claims)));
    expect(text).toContain('SCH-2023-004512');
    expect(text).toContain('08/06/2023');
    expect(text).toContain('Auto – schade (niet-diefstal)');
    expect(text).toContain('Aanvaard');
    expect(text).not.toContain('SCH-2019-000871');
    expect(text).toContain('van 10/06/2020 tot en met 10/06/2025');
    expect(text).toContain('uitsluitend aan de verzekeringnemer afgeleverd');
  });

  test('without claims in five years the certificate says that none were registered', async () => {
    const text = await pdfText(await renderPolicyDocument(input('BR-2017-440978', 'claims_history', 'en')));
    expect(text).toContain('no claim was registered from 10/06/2020 to 10/06/2025');
    expect(text).toContain('delivered to the policyholder only');
  });

  test('a German certificate reads in German, with German dates and amounts', async () => {
    const text = await pdfText(await renderPolicyDocument(input('AU-2023-661203', 'insurance_certificate', 'de')));
    for (const expected of ['Versicherungsbescheinigung', 'Versicherungsnehmer', 'Unternehmensnummer 0412.345.614', 'Koningsstraat 100, 1000 Brüssel',
      'für den Versicherungszeitraum vom 15.03.2025 bis einschließlich 14.03.2026 in Kraft', 'Versichertes Risiko', 'Kennzeichen', 'Fahrgestellnummer (FIN)',
      'Versicherter Wert', '38.500,00 €', 'Kfz-Haftpflicht', 'Vollomnium', 'Ersatzfahrzeug', 'Für Verzekeraar NV', 'Die Direktion', 'Seite 1 von 1']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/Insurance|Policyholder|document\.policy/);
  });

  test('German special conditions and the German endorsement name the premium in euro, the guarantees and the terms in German', async () => {
    const special = await pdfText(await renderPolicyDocument(input('AU-2023-661203', 'special_conditions', 'de')));
    for (const expected of ['Besondere Bedingungen', 'Ihre Police', 'Jahresprämie (Steuern inbegriffen)', '1.423,00 €', 'ab dem 15.03.2023, jährlich stillschweigend verlängert',
      'In Kraft', 'Omnium-Formel', 'Vollomnium', 'Selbstbeteiligung', '500,00 €', 'Ausgestellt in Brüssel am 15.03.2023.']) {
      expect(special).toContain(expected);
    }
    const endorsement = await pdfText(await renderPolicyDocument(input('AU-2023-661203', 'endorsement', 'de')));
    for (const expected of ['Nachtragsschreiben', 'Betreff: Nachtrag Nr. 1 zur Police AU-2023-661203 – Kfz', 'Sehr geehrte Kundin, sehr geehrter Kunde,',
      'mit Wirkung zum 15.03.2024', 'Hinzugefügte Garantien', 'Ab dem 15.03.2024 beträgt die Jahresprämie 1.423,00 €, Steuern inbegriffen.']) {
      expect(endorsement).toContain(expected);
    }
  });

  test('the German general conditions carry the product\'s articles and the claims history its German period', async () => {
    const conditions = await pdfText(await renderPolicyDocument(input('BR-2017-440978', 'general_conditions', 'de')));
    for (const expected of ['Allgemeine Bedingungen', 'Artikel 1 – Gegenstand der Versicherung', 'Brand, Explosion, Blitzschlag', 'Artikel 5 – Beschwerden', 'Gesetz vom 4. April 2014']) {
      expect(conditions).toContain(expected);
    }
    const claims: ClaimRecord[] = [{ claimNumber: 'SCH-2023-004512', type: 'fire', eventDate: '2023-06-08', status: 'under_reservation', openedAt: '2023-06-10T08:30:00Z' }];
    const history = await pdfText(await renderPolicyDocument(input('BR-2017-440978', 'claims_history', 'de', claims)));
    for (const expected of ['Schadenverlaufsbescheinigung', 'im Zeitraum vom 10.06.2020 bis einschließlich 10.06.2025 die folgenden Schadenfälle registriert wurden',
      'Schadennummer', 'Art des Schadenfalls', 'SCH-2023-004512', '08.06.2023', 'Brand', 'Unter Vorbehalt angenommen']) {
      expect(history).toContain(expected);
    }
  });

  test('a document the policy has not is refused: no green card for a fire policy', async () => {
    await expect(renderPolicyDocument(input('BR-2017-440978', 'green_card', 'nl'))).rejects.toBeInstanceOf(PolicyDocumentUnavailable);
  });
});

describe('the wording of every document', () => {
  test('every available document of every demo policy lays out in every language without leftover markup or keys', () => {
    for (const { policy, organisation } of demoPolicies) {
      for (const { kind } of availablePolicyDocuments(policy, today)) {
        for (const language of catalogue.languages) {
          const content = JSON.stringify(policyDocumentDefinition({ kind, policy, organisation, claims: [], language, today }).content);
          expect({ policy: policy.policyNumber, kind, language, leftover: content.match(/\{\{|\[\[\w|undefined|NaN|Invalid Date|document\.\w/)?.[0] ?? null })
            .toEqual({ policy: policy.policyNumber, kind, language, leftover: null });
        }
      }
    }
  });

  test('an unknown guarantee code still reads as words', () => {
    const { policy, organisation } = demo('AU-2016-661877');
    const definition = policyDocumentDefinition({
      kind: 'special_conditions', policy: { ...policy, guarantees: ['liability', 'roadside_assistance'] }, organisation, claims: [], language: 'en', today,
    });
    expect(JSON.stringify(definition.content)).toContain('Roadside assistance');
  });
});
