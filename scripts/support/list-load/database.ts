import path from 'node:path';
import { loadConfig } from '../../../runtime/config';
import { postgresService, prepareEmbeddedDatabase } from '../../../runtime/postgres';

/**
 * The bench's own embedded PostgreSQL, the way the system runs one (runtime/postgres.ts), on its own port and data
 * folder: a million claims never land in the development database, and the system's own PostgreSQL keeps its port.
 */
export async function startBenchDatabase(log: (line: string) => void): Promise<{ url: string; stop: () => Promise<void> }> {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: process.env.BENCH_LISTS_DATA_DIR || path.join(__dirname, '..', '..', '..', 'data', 'bench-lists'),
    EMBEDDED_PG_PORT: process.env.BENCH_LISTS_PG_PORT || '5499',
  });
  const endpoint = await postgresService(config, log);
  const run = await endpoint.embedded!.launch();
  await prepareEmbeddedDatabase(endpoint);
  return { url: endpoint.url, stop: run.stop };
}
