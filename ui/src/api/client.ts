import type { ErrorResponse, FieldProblem } from '../../../contract/common';
import i18next from 'i18next';
import { currentLanguage } from '../i18n';

export type { FieldProblem, Page } from '../../../contract/common';

type Refusal = ErrorResponse['error'];

/**
 * The API's refusal, `{ error: { code, key, message, params, details } }`: `message` is already in the
 * portal's language; `key` and `params` name it for whoever words it again; `problems` are the fields'
 * (`{ path, code, params, message }`), shown under their fields.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly key: string | null;
  readonly params: Record<string, unknown>;
  readonly details: unknown;

  constructor(readonly status: number, refusal: Partial<Refusal>, fallback = `${status}`) {
    super(refusal.message ?? fallback);
    this.code = refusal.code ?? 'http_error';
    this.key = refusal.key ?? null;
    this.params = refusal.params ?? {};
    this.details = refusal.details ?? null;
  }

  /** The field problems of a 400 or 422, each with its path; none for other refusals. */
  get problems(): FieldProblem[] {
    return Array.isArray(this.details) ? (this.details as FieldProblem[]).filter((detail) => typeof detail?.path === 'string') : [];
  }
}

/** The server writes its refusals in the portal's language, not the browser's. */
const readerHeaders = () => ({ accept: 'application/json', 'accept-language': currentLanguage() });

/** A command's options: its Idempotency-Key, one per submission (ui/src/api/submission.ts), which money commands require. */
export interface CommandOptions { idempotencyKey?: string }

const keyHeader = (options?: CommandOptions): Record<string, string> => (options?.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {});

async function request<T>(method: string, path: string, body?: unknown, options?: CommandOptions): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: { ...readerHeaders(), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...keyHeader(options) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, payload?.error ?? {}, `${response.status} ${response.statusText}`);
  return payload as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, options?: CommandOptions) => request<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown, options?: CommandOptions) => request<T>('PUT', path, body, options),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/**
 * A multipart upload (files and fields); `onProgress` gets the share sent so far, 0 to 1. XMLHttpRequest
 * because fetch does not report upload progress.
 */
export function upload<T>(path: string, form: FormData, onProgress?: (share: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${path}`);
    for (const [name, value] of Object.entries(readerHeaders())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, { code: 'network_error' }, i18next.t('common.connectionFailed')));
    request.onload = () => {
      let payload: any = null;
      try {
        payload = JSON.parse(request.responseText);
      } catch {
        payload = null;
      }
      if (request.status >= 200 && request.status < 300) return resolve(payload as T);
      reject(new ApiError(request.status, payload?.error ?? {}, `${request.status} ${request.statusText}`));
    };
    request.send(form);
  });
}

/** A query string from the values that are set; the order is kept, so links stay readable. */
export function queryString(values: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
