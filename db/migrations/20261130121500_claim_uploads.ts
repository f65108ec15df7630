import type { Knex } from 'knex';

/**
 * The handler's own documents on a claim (an expert's report, a quote received by post): stored in PostgreSQL like
 * the customer's attachments, registered with the claim's process (which records who added it and when).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('claim_uploads', (t) => {
    t.uuid('id').primary();
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.string('kind').notNullable();
    t.string('file_name').notNullable();
    t.string('content_type').notNullable();
    t.integer('size_bytes').notNullable();
    t.string('sha256', 64).notNullable();
    t.binary('content').notNullable();
    t.jsonb('uploaded_by').notNullable();
    t.timestamp('uploaded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['declaration_id', 'uploaded_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('claim_uploads');
}
