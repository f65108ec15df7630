import type { Knex } from 'knex';

/**
 * The claims' diaries (activities), as their processes write them: every item ever planned, with its owner, due day,
 * priority and status; closed with who, when and a note; escalated when left open too long past its due day.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('claim_diary_items', (t) => {
    t.uuid('id').primary();
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.text('subject'); // a handler's own words
    t.jsonb('subject_phrase'); // or a rule's phrase (catalogue key and parameters)
    t.uuid('owner_id').notNullable().references('users.id');
    t.string('owner_name').notNullable();
    t.date('due_on').notNullable();
    t.string('priority').notNullable();
    t.string('status').notNullable();
    t.jsonb('created_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.string('rule');
    t.jsonb('closing');
    t.timestamp('closed_at', { useTz: true });
    t.timestamp('escalated_at', { useTz: true });
    t.index(['declaration_id', 'due_on']);
    t.index(['owner_id', 'status', 'due_on']); // My work: my open items by due day
  });
  await knex.raw(`alter table claim_diary_items add constraint claim_diary_items_subject check (subject is not null or subject_phrase is not null)`);
  await knex.raw(`alter table claim_diary_items add constraint claim_diary_items_priority check (priority in ('low', 'normal', 'high'))`);
  await knex.raw(`alter table claim_diary_items add constraint claim_diary_items_status check (status in ('open', 'completed', 'cancelled'))`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('claim_diary_items');
}
