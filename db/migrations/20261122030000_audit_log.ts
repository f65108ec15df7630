import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Every business action, for the auditors. Append-only, and the database itself enforces it.
  await knex.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id');
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.uuid('actor_id').references('users.id');
    t.string('actor_name').notNullable();
    t.string('action').notNullable();
    t.string('subject_type').notNullable();
    t.string('subject_id').notNullable();
    t.uuid('organisation_id').references('organisations.id');
    t.jsonb('details').notNullable().defaultTo('{}');
    t.index(['subject_type', 'subject_id']);
    t.index(['organisation_id', 'at']);
  });
  await knex.raw(`
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % is not allowed', tg_op;
    end $$;
    create trigger audit_log_no_update_or_delete before update or delete on audit_log
      for each row execute function audit_log_is_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_is_append_only();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('audit_log');
  await knex.raw('drop function if exists audit_log_is_append_only()');
}
