import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Actions written by retried activities carry a key, so each is logged once.
  await knex.schema.alterTable('audit_log', (t) => {
    t.string('event_key').unique();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_log', (t) => t.dropColumn('event_key'));
}
