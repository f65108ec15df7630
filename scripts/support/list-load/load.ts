import type { Knex } from 'knex';
import type pg from 'pg';
import { migrate } from '../../../db/connection';
import { catastropheRow, claimTableRows, claimTables, declarationColumns, declarationRows } from './claims';
import { copyRows } from './copy';
import { accessRows, organisationRows, policyRows, userRows } from './population';

/** The tables whose rows the back office's queue summarises (db/migrations/20261203000000_claim-queue.ts). */
const queueSources = ['declarations', 'claims', 'claim_deadlines'];

/** How many claims the database holds now (0: an empty, fresh schema). */
async function loadedClaims(knex: Knex): Promise<number> {
  const [{ count }] = await knex('declarations').count({ count: '*' });
  return Number(count);
}

/**
 * The database with `claims` claims: loaded once with COPY, then kept in the bench's data folder, so a rerun measures
 * at once. Another volume asked for starts from an empty schema.
 */
export async function ensureLoaded(knex: Knex, claims: number, log: (line: string) => void): Promise<void> {
  await migrate(knex);
  const present = await loadedClaims(knex);
  if (present === claims) {
    log(`${claims} claims already loaded`);
    return;
  }
  if (present > 0) {
    log(`${present} claims loaded, ${claims} asked: starting from an empty schema`);
    await knex.raw('drop schema public cascade; create schema public');
    await migrate(knex);
  }
  const started = Date.now();
  const connection = (await knex.client.acquireConnection()) as pg.Client;
  try {
    await connection.query('set synchronous_commit = off');
    await connection.query('begin');
    // The dashboard's summaries: filled once from the loaded rows rather than by their triggers row by row.
    await connection.query('select dashboard_summaries_follow(false)');
    // The queue's triggers would recompute a row per copied declaration, claim and deadline: filled once at the end instead.
    for (const table of queueSources) await connection.query(`alter table ${table} disable trigger claim_queue_follow`);
    await copyRows(connection, 'organisations', ['id', 'name', 'enterprise_number', 'street', 'postal_code', 'city', 'country', 'language'], organisationRows());
    await copyRows(connection, 'users', ['id', 'email', 'full_name', 'password_hash', 'role', 'language', 'product_lines', 'languages', 'authority_limit_cents'], userRows());
    await copyRows(connection, 'organisation_access', ['user_id', 'organisation_id', 'access_level'], accessRows());
    await copyRows(connection, 'policies', ['id', 'organisation_id', 'policy_number', 'product_line', 'status', 'policyholder_name', 'start_date', 'end_date',
      'annual_premium_cents', 'insured_object', 'guarantees', 'terms'], policyRows());
    await copyRows(connection, 'catastrophe_events', ['id', 'name', 'peril', 'starts_on', 'ends_on', 'postcodes', 'declared_by'], [catastropheRow]);
    await copyRows(connection, 'declarations', declarationColumns, declarationRows(claims));
    log(`declarations copied (${Math.round((Date.now() - started) / 1000)} s)`);
    for (const { table, columns, rows } of claimTables) {
      await copyRows(connection, table, columns, claimTableRows(claims, rows));
      log(`${table} copied (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    await connection.query('select dashboard_summaries_follow(true)');
    await connection.query('select dashboard_summaries_rebuild()');
    log(`dashboard summaries built (${Math.round((Date.now() - started) / 1000)} s)`);
    await connection.query('insert into claim_queue select * from claim_queue_rows');
    for (const table of queueSources) await connection.query(`alter table ${table} enable trigger claim_queue_follow`);
    await connection.query('commit');
  } catch (error) {
    await connection.query('rollback');
    throw error;
  } finally {
    await knex.client.releaseConnection(connection);
  }
  await knex.raw('vacuum analyze');
  log(`${claims} claims loaded in ${Math.round((Date.now() - started) / 1000)} s`);
}
