import type express from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { metricsAccess } from './access';

/** The route pattern that answered (e.g. /api/backoffice/claims/:id), never the raw URL: ids would explode the series. */
export function routePattern(req: express.Request): string {
  const route = req.route as { path?: unknown } | undefined;
  if (!route || typeof route.path !== 'string') return 'unmatched';
  return `${req.baseUrl}${route.path}` || '/';
}

/** The API's metrics: its own registry (Node process metrics and the request-duration histogram) and the /metrics handler. */
export function httpMetrics(settings: { token?: string; production: boolean }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds', help: 'Duration of HTTP requests, per method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry],
  });

  const measure: express.RequestHandler = (req, res, next) => {
    const end = duration.startTimer();
    res.once('finish', () => end({ method: req.method, route: routePattern(req), status_code: String(res.statusCode) }));
    next();
  };

  const serve: express.RequestHandler = async (req, res) => {
    const access = metricsAccess(req, settings);
    if (access === 'off') return void res.status(404).type('text/plain').send('Not found');
    if (access === 'refused') return void res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('A valid METRICS_TOKEN bearer token is required');
    res.type(registry.contentType).send(await registry.metrics());
  };
  return { measure, serve };
}
