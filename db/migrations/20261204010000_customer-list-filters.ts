import type { Knex } from 'knex';

/**
 * Two filters of a customer's claim list at a million claims (issue 13 §2; figures and plans in the README):
 * - one policy: its total counted from this index alone; with only `declarations_policy` (policy_id) PostgreSQL read
 *   each of the policy's 22,000 declarations from the table to check the organisation and the submission (210 ms);
 * - an event period: the organisation's declarations with their event day, so a month reads its 5,000 rows instead of
 *   the organisation's 100,000 (740 ms). The event day stays hidden where medical details are sealed: the list still
 *   checks, row by row, that the reader may see it (api/routes/claims.ts).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create index declarations_policy_submitted on declarations (policy_id, organisation_id) where submitted_at is not null');
  await knex.raw("create index declarations_organisation_event_day on declarations (organisation_id, (data->'event'->>'date')) where submitted_at is not null");
}

export async function down(knex: Knex): Promise<void> {
  for (const index of ['declarations_organisation_event_day', 'declarations_policy_submitted']) await knex.raw(`drop index if exists ${index}`);
}
