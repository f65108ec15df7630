import { catalogue } from '../../i18n/catalogue';
import { formatNumber, formatPercent } from '../../i18n/formats';
import { phrase } from '../../i18n/phrase';

/** Numbers read as each language writes them, with the same separators as its amounts in the same sentence. */
describe('numbers in the catalogue’s sentences', () => {
  test('a decimal number: a comma in nl, fr and de, a point in English (as its amounts: €22.50)', () => {
    expect(['nl', 'fr', 'en', 'de'].map((language) => formatNumber(2.5, language))).toEqual(['2,5', '2,5', '2.5', '2,5']);
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatPercent(70.5, 'en')).toBe('70.5 %');
    expect(formatPercent(70.5, 'nl')).toBe('70,5 %');
  });

  test('the hours of a medical check, in the basis of its payment and in the timeline', () => {
    const basis = phrase('benefits.basis.medicalCheck', { on: '2026-10-20', hours: 2.5 });
    expect(catalogue.render(basis, 'nl')).toBe('Medische controle op 20/10/2026 (2,5 uur)');
    expect(catalogue.render(basis, 'fr')).toBe('Contrôle médical le 20/10/2026 (2,5 heures)');
    expect(catalogue.render(basis, 'en')).toBe('Medical check on 20/10/2026 (2.5 hours)');
    expect(catalogue.render(basis, 'de')).toBe('Ärztliche Kontrolle am 20.10.2026 (2,5 Stunden)');
    const recorded = phrase('benefits.timeline.recordMedicalCheck', { who: 'Hanne De Smet', on: '2026-10-20', hours: 2.5 });
    expect(catalogue.render(recorded, 'en')).toBe('Hanne De Smet recorded a medical check on 20/10/2026 (2.5 hours lost)');
    expect(catalogue.render(recorded, 'nl')).toBe('Hanne De Smet heeft een medische controle op 20/10/2026 geregistreerd (2,5 uur verloren)');
  });

  test('a wage refused as not positive says nothing of cents: the screen asks euros', () => {
    for (const language of ['nl', 'fr', 'en', 'de']) {
      expect(catalogue.render(phrase('benefits.field.wagePositive', {}), language)).not.toMatch(/cent/i);
    }
    expect(catalogue.render(phrase('benefits.field.wagePositive', {}), 'en')).toBe('Give a wage in euros above zero.');
  });
});
