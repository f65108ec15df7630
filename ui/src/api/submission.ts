import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { useRef } from 'react';
import { ApiError } from './client';

/** A fresh key; `crypto.randomUUID` exists only in secure contexts, random bytes everywhere. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The server answered (a refusal, 4xx): nothing was applied, so the next submission may take a new key. A network
 * failure or a 5xx leaves it unknown whether the command was applied: its retry must carry the same key.
 */
const answered = (error: unknown) => error instanceof ApiError && error.status >= 400 && error.status < 500;

/**
 * A command sent with an Idempotency-Key, one per submission: the same values sent again after an unknown outcome
 * are the same submission and reuse its key (the server then answers the first request and changes nothing);
 * after an answer, or with other values, the next submission has a key of its own.
 */
export function useKeyedMutation<V, R>(
  call: (variables: V, idempotencyKey: string) => Promise<R>,
  options: Omit<UseMutationOptions<R, Error, V>, 'mutationFn'> = {},
) {
  const pending = useRef<{ values: string; key: string } | null>(null);
  return useMutation<R, Error, V>({
    ...options,
    mutationFn: (variables) => {
      const values = JSON.stringify(variables) ?? '';
      if (pending.current?.values !== values) pending.current = { values, key: newKey() };
      return call(variables, pending.current.key);
    },
    onSettled: (...settled) => {
      const error = settled[1];
      if (!error || answered(error)) pending.current = null;
      return options.onSettled?.(...settled);
    },
  });
}
