import { z } from 'zod';
import { declarationSchemas } from '../../domain/declaration-schemas';
import { contactLanguage, fieldLabel, humanise, isOption, Language, optionLabel, typeName } from '../../i18n/server-labels';
import { declarationTypes } from '../../domain/declaration-types';
import { catalogue } from '../../i18n/catalogue';
import { labelsOf } from '../../i18n/labels';
import { createTranslator } from '../../i18n/translator';

interface JsonSchema { properties?: Record<string, JsonSchema>; items?: JsonSchema; enum?: unknown[]; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; allOf?: JsonSchema[] }

/** Every field name and every offered answer of the nine declaration forms, as the UI receives them. */
function wordsOfTheForms(): { keys: Set<string>; options: Set<string> } {
  const keys = new Set<string>();
  const options = new Set<string>();
  const walk = (schema: JsonSchema | undefined): void => {
    if (!schema) return;
    for (const [key, property] of Object.entries(schema.properties ?? {})) { keys.add(key); walk(property); }
    walk(schema.items);
    schema.enum?.forEach((value) => options.add(String(value)));
    [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].forEach(walk);
  };
  for (const schema of Object.values(declarationSchemas)) walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
  return { keys, options };
}

// A word counts as translated when Dutch or French reads differently from the code turned into English words.
const translated = (label: (code: string, language: Language) => string) => (code: string) =>
  label(code, 'nl') !== humanise(code) || label(code, 'fr') !== humanise(code);

describe('the words of the declaration forms', () => {
  const { keys, options } = wordsOfTheForms();

  test('every field has a label in Dutch and French, not its code in words', () => {
    expect([...keys].filter((key) => !translated(fieldLabel)(key))).toEqual([]);
  });

  test('every answer a form offers reads as words in Dutch and French, not as its code', () => {
    expect(options.size).toBeGreaterThan(40);
    expect([...options].filter((option) => !translated(optionLabel)(option))).toEqual([]);
    expect(optionLabel('natural_force', 'nl')).toBe('Natuurkrachten');
    expect(optionLabel('single', 'fr')).toBe('Chambre particulière');
  });

  test('every declaration type, field and answer has its word in every language of the catalogue, German included', () => {
    const missing = catalogue.languages.flatMap((language) => [
      ...declarationTypes.map((type) => `label.type.${type}`),
      ...[...keys].map((key) => `label.field.${key}`),
      ...[...options].map((option) => `label.option.${option}`),
    ].filter((key) => !catalogue.has(key, language)).map((key) => `${language}: ${key}`));
    expect(missing).toEqual([]);
    expect(typeName('motor_damage', 'de')).toBe('Kfz – Schaden (kein Diebstahl)');
    expect(fieldLabel('licensePlate', 'de')).toBe('Kennzeichen');
    expect(fieldLabel('police_report', 'de')).toBe('Polizeiprotokoll');
    expect(optionLabel('single', 'de')).toBe('Einzelzimmer');
    expect(optionLabel('natural_force', 'de')).toBe('Naturgewalten');
  });

  test('free text is not mistaken for a coded answer', () => {
    expect(isOption('collision')).toBe(true);
    expect(isOption('Aanrijding op de E40')).toBe(false);
    expect(isOption('constructor')).toBe(false);
  });
});

describe('labels over any catalogue', () => {
  const labels = labelsOf(createTranslator({ nl: { label: { field: { iban: 'Rekeningnummer' }, option: { hail: 'Hagel' } } }, de: { label: { field: { iban: 'Kontonummer' } } } }));

  test('a known key reads in the language asked for, falling back to Dutch; an unknown key reads as words', () => {
    expect(labels.fieldLabel('iban', 'de')).toBe('Kontonummer');
    expect(labels.optionLabel('hail', 'de')).toBe('Hagel');
    expect(labels.fieldLabel('replacementVehicle', 'de')).toBe('Replacement vehicle');
    expect(labels.optionLabel('roadside_assistance', 'nl')).toBe('Roadside assistance');
    expect(labels.isOption('hail')).toBe(true);
    expect(labels.isOption('Hagel op de E40')).toBe(false);
  });
});

describe("the contact's language", () => {
  test('a German contact gets German; an unknown or missing language gets Dutch', () => {
    expect(contactLanguage({ contact: { language: 'de' } })).toBe('de');
    expect(contactLanguage({ contact: { language: 'fr' } })).toBe('fr');
    expect(contactLanguage({ contact: { language: 'xx' } })).toBe('nl');
    expect(contactLanguage({})).toBe('nl');
  });
});
