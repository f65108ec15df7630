import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Files live in PostgreSQL: durable, backed up with the claim data, and stored in the same transaction.
  await knex.schema.createTable('attachments', (t) => {
    t.uuid('id').primary();
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.string('kind').notNullable();
    t.string('file_name').notNullable();
    t.string('content_type').notNullable();
    t.integer('size_bytes').notNullable();
    t.string('sha256', 64).notNullable();
    t.binary('content').notNullable();
    t.uuid('uploaded_by').notNullable().references('users.id');
    t.timestamp('uploaded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['declaration_id']);
  });
  await knex.schema.alterTable('declarations', (t) => {
    t.jsonb('attachments').notNullable().defaultTo('[]'); // the workflow's list, for the read model
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('declarations', (t) => t.dropColumn('attachments'));
  await knex.schema.dropTableIfExists('attachments');
}
