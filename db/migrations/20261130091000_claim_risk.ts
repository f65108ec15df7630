import type { Knex } from 'knex';

/**
 * Fraud screening on a claim (issue 12 §3): the indicators its process last computed, the special investigation
 * unit (a role of its own) and its referrals, litigation, and possible duplicates linked in both files.
 */
export async function up(knex: Knex): Promise<void> {
  // A new value of an enum is usable once this migration's transaction commits (the seed runs after it).
  await knex.raw("alter type user_role add value if not exists 'siu'");
  await knex.schema.alterTable('claims', (t) => {
    t.jsonb('risk'); // { indicators: [{ code, reason, facts }], possibleDuplicates: [declarationId], assessedAt }
    t.boolean('siu_referred').notNullable().defaultTo(false); // an open referral: the claim is hidden from handlers, its payments wait
    t.jsonb('litigation'); // { since, by, reason } while the claim is in litigation; null otherwise
    t.uuid('duplicate_of').references('declarations.id'); // closed as a duplicate of that claim
  });
  // Referrals to the special investigation unit; the dashboard counts fraud referrals from this table.
  await knex.schema.createTable('claim_investigations', (t) => {
    t.uuid('id').primary();
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.timestamp('referred_at', { useTz: true }).notNullable();
    t.jsonb('referred_by').notNullable();
    t.text('reason').notNullable();
    t.timestamp('closed_at', { useTz: true });
    t.jsonb('closed_by');
    t.string('outcome'); // cleared | fraud_confirmed
    t.text('note');
    t.index(['declaration_id']);
    t.index(['closed_at']);
  });
  await knex.raw("alter table claim_investigations add constraint claim_investigations_outcome_known check (outcome is null or outcome in ('cleared', 'fraud_confirmed'))");
  // One row per direction: each file lists its possible duplicates with one lookup, whichever opened first.
  await knex.schema.createTable('claim_duplicate_links', (t) => {
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.uuid('other_declaration_id').notNullable().references('declarations.id');
    t.timestamp('linked_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['declaration_id', 'other_declaration_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('claim_duplicate_links');
  await knex.schema.dropTableIfExists('claim_investigations');
  await knex.schema.alterTable('claims', (t) => t.dropColumns('risk', 'siu_referred', 'litigation', 'duplicate_of'));
  // PostgreSQL cannot drop an enum value: 'siu' stays in user_role, unused.
}
