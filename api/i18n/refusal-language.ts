import type { Request } from 'express';
import type { RefusalLanguage } from './catalogue/refusal';

/**
 * The language the reader asked for (`Accept-Language`). English is offered first, so a request
 * without a preference (no header, or `*` as Node's fetch sends) keeps the API's English.
 */
export function refusalLanguage(req: Request): RefusalLanguage {
  const language = req.acceptsLanguages('en', 'nl', 'fr');
  return language === 'nl' || language === 'fr' ? language : 'en';
}
