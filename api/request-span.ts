import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type express from 'express';
import { routePattern } from '../runtime/metrics/http-metrics';

const tracer = trace.getTracer('claims-backoffice-api');

/**
 * A server span per API request, the parent of the Temporal client's spans (start, update, query) and through
 * them of the workflow's and activities' spans. Named by method and route pattern once routing has matched
 * (e.g. "POST /api/declarations/:id/submit"), never by the raw URL. A caller's traceparent header is honoured.
 */
export const requestSpan: express.RequestHandler = (req, res, next) => {
  const parent = propagation.extract(context.active(), req.headers);
  const span = tracer.startSpan(req.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'request.id': String(req.id) } }, parent);
  res.once('close', () => {
    const route = routePattern(req);
    span.updateName(`${req.method} ${route}`);
    span.setAttributes({ 'http.route': route, 'http.response.status_code': res.statusCode });
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(parent, span), next);
};
