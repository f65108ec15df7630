import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('create extension if not exists pgcrypto');

  await knex.schema.createTable('organisations', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.string('name').notNullable();
    t.string('enterprise_number').notNullable().unique(); // KBO / BCE number
    t.string('street').notNullable();
    t.string('postal_code').notNullable();
    t.string('city').notNullable();
    t.string('country', 2).notNullable().defaultTo('BE');
    t.string('phone');
    t.string('email');
    t.string('language', 2).notNullable().defaultTo('nl');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.string('email').notNullable().unique();
    t.string('full_name').notNullable();
    t.string('password_hash').notNullable();
    t.enu('role', ['customer', 'handler', 'senior_handler', 'auditor'], { useNative: true, enumName: 'user_role' }).notNullable();
    t.string('phone');
    t.string('language', 2).notNullable().defaultTo('nl');
    t.uuid('default_organisation_id').references('organisations.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  // The organisation's user agreement: who may use the portal, with full or limited access.
  await knex.schema.createTable('organisation_access', (t) => {
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.uuid('organisation_id').notNullable().references('organisations.id').onDelete('CASCADE');
    t.enu('access_level', ['full', 'limited'], { useNative: true, enumName: 'access_level' }).notNullable();
    t.timestamp('granted_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['user_id', 'organisation_id']);
  });

  await knex.schema.createTable('policies', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('organisation_id').notNullable().references('organisations.id');
    t.string('policy_number').notNullable().unique();
    t.string('product_line').notNullable();
    t.enu('status', ['active', 'suspended', 'cancelled'], { useNative: true, enumName: 'policy_status' }).notNullable();
    t.string('policyholder_name').notNullable();
    t.date('start_date').notNullable();
    t.date('end_date');
    t.integer('annual_premium_cents').notNullable();
    t.jsonb('insured_object').notNullable(); // vehicle, building, activity, group...
    t.jsonb('guarantees').notNullable(); // e.g. ["replacement_vehicle", "full_omnium"]
    t.jsonb('terms').notNullable(); // product-specific: omnium formula and deductible, income formula...
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['organisation_id', 'product_line']);
  });

  // Group hospitalisation register: titularissen and their family members.
  await knex.schema.createTable('insured_persons', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('policy_id').notNullable().references('policies.id');
    t.uuid('titularis_id').references('insured_persons.id');
    t.string('relation').notNullable(); // titularis, partner, child
    t.string('first_name').notNullable();
    t.string('last_name').notNullable();
    t.date('birth_date').notNullable();
    t.string('national_number').notNullable(); // rijksregisternummer
    t.string('email');
    t.date('covered_from').notNullable();
    t.date('covered_until');
    t.unique(['policy_id', 'national_number']);
  });

  await knex.schema.createTable('sessions', (t) => {
    t.string('token_hash').primary();
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.uuid('active_organisation_id').references('organisations.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
  });

  // Projection of the declaration workflows; written only by idempotent activities.
  await knex.schema.createTable('declarations', (t) => {
    t.uuid('id').primary();
    t.string('workflow_id').notNullable().unique();
    t.uuid('organisation_id').notNullable().references('organisations.id');
    t.uuid('policy_id').references('policies.id');
    t.string('type').notNullable();
    t.string('status').notNullable();
    t.integer('step').notNullable();
    t.integer('version').notNullable();
    t.integer('revision').notNullable(); // orders projection writes; every workflow state change bumps it
    t.jsonb('data').notNullable();
    t.string('claim_number');
    t.jsonb('handler');
    t.jsonb('decision');
    t.jsonb('actions').notNullable();
    t.uuid('created_by').notNullable().references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.timestamp('submitted_at', { useTz: true });
    t.index(['organisation_id', 'status']);
    t.index(['status', 'type']);
  });

  await knex.raw('create sequence claim_number_seq');
  // The claim file (schadedossier) opened from a declaration; one per declaration, whatever retries happen.
  await knex.schema.createTable('claims', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('declaration_id').notNullable().unique().references('declarations.id');
    t.string('claim_number').notNullable().unique();
    t.uuid('handler_id').notNullable().references('users.id');
    t.string('product_line').notNullable();
    t.timestamp('opened_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.uuid('opened_by').references('users.id'); // null: opened automatically
  });

  await knex.schema.createTable('notifications', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.string('dedupe_key').notNullable().unique(); // one notification per event, even when the activity runs twice
    t.uuid('user_id').notNullable().references('users.id');
    t.uuid('declaration_id').references('declarations.id');
    t.string('kind').notNullable();
    t.text('message').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('read_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['notifications', 'claims', 'declarations', 'sessions', 'insured_persons', 'policies', 'organisation_access', 'users', 'organisations']) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.raw('drop sequence if exists claim_number_seq');
  await knex.raw('drop type if exists user_role, access_level, policy_status');
}
