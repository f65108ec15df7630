import type { Request, RequestHandler } from 'express';
import { phrase } from '../../i18n/phrase';
import { forbidden } from '../errors';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The origin of a Referer ('null' when it cannot be read: refused like any foreign one). */
function refererOrigin(referer: string): string {
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

/** Whether the origin names this server as the browser reached it (its Host; the dev UI's proxy keeps it). */
function isOwnHost(origin: string, req: Request): boolean {
  const host = req.get('host');
  if (!host || origin === 'null') return false;
  try {
    const claimed = new URL(origin);
    return claimed.host === new URL(`${claimed.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

/**
 * Cross-site request forgery: a browser sends the session cookie with a form or fetch from any site, but
 * always says where the request comes from (Origin on every cross-site write; Referer otherwise). A write
 * from another origin is refused. A request naming no origin at all is not a browser's (curl, scripts,
 * the tests) and carries no one else's cookie, so it passes. The SameSite cookie is a second line only.
 */
export function refuseCrossSiteWrites(appOrigins: string[], trustedForPath: Record<string, string[]> = {}): RequestHandler {
  // Another application allowed on its own paths only (the Temporal Web UI on the codec endpoint).
  const trustedHere = (req: Request, origin: string) =>
    Object.entries(trustedForPath).some(([prefix, origins]) => req.path.startsWith(prefix) && origins.includes(origin));
  return (req, _res, next) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    const referer = req.get('referer');
    const origin = req.get('origin') ?? (referer === undefined ? undefined : refererOrigin(referer));
    if (origin === undefined || isOwnHost(origin, req) || appOrigins.includes(origin) || trustedHere(req, origin)) return next();
    req.resume(); // the body is not read: let it drain while the refusal is sent
    next(forbidden('cross_site_request', phrase('api.request.crossSite', { origin })));
  };
}
