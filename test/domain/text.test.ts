import { z } from 'zod';
import { draftProblems } from '../../domain/declaration-schemas';
import { declarationSchemas } from '../../domain/declaration-schemas/by-type';
import { isSafeText, safeString, UNSAFE_TEXT } from '../../domain/text';

describe('text a declaration may hold', () => {
  test.each([
    ['NUL', '\u0000'], ['a bell', '\u0007'], ['an escape', '\u001b'], ['DEL', '\u007f'], ['a C1 control', '\u0085'],
    ['a lone high surrogate', '\ud800'], ['a lone low surrogate', '\udc00'], ['a high surrogate at the end', 'ok\ud83d'],
  ])('%s is refused', (_name, character) => {
    expect(isSafeText(`Waterschade${character} in de keuken`)).toBe(false);
  });

  test.each([
    ['tab, line feed and carriage return', 'Eerste lijn\r\n\tTweede lijn'], ['accents and the euro sign', 'Schade à € 1.234,56 — café'],
    ['an emoji (a surrogate pair)', 'Auto 🚗 beschadigd'], ['right-to-left text', 'שלום'],
  ])('%s are kept', (_name, text) => {
    expect(isSafeText(text)).toBe(true);
  });

  test('a safe string names its maximum in the JSON Schema and refuses with one message', () => {
    const schema = safeString(50);
    expect(z.toJSONSchema(schema)).toMatchObject({ type: 'string', maxLength: 50 });
    const refused = schema.safeParse('a\u0000b');
    expect(refused.success ? [] : refused.error.issues.map((issue) => issue.message)).toEqual([UNSAFE_TEXT]);
  });
});

describe('sizes no real declaration reaches', () => {
  const data = { parties: { witnesses: Array.from({ length: 51 }, () => ({ firstName: 'Piet', lastName: 'Pieters' })) } };

  test('a draft keeps the maximum of every list, not its minimum: 51 witnesses are too many, none is fine', () => {
    expect(draftProblems('liability', data).map((problem) => problem.path)).toEqual(['parties.witnesses']);
    expect(draftProblems('liability', { parties: { insured: [], witnesses: [] } })).toEqual([]);
  });

  test('the JSON Schema of every type shows the maximum of its lists and texts', () => {
    const schema = z.toJSONSchema(declarationSchemas.workplace_accident, { io: 'input' }) as any;
    expect(schema.properties.parties.properties.witnesses.maxItems).toBe(50);
    expect(schema.properties.damage.properties.bodyParts.maxItems).toBe(20);
    expect(schema.properties.event.properties.description.maxLength).toBe(5000);
    expect(schema.properties.parties.properties.insured.items.properties.firstName.maxLength).toBe(200);
  });
});
