/** The API alone, for the scaled deployment (docker-compose.yml): connects to PostgreSQL and Temporal. */
import { createDatabase } from '../db/connection';
import { startApiServer } from '../runtime/api-server';
import { readSupervision } from '../runtime/cluster/supervision-file';
import { loadConfig } from '../runtime/config';
import { externalServices, stopOnSignal } from '../runtime/external';

async function main() {
  const config = loadConfig();
  const { databaseUrl, temporal } = externalServices(config);
  const knex = createDatabase(databaseUrl);
  // Started by `start.sh --cluster`, its health also tells what that start command runs.
  const stop = await startApiServer(config, temporal, knex, () => readSupervision(config));
  console.log(`API listening on :${config.port}`);
  stopOnSignal(async () => {
    await stop();
    await knex.destroy();
  });
}

main().catch((error) => {
  console.error(`API could not start: ${error.message}`);
  process.exit(1);
});
