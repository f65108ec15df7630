import type { Knex } from 'knex';
import { createDatabase, migrate } from '../db/connection';
import { seedDemo } from '../db/seeds/demo';
import type { Config } from './config';
import { sealDataFolder } from './data-permissions';
import { startEmbeddedEidProvider } from './eid-provider/embedded-eid-provider';
import { type PostgresEndpoint, postgresService, prepareEmbeddedDatabase, prepareExternalDatabase } from './postgres';
import { startSmtpSink } from './smtp-sink';
import { Supervisor, type ServiceStatus } from './supervisor';
import { claimDataFolder } from './supervisor-lock';

export interface RunningSystem {
  apiUrl: string;
  temporalAddress: string;
  databaseUrl: string;
  /** Each supervised service (embedded PostgreSQL, Temporal, the worker(s), the API process): up or restarting. */
  supervision: () => Record<string, ServiceStatus>;
  stop: () => Promise<void>;
}

/** What a start collects to undo: `stop` runs it in reverse, each step whatever the one before did. */
export function reverseStops(log: (line: string) => void) {
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
  return { stops, stop };
}

/** What a way to run starts with: its supervisor and the list of what undoes each step. */
export interface StartFrame {
  supervisor: Supervisor;
  stops: (() => Promise<void>)[];
}

/**
 * Both ways to run: `start` brings the services up in order, pushing what undoes each; a step that fails takes down
 * what came before it. The system answers on the configured port, its stop goes in reverse.
 */
export async function runSystem(
  config: Config, log: (line: string) => void,
  start: (frame: StartFrame) => Promise<{ temporalAddress: string; databaseUrl: string }>,
): Promise<RunningSystem> {
  const { stops, stop } = reverseStops(log);
  const supervisor = new Supervisor(log);
  try {
    const { temporalAddress, databaseUrl } = await start({ supervisor, stops });
    return { apiUrl: `http://localhost:${config.port}`, temporalAddress, databaseUrl, supervision: () => supervisor.status(), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * What both ways to run (the dev server, the cluster) begin with: the data folder claimed, PostgreSQL up
 * (supervised when embedded; DATABASE_URL's database created when missing), migrated (the migration step, once, before any worker or API) and seeded outside
 * production, and the embedded SMTP sink when no mail server is configured.
 */
export async function startDataLayer(
  config: Config, supervisor: Supervisor, stops: (() => Promise<void>)[], log: (line: string) => void,
): Promise<{ postgres: PostgresEndpoint; knex: Knex }> {
  sealDataFolder(config.dataDir);
  const releaseDataFolder = claimDataFolder(config.dataDir);
  stops.push(async () => releaseDataFolder());

  log('Starting PostgreSQL...');
  const postgres = await postgresService(config, log);
  if (postgres.embedded) {
    stops.push(await supervisor.supervise('PostgreSQL', postgres.embedded.launch));
    await prepareEmbeddedDatabase(postgres);
  } else {
    await prepareExternalDatabase(postgres.url, log);
  }
  const knex: Knex = createDatabase(postgres.url);
  stops.push(() => knex.destroy());
  await migrate(knex);
  if (!config.production) await seedDemo(knex);
  if (!config.mail.url && !config.production) stops.push(await startSmtpSink(knex, config.mail.sinkPort));
  return { postgres, knex };
}

/** No eID issuer configured outside production: a real OpenID Connect provider on loopback plays the eID. */
export async function embeddedEid(config: Config, stops: (() => Promise<void>)[], log: (line: string) => void) {
  if (config.production || config.oidc.customer) return undefined;
  const eid = await startEmbeddedEidProvider(config.oidc.embeddedProviderPort, config.port);
  stops.push(eid.stop);
  log(`Embedded eID provider: ${eid.settings.issuer}`);
  return eid.settings;
}
