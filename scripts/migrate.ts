/** Migrates the database (and seeds the demo outside production); a one-shot step of the scaled deployment. */
import { createDatabase, migrate } from '../db/connection';
import { seedDemo } from '../db/seeds/demo';
import { loadConfig } from '../runtime/config';
import { registerSearchAttributes } from '../runtime/temporal-server';
import { externalServices } from '../runtime/external';

async function main() {
  const config = loadConfig();
  const { databaseUrl, temporal } = externalServices(config);
  const knex = createDatabase(databaseUrl);
  try {
    await migrate(knex);
    if (!config.production) await seedDemo(knex);
    await registerSearchAttributes(temporal);
    console.log('Database migrated; search attributes registered.');
  } finally {
    await knex.destroy();
  }
}

main().catch((error) => {
  console.error(`Migration failed: ${error.message}`);
  process.exit(1);
});
