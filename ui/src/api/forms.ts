import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { type FieldValues, type Path, type RegisterOptions, useForm, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { centsOf } from '../backoffice/words-of-business';
import { i18next } from '../i18n';
import { ApiError } from './client';

/**
 * A form resolved by a shared zod schema (contract/, domain/): the screen checks the rules the API
 * applies, before sending. Its values are the schema's input, what it submits the schema's output.
 */
export function useSchemaForm<S extends z.ZodType<any, any>>(schema: S, options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver'> = {}) {
  return useForm<z.input<S>, unknown, z.output<S>>({ mode: 'onTouched', ...options, resolver: zodResolver(schema) });
}

/**
 * A field's problem as the screen shows it: a message that is a catalogue key (`api.field.zeroChange`) is
 * worded here; zod's own messages come worded already (its locale follows the portal's language), and so do
 * the server's.
 */
export const problemText = (message: unknown): string | undefined =>
  typeof message !== 'string' || !message ? undefined : i18next.exists(message) ? i18next.t(message) : message;

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
 * refusal names fields the form has; the refusal itself shows where the form shows errors.
 */
export function useServerProblems<T extends FieldValues>(form: UseFormReturn<T, any, any>, error: unknown, fields: readonly Path<T>[]) {
  const names = fields.join(' '); // once per refusal, not once per render
  const { setError } = form;
  useEffect(() => {
    if (!(error instanceof ApiError)) return;
    for (const { path, message } of error.problems) {
      const field = names.split(' ').find((name) => path === name || path.endsWith(`.${name}`));
      if (field) setError(field as Path<T>, { type: 'server', message });
    }
  }, [error, setError, names]);
}
