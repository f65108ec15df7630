import type { Knex } from 'knex';

/** Notes on a claim: free text with author and time, never edited (a correction is a new note); confidential ones for senior handlers. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('claim_notes', (t) => {
    t.uuid('id').primary();
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.text('text').notNullable();
    t.boolean('confidential').notNullable().defaultTo(false);
    t.jsonb('author').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['declaration_id', 'created_at']);
  });
  await knex.raw(`
    create function claim_notes_are_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'claim_notes is append-only: % is not allowed; add a correcting note', tg_op;
    end $$;
    create trigger claim_notes_no_update_or_delete before update or delete on claim_notes
      for each row execute function claim_notes_are_append_only();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('claim_notes');
  await knex.raw('drop function if exists claim_notes_are_append_only()');
}
