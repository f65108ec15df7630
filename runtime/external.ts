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
  const handle = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // Said in the log: a process that ends with code 0 was stopped, and this says by what.
    console.log(`Stopping on ${signal}`);
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void handle('SIGINT'));
  process.on('SIGTERM', () => void handle('SIGTERM'));
}
