import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../api/client';
import { useServerProblems } from '../api/forms';
import type { Data } from './form-data';
import { type Declaration, declarationActions } from '../api/declarations';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'invalid' } | { kind: 'stale' } | { kind: 'failed'; message: string };

const settleMs = 1500;

/**
 * Saves the wizard's form as the draft, with the version it was loaded at: when the edits settle (1.5 s)
 * and on every step change. Malformed fields stay in the browser, marked by the draft schema; saves run
 * one after the other, each with the version the previous one returned; a 409 means a colleague saved
 * in between.
 */
export function useDraftAutosave(declaration: Declaration, form: UseFormReturn<Data, unknown, Data>, draftSchema: z.ZodType, base: string) {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [refusal, setRefusal] = useState<unknown>(null);
  useServerProblems(form, refusal);
  const version = useRef(declaration.version);
  const saved = useRef(JSON.stringify(form.getValues())); // what the server holds, as JSON sends it
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const stale = useRef(false);
  const stepRef = useRef(declaration.step);

  /** Marks what the draft schema refuses, leaving the server's problems on the other fields. */
  const wellFormed = useCallback(async (data: Data) => {
    const checked = draftSchema.safeParse(data);
    if (checked.success) return true;
    await form.trigger(checked.error.issues.map((issue) => issue.path.join('.')).filter(Boolean));
    return false;
  }, [draftSchema, form]);

  const save = useCallback((step: number): Promise<boolean> => {
    if (!stale.current) setSaveState({ kind: 'saving' });
    queue.current = queue.current.then(async () => {
      if (stale.current) return false;
      const data = structuredClone(form.getValues());
      if (!(await wellFormed(data))) {
        setSaveState({ kind: 'invalid' });
        return false;
      }
      const sending = JSON.stringify(data);
      try {
        const answer = await declarationActions(base).saveDraft({ data, step, version: version.current });
        version.current = Math.max(version.current, answer.version);
        saved.current = sending;
        setRefusal(null);
        setSaveState({ kind: 'saved', at: new Date() });
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.code === 'stale_version') {
          stale.current = true;
          setSaveState({ kind: 'stale' });
        } else if (error instanceof ApiError && error.status === 422) {
          setRefusal(error);
          setSaveState({ kind: 'invalid' });
        } else {
          setSaveState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
        return false;
      }
    });
    return queue.current;
  }, [base, form, wellFormed]);

  // Save once the edits settle; every new edit restarts the wait.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (JSON.stringify(form.getValues()) !== saved.current) void save(stepRef.current);
        }, settleMs);
      },
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [form, save]);

  /** Attachments and submit change the version too: the next save goes with the server's latest. */
  const adopt = useCallback((next: Declaration) => {
    version.current = Math.max(version.current, next.version);
  }, []);

  /** Uploads and submit wait for the saves before them, so no two changes race for the same version. */
  const serialised = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const result = queue.current.then(task).then((value) => {
      const answered = (value as { version?: unknown } | null)?.version;
      if (typeof answered === 'number') version.current = Math.max(version.current, answered);
      return value;
    });
    queue.current = result.then(() => true, () => true);
    return result;
  }, []);

  return { saveState, save, stepRef, version, adopt, serialised };
}
