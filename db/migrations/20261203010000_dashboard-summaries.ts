import type { Knex } from 'knex';
import { bookingFunctions, brussels, rebuildFunction } from '../dashboard-summaries';

/**
 * The dashboard at insurer scale (issue 13 §2; figures and plans in the README): its figures read summaries, not the
 * million claims. Each summary holds a row per day and per month (`grain`) and per product line, handler and
 * catastrophe event (the dashboard's filters), so a period reads the months it covers whole and the days at its edges.
 *
 * PostgreSQL triggers keep them, in the transaction that writes the rows they summarise: claims, declarations,
 * deadlines and money are written by many activities and routes (and by hand in tests and repairs); a trigger follows
 * every one of them, and a reader never sees a summary ahead of or behind its rows. The price: concurrent writers to
 * the same day, product line and handler queue on that summary row until they commit.
 *
 * Cycle times keep, per stage, a histogram of durations in whole days with their sum and sum of squares; the exact
 * percentile (percentile_cont, to the millisecond, as before) is then read from the one bucket holding its rank in
 * `dashboard_cycle_times`, a row per claim, unless all durations of that bucket are equal (sum² = n × sum of squares).
 */
const summaries = ['dashboard_claim_counts', 'dashboard_money', 'dashboard_deadline_counts', 'dashboard_cycle_counts'];
/** Each trigger and the table it follows (names of their own: other summaries follow the same tables). */
const triggers: [string, string][] = [
  ['dashboard_follow_claim', 'claims'], ['dashboard_follow_claim_change', 'claims'], ['dashboard_follow_declaration', 'declarations'],
  ['dashboard_follow_deadline', 'claim_deadlines'], ['dashboard_follow_reserve_entry', 'reserve_entries'], ['dashboard_follow_payment', 'payments'],
  ['dashboard_follow_recovery_receipt', 'recovery_receipts'], ['dashboard_follow_cycle_time', 'dashboard_cycle_times'],
];

/**
 * A money row that can change or go (a payment, a recovery's receipt): its old figures leave the summary, its new ones
 * enter it. `amounts` gives the reserves, payments and recoveries the row counts, `dayOf` the day it counts on.
 */
const moneyTrigger = (name: string, table: string, dayOf: (row: string) => string, dayColumn: string, amounts: (row: string) => string) => `
    create function dashboard_follow_${name}() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then perform dashboard_move_money(old.declaration_id, ${dayOf('old')}, -1, ${amounts('old')}); end if;
      if tg_op <> 'DELETE' then perform dashboard_move_money(new.declaration_id, ${dayOf('new')}, 1, ${amounts('new')}); end if;
      return null;
    end $$;
    create trigger dashboard_follow_${name} after insert or delete or update of ${dayColumn}, amount_cents
      on ${table} for each row execute function dashboard_follow_${name}();`;
