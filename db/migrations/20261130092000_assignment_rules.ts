import type { Knex } from 'knex';

/**
 * Automatic assignment: the rules senior handlers maintain (conditions, the handlers they send claims to, their
 * priority), and the languages each handler writes, so a French-speaking customer gets a handler who writes French.
 * Every change of a rule is in the audit log; a claim's assignment names the rule that chose its handler there too.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.specificType('languages', 'text[]').notNullable().defaultTo('{}');
  });
  // Until told otherwise, a handler writes the language they work in.
  await knex.raw("update users set languages = array[language] where role in ('handler', 'senior_handler')");
  await knex.schema.createTable('assignment_rules', (t) => {
    t.uuid('id').primary();
    t.string('name', 200).notNullable();
    t.integer('priority').notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.jsonb('conditions').notNullable().defaultTo('{}');
    t.jsonb('handler_ids').notNullable().defaultTo('[]');
    t.boolean('match_customer_language').notNullable().defaultTo(false);
    t.jsonb('created_by').notNullable();
    t.jsonb('updated_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['priority']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('assignment_rules');
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('languages');
  });
}
