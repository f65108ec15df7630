import type { Knex } from 'knex';

/**
 * Catastrophe events (a storm, hail, a flood) that a senior handler declares, and the claims they concern. A claim
 * belongs to at most one event; its process sets claims.catastrophe_id (the tag) with who and when in the audit log.
 * A fast track pays small claims of an event automatically: the system then requests the payment and writes the
 * reserve, so those rows have no user behind them.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('catastrophe_events', (t) => {
    t.uuid('id').primary();
    t.string('name').notNullable();
    t.string('peril').notNullable(); // storm | hail | flood | earthquake
    t.date('starts_on').notNullable();
    t.date('ends_on').notNullable();
    t.jsonb('postcodes').notNullable(); // ["8400", "8600-8699"]: single postcodes and inclusive ranges
    t.jsonb('declared_by').notNullable(); // { userId, name, role }
    t.timestamp('declared_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['starts_on', 'ends_on']);
  });
  await knex.raw('alter table catastrophe_events add constraint catastrophe_events_period check (ends_on >= starts_on)');
  await knex.schema.alterTable('claims', (t) => {
    t.uuid('catastrophe_id').references('catastrophe_events.id');
    t.index(['catastrophe_id']);
  });
  await knex.raw('alter table payments alter column requested_by_id drop not null');
  await knex.raw('alter table reserve_entries alter column author_id drop not null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('claims', (t) => t.dropColumn('catastrophe_id'));
  await knex.schema.dropTableIfExists('catastrophe_events');
}
