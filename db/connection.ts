import path from 'node:path';
import knexFactory, { Knex } from 'knex';
import { knexSnakeCaseMappers, Model } from 'objection';
import pg from 'pg';

// A calendar date stays the 'YYYY-MM-DD' it is, never a Date at some time zone's midnight.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (value: string) => value);

/** snake_case in PostgreSQL, camelCase in code, for knex and objection alike. */
export function createDatabase(url: string, pool = { min: 0, max: 10 }): Knex {
  const knex = knexFactory({ client: 'pg', connection: url, pool, ...knexSnakeCaseMappers() });
  Model.knex(knex);
  return knex;
}

export async function migrate(knex: Knex): Promise<void> {
  await knex.migrate.latest({ directory: path.join(__dirname, 'migrations'), loadExtensions: ['.ts', '.js'] });
}
