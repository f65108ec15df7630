import type { Knex } from 'knex';
import { createDatabase, migrate } from '../../db/connection';
import { seedDemo } from '../../db/seeds/demo';
import { loadPayloadKeyRing } from '../codec/data-converter';
import type { Config } from '../config';
import { sealDataFolder } from '../data-permissions';
import { startEmbeddedEidProvider } from '../eid-provider/embedded-eid-provider';
import { postgresService, prepareEmbeddedDatabase } from '../postgres';
import { startSmtpSink } from '../smtp-sink';
import { Supervisor } from '../supervisor';
import { claimDataFolder } from '../supervisor-lock';
import type { RunningSystem } from '../system';
import { registerSearchAttributes } from '../temporal-server';
import { waitFor } from '../wait';
import { launchApi, launchWorker } from './node-processes';
import { clusterServer, registerNamespace } from './temporal-cluster';

/**
 * The topology of docker-compose.yml without Docker: PostgreSQL, the Temporal server itself on it, the
 * migration step, CLUSTER_WORKERS worker processes and the API process, each supervised (restarted when it
 * dies). `stop` goes in reverse: the API, the workers (draining), the server, PostgreSQL.
 */
export async function startClusterSystem(config: Config, log: (line: string) => void = console.log): Promise<RunningSystem> {
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

    // The migration step, once, before any worker or API process runs (docker-compose's `migrate`).
    const knex: Knex = createDatabase(postgres.url);
    stops.push(() => knex.destroy());
    await migrate(knex);
    if (!config.production) await seedDemo(knex);
    if (!config.mail.url && !config.production) stops.push(await startSmtpSink(knex, config.mail.sinkPort));

    log(`Starting the Temporal server on PostgreSQL (${config.cluster.historyShards} history shards)...`);
    const server = await clusterServer(config, postgres.url, log);
    stops.push(await supervisor.supervise('Temporal server', server.launch));
    await registerNamespace(server.endpoint, config.cluster.namespaceRetention);
    // A namespace just registered reaches every service of the server within seconds.
    await waitFor('The namespace', () => registerSearchAttributes(server.endpoint), 30_000, 1000);

    // Made once here: processes starting together would each generate a key file of their own.
    loadPayloadKeyRing(config);
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: postgres.url, TEMPORAL_ADDRESS: server.endpoint.address, TEMPORAL_NAMESPACE: config.temporal.namespace };

    log(`Starting ${config.cluster.workers} worker processes (bundling the workflows)...`);
    const workers: (() => Promise<void>)[] = [];
    stops.push(async () => {
      await Promise.all(workers.map((stopWorker) => stopWorker()));
    });
    // Started together: each bundles the workflows, which is most of a worker's start-up.
    const launches = await Promise.allSettled(Array.from({ length: config.cluster.workers }, (_, i) =>
      supervisor.supervise(`Worker ${i + 1}`, () => launchWorker(config, env, i + 1, log))));
    for (const launch of launches) if (launch.status === 'fulfilled') workers.push(launch.value);
    const failed = launches.find((launch) => launch.status === 'rejected');
    if (failed) throw failed.reason;

    // No eID issuer configured outside production: a real OpenID Connect provider on loopback plays the eID.
    let apiEnv = env;
    if (!config.production && !config.oidc.customer) {
      const eid = await startEmbeddedEidProvider(config.oidc.embeddedProviderPort, config.port);
      stops.push(eid.stop);
      apiEnv = { ...env, CUSTOMER_OIDC_ISSUER: eid.settings.issuer, CUSTOMER_OIDC_CLIENT_ID: eid.settings.clientId, CUSTOMER_OIDC_CLIENT_SECRET: eid.settings.clientSecret };
      log(`Embedded eID provider: ${eid.settings.issuer}`);
    }
    stops.push(await supervisor.supervise('API', () => launchApi(config, apiEnv, log)));

    return {
      apiUrl: `http://localhost:${config.port}`,
      temporalAddress: server.endpoint.address,
      databaseUrl: postgres.url,
      supervision: () => supervisor.status(),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
