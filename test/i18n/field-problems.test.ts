import { z } from 'zod';
import { catalogue } from '../../i18n/catalogue';
import { problemsOf } from '../../i18n/field-problems';
import { wordProblem } from '../../i18n/problem-wording';

const form = z.strictObject({
  name: z.string().max(5),
  code: z.string().min(3),
  items: z.array(z.string()).max(2),
  age: z.number().int().min(18).lt(120),
  kind: z.enum(['a', 'b']),
  email: z.email(),
  iban: z.string().refine((value) => value.startsWith('BE'), { message: 'field.iban' }),
  count: z.number(),
});
const sent = { name: 'Peeters', code: 'ab', items: ['x', 'y', 'z'], age: 150, email: 'not-an-address', iban: 'NL00', count: '3' };
const problems = problemsOf(form.safeParse(sent).error!, sent);
const worded = (language: string) => Object.fromEntries(problems.map((problem) => [problem.path, wordProblem(catalogue, problem, language).message]));

describe('zod issues as field problems: a code and parameters, worded in the reader\'s language', () => {
  test('missing, wrong kind, limits, our own rules and zod\'s generic checks each get their code', () => {
    expect(problems).toEqual([
      { path: 'name', code: 'field.limit.tooLong', params: { origin: 'string', maximum: 5, inclusive: true } },
      { path: 'code', code: 'field.limit.tooShort', params: { origin: 'string', minimum: 3, inclusive: true } },
      { path: 'items', code: 'field.limit.tooMany', params: { origin: 'array', maximum: 2, inclusive: true } },
      { path: 'age', code: 'field.limit.below', params: { origin: 'number', maximum: 120, inclusive: false } },
      { path: 'kind', code: 'field.required' },
      { path: 'email', code: 'zod.invalid_format', params: expect.objectContaining({ format: 'email', origin: 'string' }) },
      { path: 'iban', code: 'field.iban' },
      { path: 'count', code: 'field.wrongType', params: { expected: 'number', received: 'string' } },
    ]);
  });

  test('in Dutch, French, German and English', () => {
    expect(worded('nl')).toMatchObject({ name: 'Hoogstens 5 tekens', items: 'Hoogstens 2 elementen', age: 'Minder dan 120', kind: 'Verplicht', iban: 'Geen geldig IBAN', count: 'Verwacht: een getal, ontvangen: tekst' });
    expect(worded('fr')).toMatchObject({ name: '5 caractères au maximum', code: '3 caractères au minimum', kind: 'Obligatoire' });
    expect(worded('de')).toMatchObject({ name: 'Höchstens 5 Zeichen', age: 'Weniger als 120', kind: 'Pflichtfeld', email: expect.stringMatching(/E-Mail/) });
    expect(worded('en')).toMatchObject({ code: 'At least 3 characters', items: 'At most 2 items', kind: 'Required' });
  });

  test('a bound above a thousand is written as the language writes numbers', () => {
    const large = problemsOf(z.object({ total: z.number().max(10_000) }).safeParse({ total: 20_000 }).error!, { total: 20_000 });
    expect(wordProblem(catalogue, large[0], 'nl').message).toBe('Hoogstens 10.000');
    expect(wordProblem(catalogue, large[0], 'fr').message).toBe('10\u202f000 au maximum');
  });
});
