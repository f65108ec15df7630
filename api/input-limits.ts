import { isSafeText, UNSAFE_TEXT } from '../domain/text';
import { fieldProblem, type FieldProblem } from '../i18n/field-problems';

/** No request body of ours nests deeper than a declaration's parties (about 6 levels); 32 leaves room. */
export const MAX_BODY_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `maxDepth`: walked without recursion, so any depth is safe to ask about. */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * Path and query parameters that hold characters no parameter of ours takes (NUL, other control
 * characters, broken surrogates), named; checked for every route before its own schema, so no such
 * value reaches SQL or Temporal.
 */
export function unsafeParameters(parameters: Record<string, unknown>): FieldProblem[] {
  const holdsUnsafe = (value: unknown): boolean => {
    if (typeof value === 'string') return !isSafeText(value);
    if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, item]) => !isSafeText(key) || holdsUnsafe(item));
    return false;
  };
  return Object.entries(parameters)
    .filter(([name, value]) => !isSafeText(name) || holdsUnsafe(value))
    .map(([name]) => fieldProblem(isSafeText(name) ? name : '(query)', UNSAFE_TEXT));
}
