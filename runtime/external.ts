import type { Config } from './config';
import type { TemporalEndpoint } from './temporal-server';

/** The scaled deployment's processes connect to services run elsewhere; they never start their own. */
export function externalServices(config: Config): { databaseUrl: string; temporal: TemporalEndpoint } {
  const missing = [!config.database.url && 'DATABASE_URL', !config.temporal.address && 'TEMPORAL_ADDRESS'].filter(Boolean);
  if (missing.length) throw new Error(`Set ${missing.join(' and ')}: this process connects to running services (use scripts/start.ts for the all-in-one system).`);
  const { address, namespace, tls, apiKey } = config.temporal;
  return { databaseUrl: config.database.url!, temporal: { address: address!, namespace, tls, apiKey } };
}

/** Stops cleanly on SIGINT / SIGTERM (docker stop, Ctrl-C). */
export function stopOnSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const handle = async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void handle());
  process.on('SIGTERM', () => void handle());
}
