import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // One row per mail the system decides to send: the dedupe key makes a retried activity send it once.
  await knex.schema.createTable('outbound_mails', (t) => {
    t.string('dedupe_key').primary();
    t.uuid('declaration_id').references('declarations.id');
    t.string('recipient').notNullable();
    t.string('subject').notNullable();
    t.string('message_id').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('sent_at', { useTz: true });
  });
  // What the embedded SMTP sink received (development and tests only; never used in production).
  await knex.schema.createTable('dev_mails', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.string('message_id');
    t.string('sender');
    t.jsonb('recipients').notNullable();
    t.string('subject').notNullable();
    t.text('text').notNullable();
    t.jsonb('attachments').notNullable(); // [{ fileName, contentType, sizeBytes }]
    t.binary('raw').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('dev_mails');
  await knex.schema.dropTableIfExists('outbound_mails');
}
