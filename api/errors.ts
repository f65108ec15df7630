import type { ErrorRequestHandler } from 'express';
import type { RefusalLanguage } from './i18n/catalogue/refusal';
import { readerLanguage } from './i18n/reader-language';
import { translateRefusal } from './i18n/refusal-words';
import { bodyRefusal } from './security/body-refusals';

export interface FieldProblem {
  path: string;
  message: string;
}

/** An error a user can act on: `{ "error": { "code", "message", "details" } }` with its HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: unknown) => new HttpError(400, 'malformed_request', message, details);
export const unauthenticated = () => new HttpError(401, 'unauthenticated', 'Log in first.');
export const forbidden = (code: string, message: string) => new HttpError(403, code, message);
/** Also for another organisation's data: never reveal that it exists. */
export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found.`);
export const conflict = (code: string, message: string, details?: unknown) => new HttpError(409, code, message, details);
export const invalid = (message: string, details: FieldProblem[]) => new HttpError(422, 'validation_failed', message, details);

/** Field problems (`[{ path, message }]`) in the reader's language; other details are data, passed on as they are. */
const detailsIn = (details: unknown, language: RefusalLanguage) => {
  if (!Array.isArray(details)) return details ?? null;
  return details.map((detail) => (typeof detail?.message === 'string' ? { ...detail, message: translateRefusal(detail.message, language) } : detail));
};

/** The one place refusals leave the server: in the language the request asks for (English by default). */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const language = readerLanguage(req);
  const refuse = (status: number, code: string, message: string, details?: unknown) =>
    res.status(status).json({ error: { code, message: translateRefusal(message, language), details: detailsIn(details, language) } });
  if (error instanceof HttpError) {
    refuse(error.status, error.code, error.message, error.details);
    return;
  }
  // express.json() reports unreadable bodies with a status and type of its own.
  const unreadable = bodyRefusal(error, req.get('content-encoding')?.toLowerCase());
  if (unreadable) {
    refuse(unreadable.status, unreadable.code, unreadable.message, unreadable.details);
    return;
  }
  // The router could not decode a path segment (a percent sign not followed by UTF-8, such as %E0%A4%A).
  if (error instanceof URIError && (error as URIError & { status?: number }).status === 400) {
    refuse(400, 'malformed_request', 'The path is malformed.');
    return;
  }
  console.error(error);
  refuse(500, 'internal_error', 'Something went wrong on our side; nothing was changed. Try again.');
};
