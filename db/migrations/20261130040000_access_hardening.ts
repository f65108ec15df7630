import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // A session unused for the idle timeout is over: the last request it served slides that window.
  await knex.schema.alterTable('sessions', (t) => {
    t.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  // Failed-login counters shared by every API instance, in rate-limiter-flexible's own layout
  // (key with its limiter's prefix, points consumed, expiry in epoch milliseconds).
  await knex.schema.createTable('login_throttle', (t) => {
    t.string('key', 255).primary();
    t.integer('points').notNullable().defaultTo(0);
    t.bigInteger('expire');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('login_throttle');
  await knex.schema.alterTable('sessions', (t) => t.dropColumn('last_seen_at'));
}
