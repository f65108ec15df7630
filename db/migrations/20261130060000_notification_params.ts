import type { Knex } from 'knex';

/**
 * A notification is its kind (a code) and parameters, worded in the reader's language where it is read
 * (catalogue key `notification.<kind>`): `message` no longer holds an English sentence.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('notifications', (t) => {
    t.jsonb('params').notNullable().defaultTo('{}');
    t.text('message').nullable().alter();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex('notifications').whereNull('message').update({ message: knex.ref('kind') });
  await knex.schema.alterTable('notifications', (t) => {
    t.dropColumn('params');
    t.text('message').notNullable().alter();
  });
}