const dimensions = 'product_line text not null, handler_id uuid not null, catastrophe_id uuid';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table dashboard_claim_counts (
      grain text not null check (grain in ('day', 'month')), day date not null, ${dimensions},
      opened integer not null default 0,            -- claims opened that day
      open_now integer not null default 0,          -- of those, still open
      closed integer not null default 0,            -- claims closed that day
      running_deadlines integer not null default 0, -- legal deadlines running on the open ones
      constraint dashboard_claim_counts_key unique nulls not distinct (grain, day, product_line, handler_id, catastrophe_id)
    );
    create index dashboard_claim_counts_open on dashboard_claim_counts (day) where grain = 'day' and open_now > 0;

    create table dashboard_money (
      grain text not null check (grain in ('day', 'month')), day date not null, ${dimensions},
      movements integer not null default 0, -- a month with movements shows, even when they cancel out
      reserves_cents bigint not null default 0, payments_cents bigint not null default 0, recoveries_cents bigint not null default 0,
      constraint dashboard_money_key unique nulls not distinct (grain, day, product_line, handler_id, catastrophe_id)
    );

    -- A missed reminder's penalty accrues from its due day: those keep their day in the month's rows too.
    create table dashboard_deadline_counts (
      grain text not null check (grain in ('day', 'month')), day date not null, ${dimensions},
      code text not null, status text not null, penalty_cents integer not null, deadlines integer not null default 0,
      constraint dashboard_deadline_counts_key unique nulls not distinct (grain, day, product_line, handler_id, catastrophe_id, code, status, penalty_cents)
    );

    -- Per claim: milliseconds from the declaration's submission to each stage reached.
    create table dashboard_cycle_times (
      declaration_id uuid primary key, submitted_day date not null, ${dimensions},
      opened_ms bigint, decided_ms bigint, closed_ms bigint
    );
    create index dashboard_cycle_times_opened on dashboard_cycle_times (opened_ms) include (submitted_day, product_line, handler_id, catastrophe_id);
    create index dashboard_cycle_times_decided on dashboard_cycle_times (decided_ms) include (submitted_day, product_line, handler_id, catastrophe_id);
    create index dashboard_cycle_times_closed on dashboard_cycle_times (closed_ms) include (submitted_day, product_line, handler_id, catastrophe_id);

    create table dashboard_cycle_counts (
      grain text not null check (grain in ('day', 'month')), day date not null, ${dimensions},
      stage text not null, days integer not null, -- the duration's bucket: whole days
      claims integer not null default 0, ms_sum numeric not null default 0, ms_squares numeric not null default 0,
      constraint dashboard_cycle_counts_key unique nulls not distinct (grain, day, product_line, handler_id, catastrophe_id, stage, days)
    );

    -- A claim's receipts are summed again when the claim changes its product line, handler or catastrophe event.
    create index if not exists recovery_receipts_declaration on recovery_receipts (declaration_id);
  `);

  // Booking: one amount added to its day's and its month's row.
  await knex.raw(bookingFunctions(['day', 'month']));

  // What each claim adds up to; the same definitions rebuild the summaries below.
  await knex.raw(`
    create view dashboard_money_movements as
      select declaration_id, ${brussels('created_at')} as day, amount_cents::bigint as reserves_cents, 0::bigint as payments_cents, 0::bigint as recoveries_cents
      from reserve_entries
      union all -- a payment counts from its approval, and no longer once the bank returned it: paid_at is set exactly then
      select declaration_id, ${brussels('paid_at')}, 0, amount_cents, 0 from payments where paid_at is not null
      union all
      select declaration_id, received_on, 0, 0, amount_cents from recovery_receipts;

    create view dashboard_claim_cycles as
      select c.declaration_id, ${brussels('d.submitted_at')} as submitted_day, c.product_line, c.handler_id, c.catastrophe_id,
        stage.opened_ms, stage.decided_ms, stage.closed_ms
      from claims c join declarations d on d.id = c.declaration_id
      cross join lateral (select
        (extract(epoch from date_trunc('milliseconds', c.opened_at) - date_trunc('milliseconds', d.submitted_at)) * 1000)::bigint as opened_ms,
        (extract(epoch from date_trunc('milliseconds', (d.decision->>'decidedAt')::timestamptz) - date_trunc('milliseconds', d.submitted_at)) * 1000)::bigint as decided_ms,
        (extract(epoch from date_trunc('milliseconds', c.closed_at) - date_trunc('milliseconds', d.submitted_at)) * 1000)::bigint as closed_ms) stage
      where d.submitted_at is not null;

    -- Writes to a claim's rows take turns on its claims row: a trigger then reads the claim and its other rows as the
    -- writer before it committed them (read committed), and no change is booked on a state another one is replacing.
    create function dashboard_lock_claim(p_declaration uuid) returns claims language sql as $$
      select * from claims where declaration_id = p_declaration for update
    $$;

    -- A claim's whole share, under its product line, handler and event: p_sign -1 takes it out, 1 puts it back.
    create function dashboard_count_claim(c claims, p_sign integer) returns void language plpgsql as $$
    declare
      running integer;
    begin
      select count(*) into running from claim_deadlines where declaration_id = c.declaration_id and status = 'running';
      perform dashboard_book_claim(${brussels('c.opened_at')}, c.product_line, c.handler_id, c.catastrophe_id, p_sign,
        case when c.closed_at is null then p_sign else 0 end, 0, case when c.closed_at is null then p_sign * running else 0 end);
      if c.closed_at is not null then
        perform dashboard_book_claim(${brussels('c.closed_at')}, c.product_line, c.handler_id, c.catastrophe_id, 0, 0, p_sign, 0);
      end if;
      perform dashboard_book_money(m.day, c.product_line, c.handler_id, c.catastrophe_id, p_sign, p_sign * m.reserves_cents,
        p_sign * m.payments_cents, p_sign * m.recoveries_cents)
      from dashboard_money_movements m where m.declaration_id = c.declaration_id;
      perform dashboard_book_deadline(d.due_on, c.product_line, c.handler_id, c.catastrophe_id, d.code, d.status, d.penalty_cents, p_sign)
      from claim_deadlines d where d.declaration_id = c.declaration_id;
    end $$;

    -- A claim's cycle times, written again from its claim and declaration (their trigger books the difference).
    create function dashboard_time_cycle(p_declaration uuid) returns void language plpgsql as $$
    begin
      perform dashboard_lock_claim(p_declaration);
      delete from dashboard_cycle_times where declaration_id = p_declaration;
      insert into dashboard_cycle_times select * from dashboard_claim_cycles where declaration_id = p_declaration;
    end $$;
  `);

  // The triggers.
  await knex.raw(`
    create function dashboard_follow_claim() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then perform dashboard_count_claim(old, -1); end if;
      if tg_op <> 'DELETE' then perform dashboard_count_claim(new, 1); end if;
      perform dashboard_time_cycle(coalesce(new.declaration_id, old.declaration_id));
      return null;
    end $$;
    create trigger dashboard_follow_claim after insert or delete on claims for each row execute function dashboard_follow_claim();
    create trigger dashboard_follow_claim_change after update of opened_at, closed_at, product_line, handler_id, catastrophe_id on claims for each row
      when (old.opened_at is distinct from new.opened_at or old.closed_at is distinct from new.closed_at or old.product_line is distinct from new.product_line
        or old.handler_id is distinct from new.handler_id or old.catastrophe_id is distinct from new.catastrophe_id)
      execute function dashboard_follow_claim();

    create function dashboard_follow_declaration() returns trigger language plpgsql as $$
    begin
      perform dashboard_time_cycle(new.id);
      return null;
    end $$;
    create trigger dashboard_follow_declaration after update of submitted_at, decision on declarations for each row
      when (old.submitted_at is distinct from new.submitted_at or old.decision->>'decidedAt' is distinct from new.decision->>'decidedAt')
      execute function dashboard_follow_declaration();

    create function dashboard_follow_deadline() returns trigger language plpgsql as $$
    declare
      c claims;
    begin
      c := dashboard_lock_claim(coalesce(new.declaration_id, old.declaration_id));
      if c.declaration_id is null then return null; end if; -- counted with its claim once that is opened
      if tg_op <> 'INSERT' then
        perform dashboard_book_deadline(old.due_on, c.product_line, c.handler_id, c.catastrophe_id, old.code, old.status, old.penalty_cents, -1);
        if old.status = 'running' and c.closed_at is null then
          perform dashboard_book_claim(${brussels('c.opened_at')}, c.product_line, c.handler_id, c.catastrophe_id, 0, 0, 0, -1);
        end if;
      end if;
      if tg_op <> 'DELETE' then
        perform dashboard_book_deadline(new.due_on, c.product_line, c.handler_id, c.catastrophe_id, new.code, new.status, new.penalty_cents, 1);
        if new.status = 'running' and c.closed_at is null then
          perform dashboard_book_claim(${brussels('c.opened_at')}, c.product_line, c.handler_id, c.catastrophe_id, 0, 0, 0, 1);
        end if;
      end if;
      return null;
    end $$;
    create trigger dashboard_follow_deadline after insert or delete or update of due_on, status, penalty_cents
      on claim_deadlines for each row execute function dashboard_follow_deadline();

    -- One money row moved: p_sign -1 for the old row, 1 for the new one.
    create function dashboard_move_money(p_declaration uuid, p_day date, p_sign integer, p_reserves bigint, p_payments bigint, p_recoveries bigint)
      returns void language sql as $$
      select dashboard_book_money(p_day, c.product_line, c.handler_id, c.catastrophe_id, p_sign, p_sign * p_reserves, p_sign * p_payments, p_sign * p_recoveries)
      from dashboard_lock_claim(p_declaration) c where c.declaration_id is not null and p_day is not null
    $$;
    create function dashboard_follow_reserve_entry() returns trigger language plpgsql as $$
    begin -- reserve entries are append-only
      perform dashboard_move_money(new.declaration_id, ${brussels('new.created_at')}, 1, new.amount_cents, 0, 0);
      return null;
    end $$;
    create trigger dashboard_follow_reserve_entry after insert on reserve_entries for each row execute function dashboard_follow_reserve_entry();

    ${moneyTrigger('payment', 'payments', (row) => brussels(`${row}.paid_at`), 'paid_at', (row) => `0, ${row}.amount_cents, 0`)}

    ${moneyTrigger('recovery_receipt', 'recovery_receipts', (row) => `${row}.received_on`, 'received_on', (row) => `0, 0, ${row}.amount_cents`)}

    create function dashboard_follow_cycle_time() returns trigger language plpgsql as $$
    declare
      t dashboard_cycle_times := case when tg_op = 'DELETE' then old else new end;
      sign integer := case when tg_op = 'DELETE' then -1 else 1 end;
    begin
      perform dashboard_book_cycle(t.submitted_day, t.product_line, t.handler_id, t.catastrophe_id, s.stage, s.ms, sign)
      from (values ('opened', t.opened_ms), ('decided', t.decided_ms), ('closed', t.closed_ms)) as s (stage, ms);
      return null;
    end $$;
    create trigger dashboard_follow_cycle_time after insert or delete on dashboard_cycle_times for each row execute function dashboard_follow_cycle_time();
  `);

  // A bulk load (scripts/support/list-load) copies with the triggers off, then rebuilds once.
  await knex.raw(`
    create function dashboard_summaries_follow(p_on boolean) returns void language plpgsql as $$
    begin
