import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Projection of the message workflows; written only by idempotent activities.
  await knex.schema.createTable('messages', (t) => {
    t.uuid('id').primary();
    t.string('workflow_id').notNullable().unique();
    t.uuid('organisation_id').notNullable().references('organisations.id');
    t.uuid('declaration_id').references('declarations.id');
    t.string('addressed_to').notNullable();
    t.uuid('handler_id').references('users.id');
    t.jsonb('sender').notNullable();
    t.uuid('sender_id').references('users.id');
    t.string('subject').notNullable();
    t.text('body').notNullable();
    t.jsonb('attachments').notNullable();
    t.string('status').notNullable();
    t.jsonb('read');
    t.jsonb('reply');
    t.timestamp('reminder_sent_at', { useTz: true });
    t.timestamp('escalated_at', { useTz: true });
    t.integer('revision').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['organisation_id', 'declaration_id']);
    t.index(['status', 'handler_id']);
  });
  // Files sent with a message; stored before the message's workflow starts, so no foreign key to its projection.
  await knex.schema.createTable('message_attachments', (t) => {
    t.uuid('id').primary();
    t.uuid('message_id').notNullable().index();
    t.string('kind').notNullable();
    t.string('file_name').notNullable();
    t.string('content_type').notNullable();
    t.integer('size_bytes').notNullable();
    t.string('sha256', 64).notNullable();
    t.binary('content').notNullable();
    t.uuid('uploaded_by').notNullable().references('users.id');
    t.timestamp('uploaded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.alterTable('notifications', (t) => {
    t.uuid('message_id');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('notifications', (t) => t.dropColumn('message_id'));
  await knex.schema.dropTableIfExists('message_attachments');
  await knex.schema.dropTableIfExists('messages');
}
