import { useEffect, useRef, useState } from 'react';
import { get, type UseFormReturn } from 'react-hook-form';
import { ApiError, type FieldProblem } from '../api/client';
import { useServerProblems } from '../api/forms';
import type { Data } from './form-data';
import { type Declaration, declarationActions } from '../api/declarations';
import type { useDraftAutosave } from './useDraftAutosave';

type Draft = ReturnType<typeof useDraftAutosave>;

/**
 * Submits the draft once its last edits are saved. Completeness is the server's word: a refused submit
 * lists every missing field, and marks each under its field until that field changes.
 */
export function useSubmitDeclaration(form: UseFormReturn<Data, unknown, Data>, draft: Draft, base: string, lastEditableStep: number, onSubmitted: (declaration: Declaration) => void) {
  const [missing, setMissing] = useState<FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  useServerProblems(form, refusal);

  // A field whose value changes leaves the list (other notices of the form, such as its errors, do not).
  const seen = useRef(structuredClone(form.getValues()));
  useEffect(() => form.subscribe({
    formState: { values: true },
    callback: ({ name, values }) => {
      const before = seen.current;
      seen.current = structuredClone(values);
      if (!name || JSON.stringify(get(before, name)) === JSON.stringify(get(values, name))) return;
      setMissing((problems) => problems.filter((problem) => problem.path !== name && !problem.path.startsWith(`${name}.`)));
    },
  }), [form]);

  const submit = async () => {
    setSubmitting(true);
    setError(null);
    setRefusal(null);
    setMissing([]);
    form.clearErrors(); // the save marks again what is still malformed, and the server what is still missing
    try {
      if (!(await draft.save(lastEditableStep))) return;
      onSubmitted(await draft.serialised(() => declarationActions(base).submit(draft.version.current)));
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 422 && failure.problems.length) {
        setRefusal(failure);
        setMissing(failure.problems);
      } else setError(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return { submit, submitting, missing, error };
}
