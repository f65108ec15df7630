import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // The person who signs the user agreement for the organisation.
  await knex.schema.alterTable('organisation_access', (t) => {
    t.boolean('is_administrator').notNullable().defaultTo(false);
  });
  // Projection of the user-agreement workflows.
  await knex.schema.createTable('user_agreements', (t) => {
    t.uuid('id').primary();
    t.string('workflow_id').notNullable().unique();
    t.uuid('organisation_id').notNullable().references('organisations.id');
    t.jsonb('employees').notNullable();
    t.string('status').notNullable();
    t.integer('version').notNullable();
    t.integer('revision').notNullable();
    t.jsonb('requested_by').notNullable();
    t.uuid('requested_by_id').references('users.id');
    t.jsonb('signature'); // who confirmed which text, when
    t.jsonb('decision');
    t.jsonb('actions').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.timestamp('submitted_at', { useTz: true });
    t.timestamp('registration_due_at', { useTz: true });
    t.timestamp('escalated_at', { useTz: true });
    t.timestamp('registered_at', { useTz: true });
    t.index(['organisation_id', 'status']);
  });
  // The employees the agreements in force name: their national register number, matched to the user it created.
  await knex.schema.createTable('agreement_employees', (t) => {
    t.uuid('organisation_id').notNullable().references('organisations.id');
    t.string('national_register_number', 11).notNullable();
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.string('full_name').notNullable();
    t.string('email').notNullable();
    t.string('access_level').notNullable(); // full, limited, none (taken away)
    t.uuid('agreement_id').notNullable().references('user_agreements.id');
    t.timestamp('applied_at', { useTz: true }).notNullable();
    t.primary(['organisation_id', 'national_register_number']);
    t.index(['national_register_number']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('agreement_employees');
  await knex.schema.dropTableIfExists('user_agreements');
  await knex.schema.alterTable('organisation_access', (t) => t.dropColumn('is_administrator'));
}
