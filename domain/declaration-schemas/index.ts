import { z } from 'zod';
import type { DeclarationType } from '../declaration-types';
import { workplaceInjuryOf } from '../declaration-facts';
import { simplifiedDeclarationAllowed } from '../rules/workplace-accident';
import { declarationSchemas, workplaceAccidentSimplified } from './by-type';

export { declarationSchemas };

export interface FieldProblem {
  path: string;
  message: string;
}

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

const draftSchemas = Object.fromEntries(
  Object.entries(declarationSchemas).map(([type, schema]) => [type, draftSchemaOf(schema)]),
) as Record<DeclarationType, z.ZodType>;

function problemsOf(result: z.ZodSafeParseResult<unknown>): FieldProblem[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(data)',
    message: issue.message,
  }));
}

/** Field problems of a draft: only malformed fields count. */
export const draftProblems = (type: DeclarationType, data: unknown) => problemsOf(draftSchemas[type].safeParse(data));

const isSimplified = (type: DeclarationType, data: unknown) =>
  type === 'workplace_accident' && (data as { simplified?: unknown } | null)?.simplified === true;

/** Field problems that stand in the way of submitting: everything the type (or its simplified form) requires. */
export function submitProblems(type: DeclarationType, data: unknown): FieldProblem[] {
  if (!isSimplified(type, data)) return problemsOf(declarationSchemas[type].safeParse(data));
  const problems = problemsOf(workplaceAccidentSimplified.safeParse(data));
  const { outcome, directCause } = workplaceInjuryOf(data as Record<string, unknown>);
  if (!simplifiedDeclarationAllowed(outcome, directCause)) {
    problems.push({ path: 'simplified', message: 'This is a serious accident: use the full declaration' });
  }
  return problems;
}
