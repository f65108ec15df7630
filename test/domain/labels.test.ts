import { z } from 'zod';
import { declarationSchemas } from '../../domain/declaration-schemas';
import { fieldLabel, humanise, isOption, Language, optionLabel } from '../../domain/labels';

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

  test('every field has a label in Dutch and French', () => {
    expect([...keys].filter((key) => !translated(fieldLabel)(key))).toEqual([]);
  });

  test('every answer a form offers reads as words in Dutch and French, not as its code', () => {
    expect(options.size).toBeGreaterThan(40);
    expect([...options].filter((option) => !translated(optionLabel)(option))).toEqual([]);
    expect(optionLabel('natural_force', 'nl')).toBe('Natuurkrachten');
    expect(optionLabel('single', 'fr')).toBe('Chambre particulière');
  });

  test('free text is not mistaken for a coded answer', () => {
    expect(isOption('collision')).toBe(true);
    expect(isOption('Aanrijding op de E40')).toBe(false);
    expect(isOption('constructor')).toBe(false);
  });
});
