import { z } from 'zod';
import { fieldProblem, problemsOf as fieldProblemsOf, type FieldProblem } from '../../i18n/field-problems';
import type { DeclarationType } from '../declaration-types';
import { workplaceInjuryOf } from '../declaration-facts';
import { declarationSchemas } from './by-type';
import { currentSchemas, type SchemaVersion } from './versions';

export { declarationSchemas };

export type { FieldProblem };

/**
 * A draft accepts any subset of the fields, but what is present must be well-formed: every object
 * field becomes optional (recursively) while each field keeps its own format rules and maximum.
 */
export function draftSchemaOf(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, draftSchemaOf(field as z.ZodType).optional()]));
    return z.strictObject(shape);
  }
  if (schema instanceof z.ZodArray) {
    // A draft may have fewer items than submit requires, never more.
    const maxima = (schema.def.checks ?? []).filter((check) => check._zod.def.check === 'max_length') as z.core.$ZodCheck<unknown[]>[];
    return z.array(draftSchemaOf(schema.element as z.ZodType)).check(...maxima);
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return draftSchemaOf(schema.unwrap() as z.ZodType);
  return schema;
}

/** A type's draft schema, made at its first use (a workflow checks one type). */
const draftSchemas = new Map<DeclarationType, z.ZodType>();
const draftSchemaFor = (type: DeclarationType) => {
  if (!draftSchemas.has(type)) draftSchemas.set(type, draftSchemaOf(currentSchemas.declarations[type]));
  return draftSchemas.get(type)!;
};

const problemsOf = (result: z.ZodSafeParseResult<unknown>, data: unknown): FieldProblem[] =>
  (result.success ? [] : fieldProblemsOf(result.error, data));

/** Field problems of a draft: only malformed fields count. */
export const draftProblems = (type: DeclarationType, data: unknown) => problemsOf(draftSchemaFor(type).safeParse(data), data);

const isSimplified = (type: DeclarationType, data: unknown) =>
  type === 'workplace_accident' && (data as { simplified?: unknown } | null)?.simplified === true;

/**
 * Field problems that stand in the way of submitting: everything the type (or its simplified form) requires,
 * by today's rules or by the version a workflow pinned (versions.ts).
 */
export function submitProblems(type: DeclarationType, data: unknown, schemas: SchemaVersion = currentSchemas): FieldProblem[] {
  if (!isSimplified(type, data)) return problemsOf(schemas.declarations[type].safeParse(data), data);
  const problems = problemsOf(schemas.workplaceAccidentSimplified.safeParse(data), data);
  const { outcome, directCause } = workplaceInjuryOf(data as Record<string, unknown>);
  if (!schemas.simplifiedDeclarationAllowed(outcome, directCause)) {
    problems.push(fieldProblem('simplified', 'declaration.problem.seriousAccident'));
  }
  return problems;
}
