import type { ErrorRequestHandler } from 'express';

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

export const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  if (error instanceof HttpError) {
    res.status(error.status).json({ error: { code: error.code, message: error.message, details: error.details ?? null } });
    return;
  }
  // express.json() reports unreadable bodies with a status and type of its own.
  if (error?.type === 'entity.parse.failed') {
    res.status(400).json({ error: { code: 'malformed_json', message: 'The request body is not valid JSON.', details: null } });
    return;
  }
  if (error?.type === 'entity.too.large') {
    res.status(413).json({ error: { code: 'payload_too_large', message: 'The request body is too large.', details: null } });
    return;
  }
  console.error(error);
  res.status(500).json({ error: { code: 'internal_error', message: 'Something went wrong on our side; nothing was changed. Try again.', details: null } });
};
