import http from 'node:http';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { metricsAccess } from './access';
import { businessRegistry } from './business-counters';

let processMetrics: Registry | undefined;

/**
 * The worker's /metrics on its own port: the business counters its activities count and the Node process metrics.
 * A port it cannot bind is logged, never fatal: the worker keeps handling claims without its metrics.
 */
export async function startWorkerMetrics(port: number, settings: { token?: string; production: boolean }): Promise<() => Promise<void>> {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics }); // once per process: the supervisor may restart the worker
  }
  const registry = Registry.merge([businessRegistry, processMetrics]);
  const server = http.createServer(async (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    const access = metricsAccess(req, settings);
    if (path !== '/metrics' || req.method !== 'GET' || access === 'off') return void res.writeHead(404).end('Not found');
    if (access === 'refused') return void res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end('A valid METRICS_TOKEN bearer token is required');
    res.writeHead(200, { 'Content-Type': registry.contentType }).end(await registry.metrics());
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', (error) => {
      console.error(`Worker metrics not served on port ${port}: ${(error as Error).message}`);
      resolve(false);
    });
    server.listen(port, () => resolve(true));
  });
  return async () => {
    if (listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
