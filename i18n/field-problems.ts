import { z } from 'zod';
import type { PhraseKey } from './keys';
import { isPhraseKey, type Phrase, type PhraseParams } from './phrase';

/**
 * A field that breaks a rule: its path, a code and the code's parameters. The code is a catalogue key for our
 * own rules (`field.required`, `declaration.dateInFuture`) or `zod.<issue code>` for zod's generic checks,
 * which zod's own locales word. Pure: workflows return these.
 */
export interface FieldProblem {
  path: string;
  code: string;
  params?: PhraseParams;
}

const zodParamNames = ['expected', 'origin', 'minimum', 'maximum', 'inclusive', 'exact', 'format', 'pattern', 'divisor', 'values', 'keys'] as const;

/** What kind of value was sent, in zod's words (`undefined`, `string`, `number`, `array`, …). */
const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isNaN(value) ? 'nan' : typeof value);

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

const scalar = (value: unknown) =>
  (Array.isArray(value) ? value.map(String) : typeof value === 'bigint' || value instanceof RegExp ? String(value) : value) as PhraseParams[string];

/**
 * Lengths, list sizes and number bounds in plain words ("At most 10 characters"), where zod's locales speak of
 * "string <=10"; other checks keep zod's own wording.
 */
function limitOf(code: string, { origin, inclusive }: Record<string, PhraseParams[string]>): string | undefined {
  if (code !== 'too_big' && code !== 'too_small') return undefined;
  const big = code === 'too_big';
  if (origin === 'string') return big ? 'field.limit.tooLong' : 'field.limit.tooShort';
  if (origin === 'array' || origin === 'set') return big ? 'field.limit.tooMany' : 'field.limit.tooFew';
  if (origin === 'number' || origin === 'int' || origin === 'bigint') {
    if (inclusive === false) return big ? 'field.limit.below' : 'field.limit.above';
    return big ? 'field.limit.atMost' : 'field.limit.atLeast';
  }
  return undefined;
}

/** One zod issue as a field problem; `data` is what was parsed, to tell a missing field from a wrong one. */
export function problemOf(issue: z.core.$ZodIssue, data: unknown, root = '(data)'): FieldProblem {
  const path = issue.path.map(String).join('.') || root;
  const own = issue as z.core.$ZodIssue & { params?: Record<string, unknown> };
  if (isPhraseKey(issue.message)) return own.params ? { path, code: issue.message, params: own.params as PhraseParams } : { path, code: issue.message };
  const received = kindOf(valueAt(data, issue.path));
  // Nothing given where a value (of a type, one of a list, one of several shapes) is needed: "required".
  if (received === 'undefined' && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code)) return { path, code: 'field.required' };
  if (issue.code === 'invalid_type') return { path, code: 'field.wrongType', params: { expected: issue.expected, received } };
  const params: Record<string, PhraseParams[string]> = {};
  const fields = issue as unknown as Record<string, unknown>;
  for (const name of zodParamNames) {
    if (fields[name] !== undefined) params[name] = scalar(fields[name]);
  }
  // An empty text or list where one is needed reads as "required", not "too small: >= 1 characters".
  if (issue.code === 'too_small' && params.minimum === 1 && (params.origin === 'string' || params.origin === 'array')) {
    return { path, code: params.origin === 'string' ? 'field.required' : 'field.atLeastOne' };
  }
  const limit = limitOf(issue.code, params);
  return limit ? { path, code: limit, params } : { path, code: `zod.${issue.code}`, params };
}

export const problemsOf = (error: z.ZodError, data: unknown, root?: string): FieldProblem[] =>
  error.issues.map((issue) => problemOf(issue, data, root));

/** A problem of our own rules, for a path. */
export const fieldProblem = (path: string, code: PhraseKey, params?: PhraseParams): FieldProblem => (params ? { path, code, params } : { path, code });

/** A sentence already made (a rule's reason) as the problem of a field. */
export const phraseAsProblem = (path: string, { key, params }: Phrase): FieldProblem => (params ? { path, code: key, params } : { path, code: key });
