import type { Knex } from 'knex';
import { createDatabase } from '../../db/connection';

/** Direct access to the test system's PostgreSQL, configured as the application is, to check what was (not) stored. */
export function testDatabase(): Knex {
  return createDatabase(process.env.TEST_DATABASE_URL!, { min: 0, max: 2 });
}

/** The seeded policies' ids by policy number. */
export async function policyIdsByNumber(db: Knex): Promise<Record<string, string>> {
  const rows = await db('policies').select('id', 'policyNumber');
  return Object.fromEntries(rows.map((row) => [row.policyNumber, row.id]));
}
