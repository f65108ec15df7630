import type { Request } from 'express';
import type { RefusalLanguage } from './catalogue/refusal';

/**
 * The language the reader asked for (`Accept-Language`): for refusals, the assessment's sentences, the audit
 * timeline and default subjects. English is offered first, so a request
 * without a preference (no header, or `*` as Node's fetch sends) keeps the API's English.
 */
export function readerLanguage(req: Request): RefusalLanguage {
  const language = req.acceptsLanguages('en', 'nl', 'fr');
  return language === 'nl' || language === 'fr' ? language : 'en';
}
