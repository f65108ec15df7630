import type { Knex } from 'knex';

/**
 * Lists at insurer scale (issue 13 §2; figures and plans in the README): the indexes the customer's claim list, its
 * free-text search, the claim file and the handlers' list need once a portfolio holds a million claims.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw("set local maintenance_work_mem = '256MB'"); // builds the trigram index in one pass on a loaded table
  await knex.raw('create extension if not exists pg_trgm');
  // An organisation's claims, newest first (the list's default order), read in index order: a page costs its rows.
  await knex.raw('create index declarations_organisation_submitted on declarations (organisation_id, submitted_at desc nulls last, id) where submitted_at is not null');
  // The list's other orders (ascending, as a column header first sorts): claim number, status, type, each with the id
  // as the tie-break the list uses. The last change and the event day stay sorted per request: an index on updated_at
  // would turn every draft autosave into a non-HOT update, and the event day is hidden where medical details are sealed.
  for (const column of ['claim_number', 'status', 'type']) {
    await knex.raw(`create index declarations_organisation_${column} on declarations (organisation_id, ${column}, id) where submitted_at is not null`);
  }
  // Free text ('%…%', any case): trigrams of the claim number and of everything declared; policy numbers through policy_id.
  await knex.raw('create index declarations_claim_number_trgm on declarations using gin (claim_number gin_trgm_ops)');
  await knex.raw('create index declarations_data_trgm on declarations using gin ((data::text) gin_trgm_ops) where submitted_at is not null');
  await knex.raw('create index declarations_policy on declarations (policy_id)');
  // The claim file's messages, and each handler's open claims (the handlers list counts them).
  await knex.raw('create index messages_declaration on messages (declaration_id, created_at)');
  await knex.raw('create index claims_handler_open on claims (handler_id) where closed_at is null');
}

export async function down(knex: Knex): Promise<void> {
  for (const index of ['declarations_organisation_claim_number', 'declarations_organisation_status', 'declarations_organisation_type', 'claims_handler_open', 'messages_declaration', 'declarations_policy', 'declarations_data_trgm', 'declarations_claim_number_trgm', 'declarations_organisation_submitted']) {
    await knex.raw(`drop index if exists ${index}`);
  }
}
