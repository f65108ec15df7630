import type { Knex } from 'knex';

/**
 * The benefits files of accepted workplace accidents (workflows/workplace-benefits): one row per claim, the file's
 * state as its process last committed it. The revision orders the writes: an older one never overwrites a newer.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('workplace_benefits', (t) => {
    t.uuid('declaration_id').primary().references('declarations.id');
    t.uuid('organisation_id').notNullable().references('organisations.id');
    t.string('workflow_id').notNullable();
    t.jsonb('state').notNullable();
    t.integer('revision').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['organisation_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('workplace_benefits');
}
