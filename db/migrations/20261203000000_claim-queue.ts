import type { Knex } from 'knex';

/**
 * The back office's work queue as a table of its own (issue 13 §2; figures and plans in the README): a row per
 * declaration waiting for handling or open claim, with what the queue filters and sorts on. "Open" spans two tables
 * (`claims.closed_at is null`, or no claim yet) and the next deadline is a minimum over a third, so no index on the
 * projection selects or orders the queue: at a million claims every page read the whole portfolio.
 *
 * Triggers keep it, in the transaction that writes the rows it summarises: the declaration, claim and deadline
 * projections are written by several activities (and by migrations and repairs), and a trigger cannot be forgotten by
 * the next one. A row is recomputed whole from `claim_queue_rows`, the one definition of a queue row, which the
 * backfill below and the bench's bulk load also use.
 */

/** The declarations the queue shows (contract/claims.ts `queueStatuses`), written out: a migration stays as it ran. */
const queueStatuses = "'submitted', 'in_handling', 'under_reservation', 'accepted', 'refused'";

export async function up(knex: Knex): Promise<void> {
  // domain/declaration-types.ts `productLineOf`, as SQL (test/api/claim-queue.test.ts holds them equal).
  await knex.raw(`
    create function declaration_product_line(declaration_type text) returns text language sql immutable as $$
      select case declaration_type
        when 'private_life' then 'workplace_accident'
        when 'motor_theft' then 'motor'
        when 'motor_damage' then 'motor'
        else declaration_type end
    $$`);
  await knex.raw(`
    create view claim_queue_rows as
    select d.id as declaration_id, d.organisation_id, d.status, d.type, declaration_product_line(d.type) as product_line,
      c.handler_id, c.coverage_status, c.claim_number, d.submitted_at, next.due_on as next_deadline_on, next.code as next_deadline_code
    from declarations d
    left join claims c on c.declaration_id = d.id
    left join lateral (
      select cd.due_on, cd.code from claim_deadlines cd where cd.declaration_id = d.id and cd.status = 'running' order by cd.due_on, cd.code limit 1
    ) next on true
    where d.status in (${queueStatuses}) and c.closed_at is null`);
  await knex.raw(`
    create table claim_queue (
      declaration_id uuid primary key references declarations (id) on delete cascade,
      organisation_id uuid not null,
      status text not null,
      type text not null,
      product_line text not null,
      handler_id uuid,
      coverage_status text,
      claim_number text,
      submitted_at timestamptz,
      next_deadline_on date,
      next_deadline_code text
    )`);
  await knex.raw(`
    create function claim_queue_refresh(declaration uuid) returns void language plpgsql as $$
    begin
      -- Refreshes of one declaration in concurrent transactions wait for each other, so the last reads the other's rows.
      -- The claim's row before the declaration's, in the order the claim's own writes take them (its row, then the
      -- declaration's) and the dashboard's triggers lock it: a deadline's write locking the other way round deadlocked.
      perform 1 from claims where declaration_id = declaration for no key update;
      perform 1 from declarations where id = declaration for no key update;
      insert into claim_queue select * from claim_queue_rows where declaration_id = declaration
      on conflict (declaration_id) do update set organisation_id = excluded.organisation_id, status = excluded.status,
        type = excluded.type, product_line = excluded.product_line, handler_id = excluded.handler_id,
        coverage_status = excluded.coverage_status, claim_number = excluded.claim_number, submitted_at = excluded.submitted_at,
        next_deadline_on = excluded.next_deadline_on, next_deadline_code = excluded.next_deadline_code;
      if not found then delete from claim_queue where declaration_id = declaration; end if; -- closed, or not in the queue
    end $$`);
  // A declaration's rows name it by id, a claim's and a deadline's by declaration_id: a trigger function each.
  for (const [name, column, table, columns] of [
    ['claim_queue_follow_declaration', 'id', 'declarations', 'status, type, organisation_id, submitted_at'],
    ['claim_queue_follow_claim', 'declaration_id', 'claims', 'declaration_id, closed_at, handler_id, coverage_status, claim_number'],
    ['claim_queue_follow_claim', 'declaration_id', 'claim_deadlines', 'declaration_id, status, due_on, code'],
  ]) {
    await knex.raw(`
      create or replace function ${name}() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then perform claim_queue_refresh(old.${column}); end if;
        if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.${column} is distinct from old.${column}) then perform claim_queue_refresh(new.${column}); end if;
        return null;
      end $$`);
    // Only the columns a queue row reads: a draft's autosave or a claim's money does not touch the queue.
    await knex.raw(`create trigger claim_queue_follow after insert or delete or update of ${columns} on ${table} for each row execute function ${name}()`);
  }

  await knex.raw('insert into claim_queue select * from claim_queue_rows');
  // An index per filter and sort, each ending in the queue's tie-break (submitted_at, declaration_id), so a page is read
  // in index order. The default order (next deadline first) also answers "deadline before".
  const indexes: Record<string, string> = {
    next_deadline: 'next_deadline_on, submitted_at, declaration_id',
    next_deadline_desc: 'next_deadline_on desc nulls last, submitted_at, declaration_id',
    submitted: 'submitted_at, declaration_id',
    submitted_desc: 'submitted_at desc nulls last, declaration_id',
    claim_number: 'claim_number, submitted_at, declaration_id',
    claim_number_desc: 'claim_number desc nulls last, submitted_at, declaration_id',
    status: 'status, submitted_at, declaration_id',
    status_desc: 'status desc nulls last, submitted_at, declaration_id',
    status_next_deadline: 'status, next_deadline_on, submitted_at, declaration_id',
    product_line_next_deadline: 'product_line, next_deadline_on, submitted_at, declaration_id',
    handler_next_deadline: 'handler_id, next_deadline_on, submitted_at, declaration_id',
    coverage_next_deadline: 'coverage_status, next_deadline_on, submitted_at, declaration_id',
  };
  for (const [name, columns] of Object.entries(indexes)) await knex.raw(`create index claim_queue_${name} on claim_queue (${columns})`);
  // Unassigned (no claim yet): "is null" is no equality, so the handler's index would not give the order after it.
  await knex.raw('create index claim_queue_unassigned_next_deadline on claim_queue (next_deadline_on, submitted_at, declaration_id) where handler_id is null');
  await knex.raw('analyze claim_queue');

  // A page is a few index entries; the exact total counts every row (140,000 at a million claims): on these 2 cores
  // starting parallel workers for that took longer (150 ms) than one process counting the index (25 ms).
  await knex.raw('alter table claim_queue set (parallel_workers = 0)');

  // The declarations queue (GET /api/backoffice/declarations, oldest first) reads the declarations themselves: the
  // declarations waiting by default, one type of them, one status, or one status and type, each in submission order.
  // Each index carries the id and status, so the total is counted from the index alone, not from 100,000 heap rows.
  const waiting = "where status in ('submitted', 'in_handling', 'under_reservation')";
  await knex.raw(`create index declarations_backoffice_waiting on declarations (submitted_at) include (id, status) ${waiting}`);
  await knex.raw(`create index declarations_backoffice_waiting_type on declarations (type, submitted_at) include (id, status) ${waiting}`);
  await knex.raw('create index declarations_backoffice_status on declarations (status, submitted_at) include (id)');
  await knex.raw('create index declarations_backoffice_status_type on declarations (status, type, submitted_at) include (id)');
}

export async function down(knex: Knex): Promise<void> {
  for (const index of ['declarations_backoffice_status_type', 'declarations_backoffice_status', 'declarations_backoffice_waiting_type', 'declarations_backoffice_waiting']) {
    await knex.raw(`drop index if exists ${index}`);
  }
  for (const table of ['claim_deadlines', 'claims', 'declarations']) await knex.raw(`drop trigger if exists claim_queue_follow on ${table}`);
  for (const name of ['claim_queue_follow_declaration', 'claim_queue_follow_claim']) await knex.raw(`drop function if exists ${name}()`);
  await knex.raw('drop function if exists claim_queue_refresh(uuid)');
  await knex.raw('drop table if exists claim_queue');
  await knex.raw('drop view if exists claim_queue_rows');
  await knex.raw('drop function if exists declaration_product_line(text)');
}