${triggers.map(([trigger, table]) => `      execute format('alter table ${table} %s trigger ${trigger}', case when p_on then 'enable' else 'disable' end);`).join('\n')}
    end $$;
  `);

  // Filling them from the rows already there: the bulk path, the same definitions.
  await knex.raw(rebuildFunction(['day', 'month']));
  await knex.raw('select dashboard_summaries_rebuild()');
}

export async function down(knex: Knex): Promise<void> {
  for (const [trigger, table] of triggers) await knex.raw(`drop trigger if exists ${trigger} on ${table}`);
  await knex.raw(`
    drop function if exists dashboard_summaries_rebuild, dashboard_summaries_follow, dashboard_follow_claim, dashboard_follow_declaration, dashboard_follow_deadline,
      dashboard_follow_reserve_entry, dashboard_follow_payment, dashboard_follow_recovery_receipt, dashboard_follow_cycle_time, dashboard_move_money,
      dashboard_time_cycle, dashboard_lock_claim, dashboard_count_claim, dashboard_book_claim, dashboard_book_money, dashboard_book_deadline, dashboard_book_cycle;
    drop view if exists dashboard_claim_cycles, dashboard_money_movements;
    drop index if exists recovery_receipts_declaration;
  `);
  for (const table of [...summaries, 'dashboard_cycle_times']) await knex.raw(`drop table if exists ${table}`);
}
