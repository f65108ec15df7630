import type { Request, RequestHandler } from 'express';
import { phrase } from '../../i18n/phrase';
import { HttpError } from '../errors';
import { openApiDocument } from '../openapi';

/** Paths of the routes whose OpenAPI document says they take multipart/form-data (the uploads), as patterns. */
function multipartRoutes(): { method: string; path: RegExp }[] {
  const routes: { method: string; path: RegExp }[] = [];
  for (const [template, operations] of Object.entries(openApiDocument().paths)) {
    for (const [method, operation] of Object.entries(operations as Record<string, { requestBody?: { content: Record<string, unknown> } }>)) {
      if (!operation.requestBody?.content['multipart/form-data']) continue;
      const pattern = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+');
      routes.push({ method: method.toUpperCase(), path: new RegExp(`^${pattern}/?$`) });
    }
  }
  return routes;
}

/** An empty POST (an action without options) has no body; browsers send it with Content-Length: 0. */
const hasBody = (req: Request) => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/**
 * Bodies are JSON (Content-Type: application/json), except on the upload routes, which take
 * multipart/form-data. Anything else (a form, text/plain, a multipart body where JSON is expected) is
 * refused with 415 before it is read, rather than ignored as if no body had been sent.
 */
export function refuseNonJsonBodies(): RequestHandler {
  let uploads: ReturnType<typeof multipartRoutes> | undefined; // every route has registered by the first request
  return (req, _res, next) => {
    if (!hasBody(req) || req.is('application/json')) return next();
    uploads ??= multipartRoutes();
    const path = req.originalUrl.split('?')[0];
    const isUpload = uploads.some((route) => route.method === req.method && route.path.test(path));
    if (isUpload && req.is('multipart/form-data')) return next();
    req.resume(); // the body is not read: let it drain while the refusal is sent
    const expected = isUpload ? 'multipart/form-data' : 'application/json';
    next(new HttpError(415, 'unsupported_media_type', phrase('api.body.mediaType', { expected }), { expected }));
  };
}
