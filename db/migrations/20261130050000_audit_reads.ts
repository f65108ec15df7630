import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Reads are audited too: "what did this person see" by actor, "who saw this claim" by the declarations shown.
  await knex.schema.alterTable('audit_log', (t) => {
    t.index(['actor_id', 'at']);
  });
  await knex.raw("create index audit_log_declaration_ids on audit_log using gin ((details->'declarationIds'))");
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists audit_log_declaration_ids');
  await knex.schema.alterTable('audit_log', (t) => {
    t.dropIndex(['actor_id', 'at']);
  });
}
