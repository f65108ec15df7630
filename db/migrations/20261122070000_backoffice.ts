import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // The product lines a handler takes claims for; assignment follows them, then the workload.
  await knex.schema.alterTable('users', (t) => {
    t.jsonb('product_lines');
  });
  await knex.schema.alterTable('claims', (t) => {
    t.timestamp('closed_at', { useTz: true }); // a handler closes the claim file once all is paid
  });
  // Projection of each claim's deadlines workflow: what runs next, and what was missed.
  await knex.schema.createTable('claim_deadlines', (t) => {
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.string('code').notNullable();
    t.date('due_on').notNullable();
    t.string('status').notNullable(); // running, met, missed, cancelled
    t.integer('penalty_cents').notNullable().defaultTo(0);
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.integer('revision').notNullable();
    t.primary(['declaration_id', 'code']);
  });
  // Documents the insurer adds to a claim file: decision letters, as PDFs.
  await knex.schema.createTable('claim_documents', (t) => {
    t.uuid('id').primary();
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.string('kind').notNullable();
    t.string('recipient').notNullable(); // victim, employer, health_fund, policyholder
    t.string('file_name').notNullable();
    t.binary('content').notNullable();
    t.string('dedupe_key').notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('claim_documents');
  await knex.schema.dropTableIfExists('claim_deadlines');
  await knex.schema.alterTable('claims', (t) => t.dropColumn('closed_at'));
  await knex.schema.alterTable('users', (t) => t.dropColumn('product_lines'));
}
