/** A worker alone, for the scaled deployment: run as many as the load needs, they share the task queue. */
import { createDatabase } from '../db/connection';
import { loadConfig } from '../runtime/config';
import { externalServices, stopOnSignal } from '../runtime/external';
import { startWorker } from '../runtime/worker';

async function main() {
  const config = loadConfig();
  const { databaseUrl, temporal } = externalServices(config);
  const knex = createDatabase(databaseUrl);
  const worker = await startWorker(config, temporal, knex);
  console.log(`Worker polling task queue ${config.temporal.taskQueue} (pid ${process.pid})`);
  stopOnSignal(async () => {
    await worker.shutdown();
    await knex.destroy();
  });
  await worker.done;
}

main().catch((error) => {
  console.error(`Worker could not start: ${error.message}`);
  process.exit(1);
});
