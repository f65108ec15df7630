import type { z } from 'zod';
import { declarationSchemas, draftSchemaOf } from '../../../domain/declaration-schemas';
import type { DeclarationType } from '../../../domain/declaration-types';
import type { JsonSchema } from '../api/declarations';

/** A place in the declaration's data: `['parties', 'insured', 0, 'firstName']`. */
export type FieldPath = (string | number)[];
export type Data = Record<string, unknown>;

/**
 * The type's shared schema as a draft keeps it (domain/declaration-schemas): any subset of the fields, each
 * well-formed. The browser checks it before every save; completeness is the server's word at submit.
 */
export const draftSchemaFor = (type: DeclarationType) => draftSchemaOf(declarationSchemas[type]) as z.ZodType<Data, Data>;

/** The server's way of naming a field, and the form's: `parties.insured.0.firstName`. */
export const pathKey = (path: FieldPath) => path.join('.');

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
