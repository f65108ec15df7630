import { z } from 'zod';
import type { FieldProblem } from './field-problems';
import type { Translator } from './translator';

type ZodLocale = () => { localeError: (issue: never) => string | { message: string } | undefined | null };
const zodLocales = z.locales as unknown as Record<string, ZodLocale | undefined>;

/** zod's own wording of one of its generic checks, in the language when zod has that locale (else English). */
function zodWords(code: string, params: FieldProblem['params'], language: string): string {
  const locale = zodLocales[language] ?? zodLocales.en!;
  const worded = locale().localeError({ code, ...params, input: undefined } as never);
  return typeof worded === 'string' ? worded : worded?.message ?? code;
}

/** A field problem as the API answers it: with its message in the reader's language. */
export function wordProblem(translator: Translator, problem: FieldProblem, language: string) {
  const { path, code, params } = problem;
  const message = code.startsWith('zod.') ? zodWords(code.slice(4), params, language) : translator.t(code, params, language);
  return { path, code, params: params ?? {}, message };
}
