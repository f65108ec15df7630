import type { FieldProblem } from '../api/client';
import type { JsonSchema } from '../api/declarations';

/** A place in the declaration's data: `['parties', 'insured', 0, 'firstName']`. */
export type FieldPath = (string | number)[];
export type Data = Record<string, unknown>;

/** The server's way of naming a field: `parties.insured.0.firstName`. */
export const pathKey = (path: FieldPath) => path.join('.');

export const valueAt = (data: unknown, path: FieldPath): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data);

/** A copy of `data` with `value` at `path`; an undefined value removes the field, so a draft only holds what was filled in. */
export function setAt(data: unknown, path: FieldPath, value: unknown): any {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const list = Array.isArray(data) ? [...data] : [];
    list[key] = setAt(list[key], rest, value);
    return list;
  }
  const object: Data = data !== null && typeof data === 'object' && !Array.isArray(data) ? { ...(data as Data) } : {};
  const next = setAt(object[key], rest, value);
  if (next === undefined) delete object[key];
  else object[key] = next;
  return object;
}

/**
 * What the form shows is what is saved: a required yes/no question starts as "no" (a switch has no third
 * state), and a list the type defaults to empty starts empty.
 */
export function withDefaults(schema: JsonSchema, value: unknown): unknown {
  if (schema.type === 'object' && schema.properties) {
    const object: Data = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Data) } : {};
    for (const [key, field] of Object.entries(schema.properties)) {
      const required = schema.required?.includes(key) ?? false;
      if (object[key] === undefined && field.type === 'boolean' && required) object[key] = false;
      else if (object[key] === undefined && field.type === 'array' && Array.isArray(field.default)) object[key] = [];
      else if (object[key] === undefined && field.type === 'array' && (field.minItems ?? 0) > 0 && field.items?.type === 'object') object[key] = [{}];
      else if (field.type === 'object' && (object[key] !== undefined || required)) object[key] = withDefaults(field, object[key]);
      else if (field.type === 'array' && Array.isArray(object[key]) && field.items?.type === 'object') {
        object[key] = (object[key] as unknown[]).map((item) => withDefaults(field.items!, item));
      }
    }
    return object;
  }
  return value;
}

/** Field problems by path; the create route names them `data.event.date`, the draft and submit routes `event.date`. */
export function problemsByPath(details: readonly Pick<FieldProblem, 'path' | 'message'>[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const detail of details) {
    const path = detail.path.replace(/^data\./, '');
    problems[path] = problems[path] ? `${problems[path]}; ${detail.message}` : detail.message;
  }
  return problems;
}
