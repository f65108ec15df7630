import { toNestErrors } from '@hookform/resolvers';
import { useEffect, useMemo } from 'react';
import { type FieldError, type FieldValues, type Path, type RegisterOptions, type Resolver, useForm, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { problemOf } from '../../../i18n/field-problems';
import { wordProblem } from '../../../i18n/problem-wording';
import { centsOf } from '../backoffice/words-of-business';
import { currentLanguage } from '../i18n';
import { translator } from '../i18n/catalogue';
import { ApiError, type FieldProblem } from './client';

/**
 * The shared schema as a form's resolver, its problems worded exactly as the API words them: the same codes
 * (`field.required`, `field.limit.tooLong`, `zod.invalid_format`) through the same catalogue, in the portal's language.
 */
function catalogueResolver<S extends z.ZodType<any, any>>(schema: S): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const problem = problemOf(issue, values, 'root');
      // The first problem of a field is the one to fix first, as zod's own resolver shows it.
      errors[problem.path] ??= { type: problem.code, message: wordProblem(translator, problem, currentLanguage()).message };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

/**
 * A form resolved by a shared zod schema (contract/, domain/): the screen checks the rules the API
 * applies, before sending. Its values are the schema's input, what it submits the schema's output.
 */
export function useSchemaForm<S extends z.ZodType<any, any>>(schema: S, options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver'> = {}) {
  return useForm<z.input<S>, unknown, z.output<S>>({ mode: 'onTouched', ...options, resolver: catalogueResolver(schema) });
}

/** A field's problem as the screen shows it: worded already, by the form's resolver or by the server. */
export const problemText = (message: unknown): string | undefined => (typeof message === 'string' && message ? message : undefined);

/** Euros as typed (1.234,56) to the cents a schema checks; what is not an amount fails the schema's number check. */
export const asCents = { setValueAs: (text: string) => (text === '' ? undefined : centsOf(text) ?? Number.NaN) };

/** The props that bind a MUI TextField to a form field, its problem shown under it. */
export function fieldProps<T extends FieldValues>(form: UseFormReturn<T, any, any>, name: Path<T>, options?: RegisterOptions<T, Path<T>>) {
  const { ref, ...registered } = form.register(name, options);
  const problem = problemText(form.getFieldState(name, form.formState).error?.message);
  return { ...registered, inputRef: ref, error: Boolean(problem), helperText: problem };
}

/**
 * The server's field problems (`{ path, message }`, in the reader's language) under their fields, when a
 * refusal names fields the form has; without a list of fields, under the field its path names (a form that
 * holds the API's data as it is sent, as the declaration wizard does). Answers the problems that name no
 * field of the form, for the form to show beside the refusal.
 */
export function useServerProblems<T extends FieldValues>(form: UseFormReturn<T, any, any>, error: unknown, fields?: readonly Path<T>[]) {
  const names = fields?.join(' '); // once per refusal, not once per render
  const placed = useMemo(() => {
    const byField = new Map<string, string[]>();
    const elsewhere: FieldProblem[] = [];
    for (const problem of error instanceof ApiError ? error.problems : []) {
      const field = names === undefined ? problem.path : names.split(' ').find((name) => problem.path === name || problem.path.endsWith(`.${name}`));
      if (field) byField.set(field, [...(byField.get(field) ?? []), problem.message]);
      else elsewhere.push(problem);
    }
    return { byField, elsewhere };
  }, [error, names]);
  const { setError } = form;
  useEffect(() => {
    for (const [field, messages] of placed.byField) setError(field as Path<T>, { type: 'server', message: messages.join('; ') });
  }, [placed, setError]);
  return placed.elsewhere;
}
