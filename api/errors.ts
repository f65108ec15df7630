import type { ErrorRequestHandler } from 'express';
import { catalogue } from '../i18n/catalogue';
import type { FieldProblem } from '../i18n/field-problems';
import { isPhraseKey, phrase, type Phrase } from '../i18n/phrase';
import { wordProblem } from '../i18n/problem-wording';
import { readerLanguage } from './i18n/reader-language';
import { translateRefusal } from './i18n/refusal-words';
import { bodyRefusal } from './security/body-refusals';

export type { FieldProblem };

/** A refusal not yet written as a catalogue key: the English sentence, translated by the old catalogue. */
type LegacyProblem = { path: string; message: string };

/**
 * An error a user can act on, with its HTTP status: a machine code (`stale_version`), the phrase that words it
 * and, for fields, their problems (or other data the caller needs, such as the current version).
 */
export class HttpError extends Error {
  readonly phrase: Phrase;
  constructor(
    readonly status: number,
    readonly code: string,
    said: Phrase | string,
    readonly details?: unknown,
  ) {
    super(typeof said === 'string' ? said : said.key);
    this.phrase = typeof said === 'string' ? { key: said } : said;
  }
}

type Said = Phrase | string;
export const badRequest = (said: Said, details?: unknown) => new HttpError(400, 'malformed_request', said, details);
export const unauthenticated = () => new HttpError(401, 'unauthenticated', 'Log in first.');
export const forbidden = (code: string, said: Said) => new HttpError(403, code, said);
/** Also for another organisation's data: never reveal that it exists. */
export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found.`);
export const conflict = (code: string, said: Said, details?: unknown) => new HttpError(409, code, said, details);
export const invalid = (said: Said, details: readonly (FieldProblem | LegacyProblem)[]) => new HttpError(422, 'validation_failed', said, details);

const isFieldProblem = (detail: unknown): detail is FieldProblem =>
  typeof detail === 'object' && detail !== null && typeof (detail as FieldProblem).path === 'string' && typeof (detail as FieldProblem).code === 'string';

/** A phrase in the reader's language; an English sentence (not yet a key) through the old catalogue. */
function worded(said: Phrase, language: string): string {
  return isPhraseKey(said.key) ? catalogue.render(said, language) : translateRefusal(said.key, language);
}

/** Field problems with their message in the reader's language; other details are data, passed on as they are. */
function detailsIn(details: unknown, language: string) {
  if (!Array.isArray(details)) return details ?? null;
  return details.map((detail) => {
    if (isFieldProblem(detail)) return wordProblem(catalogue, detail, language);
    if (typeof detail?.message === 'string') return { ...detail, message: translateRefusal(detail.message, language) };
    return detail;
  });
}

/**
 * The one place refusals leave the server: `{ error: { code, key, message, params, details } }`, the message
 * worded in the language the request asks for (English by default), so a client may also word it itself.
 */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const language = readerLanguage(req);
  const refuse = (status: number, code: string, said: Said, details?: unknown) => {
    const { key, params } = typeof said === 'string' ? { key: said, params: undefined } : said;
    res.status(status).json({
      error: { code, key, message: worded({ key, params }, language), params: params ?? {}, details: detailsIn(details, language) },
    });
  };
  if (error instanceof HttpError) {
    refuse(error.status, error.code, error.phrase, error.details);
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
  refuse(500, 'internal_error', phrase('api.internalError'));
};
