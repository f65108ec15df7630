import type { Knex } from 'knex';
import { createDatabase, migrate } from '../db/connection';
import { seedDemo } from '../db/seeds/demo';
import { startApiServer } from './api-server';
import type { Config } from './config';
import { startPostgres } from './postgres';
import { startSmtpSink } from './smtp-sink';
import { startTemporal } from './temporal-server';
import { startWorker } from './worker';

export interface RunningSystem {
  apiUrl: string;
  temporalAddress: string;
  databaseUrl: string;
  stop: () => Promise<void>;
}

/**
 * Brings up the whole system in order: PostgreSQL (migrated, seeded), Temporal, the worker and the API.
 * `stop` takes it down in reverse, letting the worker finish what it is doing first.
 */
export async function startSystem(config: Config, log: (line: string) => void = console.log): Promise<RunningSystem> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) {
      try {
        await step();
      } catch (error) {
        log(`while stopping: ${(error as Error).message}`);
      }
    }
  };
  try {
    log('Starting PostgreSQL...');
    const postgres = await startPostgres(config, log);
    if (postgres.stop) stops.push(postgres.stop);
    const knex: Knex = createDatabase(postgres.url);
    stops.push(() => knex.destroy());
    await migrate(knex);
    if (!config.production) await seedDemo(knex);
    if (!config.mail.url && !config.production) stops.push(await startSmtpSink(knex, config.mail.sinkPort));

    log('Starting Temporal...');
    const temporal = await startTemporal(config, log);
    if (temporal.stop) stops.push(temporal.stop);

    log('Starting the worker (bundling the workflows)...');
    const worker = await startWorker(config, temporal, knex);
    stops.push(worker.shutdown);

    stops.push(await startApiServer(config, temporal, knex));

    return { apiUrl: `http://localhost:${config.port}`, temporalAddress: temporal.address, databaseUrl: postgres.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
