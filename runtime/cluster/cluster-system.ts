import { loadPayloadKeyRing } from '../codec/data-converter';
import type { Config } from '../config';
import { embeddedEid, type RunningSystem, runSystem, startDataLayer } from '../system-foundation';
import { registerSearchAttributes } from '../temporal-server';
import { waitFor } from '../wait';
import { startCommandBundle } from '../workflow-bundle';
import { launchApi, launchWorker } from './node-processes';
import { publishSupervision } from './supervision-file';
import { clusterServer, registerNamespace } from './temporal-cluster';
import { clusterWebUi } from './web-ui';

/**
 * The topology of docker-compose.yml without Docker: PostgreSQL, the Temporal server itself on it, the
 * migration step, its Web UI, CLUSTER_WORKERS worker processes and the API process, each supervised (restarted
 * when it dies). `stop` goes in reverse: the API, the workers (draining), the Web UI, the server, PostgreSQL.
 */
export function startClusterSystem(config: Config, log: (line: string) => void = console.log): Promise<RunningSystem> {
  return runSystem(config, log, async ({ supervisor, stops }) => {
    const { postgres } = await startDataLayer(config, supervisor, stops, log);
    // Bundled meanwhile, once the data folder is ours, in a process of its own (its failure is reported where it is awaited).
    const bundling = startCommandBundle(config, log);
    bundling.catch(() => undefined);
    stops.push(publishSupervision(config, supervisor, log)); // what the API process's health reports

    log(`Starting the Temporal server on PostgreSQL (${config.cluster.historyShards} history shards)...`);
    const server = await clusterServer(config, postgres.url, log);
    stops.push(await supervisor.supervise('Temporal server', server.launch));
    await registerNamespace(server.endpoint, config.cluster.namespaceRetention);
    // A namespace just registered reaches every service of the server within seconds.
    await waitFor('The namespace', () => registerSearchAttributes(server.endpoint), 30_000, 1000);
    // The Web UI at TEMPORAL_DEV_UI_PORT, as in the dev mode: the auditors' links (TEMPORAL_WEB_UI_URL) lead there.
    stops.push(await supervisor.supervise('Temporal Web UI', clusterWebUi(config, server.endpoint, log)));

    // Made once here: processes starting together would each generate a key file of their own.
    loadPayloadKeyRing(config);
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: postgres.url, TEMPORAL_ADDRESS: server.endpoint.address, TEMPORAL_NAMESPACE: config.temporal.namespace };

    // Once for all workers: each bundling them would take a minute of both cores and a heap it keeps.
    const workflowBundle = await bundling;
    env.WORKFLOW_BUNDLE = workflowBundle;
    log(`Starting ${config.cluster.workers} worker processes...`);
    const workers: (() => Promise<void>)[] = [];
    stops.push(async () => {
      await Promise.all(workers.map((stopWorker) => stopWorker()));
    });
    const launches = await Promise.allSettled(Array.from({ length: config.cluster.workers }, (_, i) =>
      supervisor.supervise(`Worker ${i + 1}`, () => launchWorker(config, env, i + 1, log))));
    for (const launch of launches) if (launch.status === 'fulfilled') workers.push(launch.value);
    const failed = launches.find((launch) => launch.status === 'rejected');
    if (failed) throw failed.reason;

    const eid = await embeddedEid(config, stops, log);
    const apiEnv = eid ? { ...env, CUSTOMER_OIDC_ISSUER: eid.issuer, CUSTOMER_OIDC_CLIENT_ID: eid.clientId, CUSTOMER_OIDC_CLIENT_SECRET: eid.clientSecret } : env;
    stops.push(await supervisor.supervise('API', () => launchApi(config, apiEnv, log)));

    return { temporalAddress: server.endpoint.address, databaseUrl: postgres.url };
  });
}
