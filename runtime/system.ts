import { startApiServer } from './api-server';
import type { Config } from './config';
import { embeddedEid, type RunningSystem, runSystem, startDataLayer } from './system-foundation';
import { registerSearchAttributes, temporalService } from './temporal-server';
import { startWorker } from './worker';
import { startCommandBundle } from './workflow-bundle';

export type { RunningSystem } from './system-foundation';

/**
 * Brings up the whole system in order: PostgreSQL (migrated, seeded), Temporal, the worker and the API.
 * `stop` takes it down in reverse, letting the worker finish what it is doing first. What it starts itself
 * is supervised: restarted when it dies, and left-overs of a crashed earlier start are stopped first.
 */
export function startSystem(config: Config, log: (line: string) => void = console.log): Promise<RunningSystem> {
  return runSystem(config, log, async ({ supervisor, stops }) => {
    const { postgres, knex } = await startDataLayer(config, supervisor, stops, log);
    // Bundled meanwhile, once the data folder is ours, in a process of its own (its failure is reported where it is awaited).
    const bundling = startCommandBundle(config, log);
    bundling.catch(() => undefined);

    log('Starting Temporal...');
    const { endpoint: temporal, devServer } = temporalService(config, log);
    if (devServer) stops.push(await supervisor.supervise('Temporal dev server', devServer.launch));
    await registerSearchAttributes(temporal);

    const workflowBundle = await bundling;
    log('Starting the worker...');
    stops.push(await supervisor.supervise('Worker', async () => {
      const worker = await startWorker({ ...config, temporal: { ...config.temporal, workflowBundle } }, temporal, knex);
      return { ended: worker.done, stop: worker.shutdown };
    }));

    const eid = await embeddedEid(config, stops, log);
    const apiConfig = eid ? { ...config, oidc: { ...config.oidc, customer: eid } } : config;
    stops.push(await startApiServer(apiConfig, temporal, knex, () => supervisor.status()));

    return { temporalAddress: temporal.address, databaseUrl: postgres.url };
  });
}
