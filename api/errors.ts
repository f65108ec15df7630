import type { ErrorRequestHandler } from 'express';
import { catalogue } from '../i18n/catalogue';
import type { FieldProblem } from '../i18n/field-problems';
import { phrase, type Phrase } from '../i18n/phrase';
import { wordProblem } from '../i18n/problem-wording';
import { readerLanguage } from './i18n/reader-language';
import { bodyRefusal } from './security/body-refusals';

export type { FieldProblem };

/**
 * An error a user can act on, with its HTTP status: a machine code (`stale_version`), the phrase that words it
 * and, for fields, their problems (or other data the caller needs, such as the current version).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly phrase: Phrase,
    readonly details?: unknown,
  ) {
    super(phrase.key);
  }
}

export const badRequest = (said: Phrase, details?: unknown) => new HttpError(400, 'malformed_request', said, details);
export const unauthenticated = () => new HttpError(401, 'unauthenticated', phrase('api.logInFirst'));
export const forbidden = (code: string, said: Phrase) => new HttpError(403, code, said);

/** What a 404 says was not found, as a code the catalogue words (`api.subject.<subject>`). */
export type Subject =
  | 'declaration' | 'claim' | 'attachment' | 'organisation' | 'customerUser' | 'letter' | 'mail' | 'change' | 'workflow'
  | 'payment' | 'paymentSchedule' | 'recovery' | 'message' | 'policy' | 'document' | 'userAgreement';
/** Also for another organisation's data: never reveal that it exists. */
export const notFound = (subject: Subject) => new HttpError(404, 'not_found', phrase('api.notFound', { subject }));
export const conflict = (code: string, said: Phrase, details?: unknown) => new HttpError(409, code, said, details);
export const invalid = (said: Phrase, details: readonly FieldProblem[]) => new HttpError(422, 'validation_failed', said, details);

const isFieldProblem = (detail: unknown): detail is FieldProblem =>
  typeof detail === 'object' && detail !== null && typeof (detail as FieldProblem).path === 'string' && typeof (detail as FieldProblem).code === 'string';

/** Field problems with their message in the reader's language; other details are data, passed on as they are. */
function detailsIn(details: unknown, language: string) {
  if (!Array.isArray(details)) return details ?? null;
  return details.map((detail) => (isFieldProblem(detail) ? wordProblem(catalogue, detail, language) : detail));
}

/**
 * The one place refusals leave the server: `{ error: { code, key, message, params, details } }`, the message
 * worded in the language the request asks for (English by default), so a client may also word it itself.
 */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const language = readerLanguage(req);
  const refuse = (status: number, code: string, said: Phrase, details?: unknown) => {
    res.status(status).json({
      error: { code, key: said.key, message: catalogue.render(said, language), params: said.params ?? {}, details: detailsIn(details, language) },
    });
  };
  if (error instanceof HttpError) {
    refuse(error.status, error.code, error.phrase, error.details);
    return;
  }
  // express.json() reports unreadable bodies with a status and type of its own.
  const unreadable = bodyRefusal(error, req.get('content-encoding')?.toLowerCase());
  if (unreadable) {
    refuse(unreadable.status, unreadable.code, unreadable.phrase, unreadable.details);
    return;
  }
  // The router could not decode a path segment (a percent sign not followed by UTF-8, such as %E0%A4%A).
  if (error instanceof URIError && (error as URIError & { status?: number }).status === 400) {
    refuse(400, 'malformed_request', phrase('api.request.pathMalformed'));
    return;
  }
  res.err = error; // logged with the request's line (api/request-log.ts), never sent
  refuse(500, 'internal_error', phrase('api.internalError'));
};
