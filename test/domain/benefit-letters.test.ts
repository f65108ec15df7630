import { type BenefitLetter, benefitLetterPdf, benefitLetterSteps } from '../../activities/documents/benefit-letters';
import { simplifiedBaseWage } from '../../domain/rules/workplace-benefits/base-wage';
import { temporaryBenefit } from '../../domain/rules/workplace-benefits/temporary';
import { catalogue } from '../../i18n/catalogue';

// The library entry point without pdf-parse's self-test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');
/** The text of a PDF with every run of white space (line breaks, no-break spaces) read as one space. */
const pdfText = async (pdf: Buffer) => (await pdfParse(pdf)).text.replace(/\s+/g, ' ');
const oneSpace = (text: string) => text.replace(/\s+/g, ' ');

// A blue-collar baker earning € 3,000 a month, unfit from the day of the accident for 18 days.
const accidentDate = '2026-11-02';
const baseWage = simplifiedBaseWage({ accidentDate, monthlyGrossCents: 300_000 });
const period = { from: '2026-11-02', to: '2026-11-19', certificateIds: ['c-1'] };
const benefit = temporaryBenefit({ accidentDate, period, baseWage, status: 'blue_collar' });
const lines = [...baseWage.lines, ...benefit.lines];

const letters: Record<BenefitLetter['step'], BenefitLetter> = {
  period_paid: { step: 'period_paid', params: { from: period.from, to: period.to, days: benefit.days, provisional: true, toVictimCents: benefit.toVictimCents, toEmployerCents: benefit.toEmployerCents, lines } },
  correction: { step: 'correction', params: { toVictimCents: -1_234, toEmployerCents: 5_678, lines: [] } },
  agreement_proposed: { step: 'agreement_proposed', params: { consolidationDate: '2027-03-01', degreePercent: 8, yearlyCents: 288_000, lines: [] } },
  agreement_ratified: {
    step: 'agreement_ratified',
    params: { ratifiedOn: '2027-05-10', reference: 'FED-2027-0042', consolidationDate: '2027-03-01', degreePercent: 8, yearlyCents: 288_000, arrearsCents: 54_000, revisionEndsOn: '2030-05-10', lines: [] },
  },
  revision_requested: { step: 'revision_requested', params: { reason: 'the knee got worse', degreePercent: 12, lines: [] } },
  final_settlement: { step: 'final_settlement', params: { revisionEndedOn: '2030-05-10', degreePercent: 8, yearlyCents: 288_000, lines: [] } },
  annuity_started: { step: 'annuity_started', params: { kind: 'life_annuity', from: '2030-05-11', yearlyCents: 288_000, monthlyCents: 24_000, lines: [] } },
};

const write = (letter: BenefitLetter, language: string, recipient: 'victim' | 'employer' = 'victim') => benefitLetterPdf({
  letter, claimNumber: '2026/AO/000014', recipient, addressee: { name: 'Jan Claes', lines: ['Lange Lozanastraat 20', '2018 Antwerpen'] },
  organisationName: 'Bakkerij Peeters BV', policyNumber: 'AO-2018-330145', handler: 'Hanne De Smet', on: '2026-11-20', language,
});

describe('the letters of a workplace accident’s benefits', () => {
  test.each(catalogue.languages.flatMap((language) => benefitLetterSteps.map((step) => [step, language] as const)))(
    'the %s letter in %s is worded entirely from the catalogue', async (step, language) => {
      const { subject, pdf } = await write(letters[step], language);
      expect(subject).toContain('2026/AO/000014');
      expect(await pdfText(pdf)).not.toMatch(/benefitLetter\.|benefitsRules\.|letter\.|\{\{|undefined|NaN/);
    });

  test('a period paid tells the victim, in French, the days, who is paid what, that it is provisional, and prints the computation line by line', async () => {
    const { subject, pdf } = await write(letters.period_paid, 'fr');
    expect(subject).toBe('Indemnité d’incapacité temporaire – sinistre 2026/AO/000014');
    const text = await pdfText(pdf);
    const euros = (cents: number) => oneSpace(new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(cents / 100));
    expect(benefit.toEmployerCents).toBeGreaterThan(0);
    for (const expected of [
      '(la victime)', '20/11/2026', 'Bakkerij Peeters BV – police AO-2018-330145',
      `Nous payons l’indemnité d’incapacité temporaire du 02/11/2026 au 19/11/2026 (${benefit.days} jours) : ${euros(benefit.totalCents)} au total.`,
      `À l’employeur, pour le salaire garanti qu’il a payé : ${euros(benefit.toEmployerCents)}.`,
      'Il s’agit d’un paiement provisoire sur la rémunération de base simplifiée.', 'Notre calcul',
      ...lines.map((line) => oneSpace(catalogue.render(line.phrase, 'fr'))),
      ...lines.filter((line) => line.amountCents !== null).map((line) => euros(line.amountCents!)),
    ]) expect(text).toContain(expected);
  });

  test('a correction says who was paid too much and who is paid more, to the employer in Dutch', async () => {
    const text = await pdfText((await write(letters.correction, 'nl', 'employer')).pdf);
    expect(text).toContain('(de werkgever)');
    expect(text).toContain('Het slachtoffer ontving € 12,34 te veel; wij verrekenen dit met de volgende betalingen.');
    expect(text).toContain('Aan de werkgever, voor het gewaarborgd loon dat hij betaalde: € 56,78.');
    expect(text).not.toContain('Zo hebben wij het berekend'); // no lines, no computation heading
  });

  test('the ratification in German names Fedris’ reference, the arrears since the consolidation and the end of the revision period', async () => {
    const text = await pdfText((await write(letters.agreement_ratified, 'de')).pdf);
    for (const expected of [
      'Fedris hat die Vereinbarung am 10.05.2027 bestätigt (Referenz FED-2027-0042): Konsolidierung am 01.03.2027, ein Grad der bleibenden Arbeitsunfähigkeit von 8 %',
      'Die seit der Konsolidierung am 01.03.2027 geschuldete Entschädigung zahlen wir jetzt: 540,00 €.',
      'Die Vereinbarung kann bis zum 10.05.2030 revidiert werden',
    ]) expect(text).toContain(expected);
  });
});
