import type { Knex } from 'knex';
import { bookingFunctions, type Grain, rebuildFunction } from '../dashboard-summaries';

/**
 * The dashboard's summaries also keep a row per year and one for all time (issue 13 §2: an unfiltered dashboard at a
 * million claims added up 219,000 monthly histogram rows; all time is one row per product line, handler, event and
 * bucket). A booking now writes four rows instead of two, in the same transaction as before.
 */
const summaries = ['dashboard_claim_counts', 'dashboard_money', 'dashboard_deadline_counts', 'dashboard_cycle_counts'];

async function keepGrains(knex: Knex, grains: Grain[]): Promise<void> {
  const allowed = grains.map((grain) => `'${grain}'`).join(', ');
  for (const table of summaries) {
    await knex.raw(`delete from ${table} where grain not in (${allowed})`);
    await knex.raw(`alter table ${table} drop constraint ${table}_grain_check, add constraint ${table}_grain_check check (grain in (${allowed}))`);
  }
  await knex.raw(bookingFunctions(grains));
  await knex.raw(rebuildFunction(grains));
  await knex.raw('select dashboard_summaries_rebuild()');
}

export async function up(knex: Knex): Promise<void> {
  await keepGrains(knex, ['day', 'month', 'year', 'all']);
}

export async function down(knex: Knex): Promise<void> {
  await keepGrains(knex, ['day', 'month']);
}
