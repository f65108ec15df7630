import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Who manages a group hospitalisation policy's register: titularissen (their own family) and Local Admins.
  await knex.schema.createTable('hospitalisation_roles', (t) => {
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.uuid('policy_id').notNullable().references('policies.id');
    t.enu('role', ['titularis', 'local_admin'], { useNative: true, enumName: 'hospitalisation_role' }).notNullable();
    t.uuid('insured_person_id').references('insured_persons.id'); // the titularis's own entry in the register
    t.primary(['user_id', 'policy_id', 'role']);
  });
  await knex.schema.alterTable('insured_persons', (t) => {
    t.uuid('added_by_change').unique(); // an approved change adds its person once, however often it is applied
    t.timestamp('updated_at', { useTz: true });
  });
  // Projection of the hospitalisation-change workflows.
  await knex.schema.createTable('hospitalisation_changes', (t) => {
    t.uuid('id').primary();
    t.string('workflow_id').notNullable().unique();
    t.uuid('organisation_id').notNullable().references('organisations.id');
    t.uuid('policy_id').notNullable().references('policies.id');
    t.string('kind').notNullable();
    t.string('role').notNullable();
    t.jsonb('data').notNullable();
    t.date('effective_date');
    t.string('status').notNullable();
    t.integer('version').notNullable();
    t.integer('revision').notNullable();
    t.jsonb('requested_by').notNullable();
    t.uuid('requested_by_id').references('users.id');
    t.jsonb('decision');
    t.jsonb('actions').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.timestamp('submitted_at', { useTz: true });
    t.index(['organisation_id', 'status']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('hospitalisation_changes');
  await knex.schema.alterTable('insured_persons', (t) => {
    t.dropColumn('added_by_change');
    t.dropColumn('updated_at');
  });
  await knex.schema.dropTableIfExists('hospitalisation_roles');
  await knex.raw('drop type if exists hospitalisation_role');
}
