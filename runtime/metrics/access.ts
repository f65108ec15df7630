import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may read /metrics (API and worker): with METRICS_TOKEN set, only a request carrying it as a bearer token; without
 * it, anyone outside production and nobody in production (an insurer's metrics are never public).
 */
export type MetricsAccess = 'allowed' | 'refused' | 'off';

export function metricsAccess(request: IncomingMessage, settings: { token?: string; production: boolean }): MetricsAccess {
  if (!settings.token) return settings.production ? 'off' : 'allowed';
  const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const [a, b] = [Buffer.from(given), Buffer.from(settings.token)];
  return a.length === b.length && timingSafeEqual(a, b) ? 'allowed' : 'refused';
}
