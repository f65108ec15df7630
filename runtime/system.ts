import type { Knex } from 'knex';
import { createDatabase, migrate } from '../db/connection';
import { seedDemo } from '../db/seeds/demo';
import { startApiServer } from './api-server';
import { startEmbeddedEidProvider } from './eid-provider/embedded-eid-provider';
import type { Config } from './config';
import { sealDataFolder } from './data-permissions';
import { postgresService, prepareEmbeddedDatabase } from './postgres';
import { startSmtpSink } from './smtp-sink';
import { Supervisor, type ServiceStatus } from './supervisor';
import { claimDataFolder } from './supervisor-lock';
import { registerSearchAttributes, temporalService } from './temporal-server';
import { startWorker } from './worker';

export interface RunningSystem {
  apiUrl: string;
  temporalAddress: string;
  databaseUrl: string;
  /** Each supervised service (embedded PostgreSQL, the Temporal dev server, the worker): up or restarting. */
  supervision: () => Record<string, ServiceStatus>;
  stop: () => Promise<void>;
}

/**
 * Brings up the whole system in order: PostgreSQL (migrated, seeded), Temporal, the worker and the API.
 * `stop` takes it down in reverse, letting the worker finish what it is doing first. What it starts itself
 * is supervised: restarted when it dies, and left-overs of a crashed earlier start are stopped first.
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
  const supervisor = new Supervisor(log);
  try {
    sealDataFolder(config.dataDir);
    const releaseDataFolder = claimDataFolder(config.dataDir);
    stops.push(async () => releaseDataFolder());

    log('Starting PostgreSQL...');
    const postgres = await postgresService(config, log);
    if (postgres.embedded) {
      stops.push(await supervisor.supervise('PostgreSQL', postgres.embedded.launch));
      await prepareEmbeddedDatabase(postgres);
    }
    const knex: Knex = createDatabase(postgres.url);
    stops.push(() => knex.destroy());
    await migrate(knex);
    if (!config.production) await seedDemo(knex);
    if (!config.mail.url && !config.production) stops.push(await startSmtpSink(knex, config.mail.sinkPort));

    log('Starting Temporal...');
    const { endpoint: temporal, devServer } = temporalService(config, log);
    if (devServer) stops.push(await supervisor.supervise('Temporal dev server', devServer.launch));
    await registerSearchAttributes(temporal);

    log('Starting the worker (bundling the workflows)...');
    stops.push(await supervisor.supervise('Worker', async () => {
      const worker = await startWorker(config, temporal, knex);
      return { ended: worker.done, stop: worker.shutdown };
    }));

    // No eID issuer configured outside production: a real OpenID Connect provider on loopback plays the eID.
    let apiConfig = config;
    if (!config.production && !config.oidc.customer) {
      const eid = await startEmbeddedEidProvider(config.oidc.embeddedProviderPort, config.port);
      stops.push(eid.stop);
      apiConfig = { ...config, oidc: { ...config.oidc, customer: eid.settings } };
      log(`Embedded eID provider: ${eid.settings.issuer}`);
    }
    stops.push(await startApiServer(apiConfig, temporal, knex, () => supervisor.status()));

    return {
      apiUrl: `http://localhost:${config.port}`,
      temporalAddress: temporal.address,
      databaseUrl: postgres.url,
      supervision: () => supervisor.status(),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
