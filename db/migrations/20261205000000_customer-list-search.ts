import type { Knex } from 'knex';

/**
 * A customer's claim list at a million claims (issue 13 §2; figures and plans in the README):
 * - free text finds the words of what was declared by their beginning, through a word index, instead of any part of
 *   the declaration's text through its trigrams: a surname's trigrams also occur in other words, and digits in every
 *   date and phone number, so PostgreSQL re-read thousands of declarations (digits: most of the organisation's) to
 *   drop the false matches. The claim and policy numbers are still matched on any part (their own trigram index).
 * - the last change, newest first, read in index order. The index is partial on submitted declarations: a draft's
 *   autosave adds no entry (its update already changes the indexed data, so it was no HOT update before either).
 */
export async function up(knex: Knex): Promise<void> {
  // The declared words as db/declared-words.ts defined them then (kept in declaration_words since 20261206000000).
  await knex.raw("set local maintenance_work_mem = '256MB'");
  // The organisation in the same index (btree_gin), so a search reads its matches at once instead of intersecting them
  // with the bitmap of the organisation's 100,000 claims (about 25 ms before the first row).
  await knex.raw('create extension if not exists btree_gin');
  await knex.raw(`create index declarations_organisation_declared_words on declarations using gin (organisation_id, (jsonb_to_tsvector('simple', data, '["string", "numeric"]'))) where submitted_at is not null`);
  await knex.raw('drop index if exists declarations_data_trgm');
  await knex.raw('create index declarations_organisation_updated on declarations (organisation_id, updated_at desc nulls last, id) where submitted_at is not null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists declarations_organisation_updated');
  await knex.raw('create index declarations_data_trgm on declarations using gin ((data::text) gin_trgm_ops) where submitted_at is not null');
  await knex.raw('drop index if exists declarations_organisation_declared_words');
}
