import type express from 'express';
import type pino from 'pino';
import { pinoHttp } from 'pino-http';
import { routePattern } from '../runtime/metrics/http-metrics';
import { errorWithoutDetails } from '../runtime/observability/logger';
import { requestIdFrom, withRequestContext } from '../runtime/observability/request-context';

/**
 * One JSON line per API request when it is answered: request id, method, route pattern, status, duration, and the
 * user's id and role. Never the URL (a query names people), a body or a header: no personal data in the logs.
 * The request id is the caller's well-formed X-Request-Id or a new one, returned in X-Request-Id, and the context
 * of everything the request does: the Temporal client carries it on to the workflows (runtime/observability).
 */
export function requestLog(logger: pino.Logger): express.RequestHandler[] {
  const log = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const requestId = requestIdFrom(req.headers['x-request-id']);
      res.setHeader('X-Request-Id', requestId);
      return requestId;
    },
    autoLogging: { ignore: (req) => !req.url?.startsWith('/api/') }, // the web UI's files are not requests worth a line
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    customProps: (req) => {
      const request = req as express.Request;
      return { method: request.method, route: routePattern(request), userId: request.auth?.user.id, role: request.auth?.user.role };
    },
    wrapSerializers: false,
    serializers: { res: (res: express.Response) => ({ statusCode: res.statusCode }), err: errorWithoutDetails },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
  });
  const context: express.RequestHandler = (req, _res, next) => withRequestContext(String(req.id), next);
  return [log, context];
}
