import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { Data, FieldPath, problemsByPath, setAt } from './form-data';
import { type Declaration, declarationActions } from '../api/declarations';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'invalid' } | { kind: 'stale' } | { kind: 'failed'; message: string };

const settleMs = 1500;

/**
 * The draft as the customer edits it, saved with the version it was loaded at: when the edits settle
 * (1.5 s) and on every step change. Saves run one after the other, each with the version the previous
 * one returned; a 409 means a colleague saved in between.
 */
export function useDraftAutosave(declaration: Declaration, initialData: Data, base: string) {
  const [data, setData] = useState<Data>(initialData);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const dataRef = useRef(data);
  const version = useRef(declaration.version);
  const edits = useRef(0);
  const savedEdits = useRef(0);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const stale = useRef(false);

  const save = useCallback((step: number): Promise<boolean> => {
    if (!stale.current) setSaveState({ kind: 'saving' });
    queue.current = queue.current.then(async () => {
      if (stale.current) return false;
      const sending = edits.current;
      try {
        const saved = await declarationActions(base).saveDraft({ data: dataRef.current, step, version: version.current });
        version.current = Math.max(version.current, saved.version);
        savedEdits.current = sending;
        setErrors({});
        setSaveState({ kind: 'saved', at: new Date() });
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.code === 'stale_version') {
          stale.current = true;
          setSaveState({ kind: 'stale' });
        } else if (error instanceof ApiError && error.status === 422) {
          setErrors(problemsByPath(error.problems));
          setSaveState({ kind: 'invalid' });
        } else {
          setSaveState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
        return false;
      }
    });
    return queue.current;
  }, [base]);

  const change = useCallback((path: FieldPath, value: unknown) => {
    edits.current += 1;
    dataRef.current = setAt(dataRef.current, path, value);
    setData(dataRef.current);
  }, []);

  // Save once the edits settle; every new edit restarts the wait.
  const stepRef = useRef(declaration.step);
  useEffect(() => {
    if (edits.current === savedEdits.current) return undefined;
    const timer = setTimeout(() => {
      if (edits.current !== savedEdits.current) void save(stepRef.current);
    }, settleMs);
    return () => clearTimeout(timer);
  }, [data, save]);

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

  return { data, change, errors, setErrors, saveState, save, stepRef, version, adopt, serialised };
}
