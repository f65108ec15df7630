import type { Request } from 'express';
import { languages } from '../../i18n/catalogue';

/** English is offered first, so a request without a preference (no header, or `*` as Node's fetch sends) reads English. */
const offered = ['en', ...languages.filter((language) => language !== 'en')];

/** The language the reader asked for (`Accept-Language`), among those the catalogue has. */
export function readerLanguage(req: Request): string {
  return req.acceptsLanguages(...offered) || 'en';
}
