/**
 * The SQL that books an amount into the dashboard's summaries and rebuilds them from the rows they summarise, for a
 * set of grains: the summaries of db/migrations/20261203010000_dashboard-summaries.ts kept a day's and a month's row,
 * db/migrations/20261204000000_dashboard-rollups.ts adds a year's row and one for all time, so that a period reads
 * its whole years and an unfiltered dashboard one row per product line, handler, event (and bucket) instead of one
 * per month.
 */
/** The Brussels calendar day of a timestamp column. */
export const brussels = (column: string) => `(${column} at time zone 'Europe/Brussels')::date`;

export type Grain = 'day' | 'month' | 'year' | 'all';

/** What each grain's row is keyed by for an amount booked on a day (an SQL date expression): all time is `-infinity`. */
const grainDay: Record<Grain, (day: string) => string> = {
  day: (day) => day,
  month: (day) => `date_trunc('month', ${day})::date`,
  year: (day) => `date_trunc('year', ${day})::date`,
  all: () => "'-infinity'::date",
};

/** One row per grain (`g.grain`, `g.day`) for an amount booked on `day`. */
const grainRows = (grains: Grain[], day: string) =>
  `(values ${grains.map((grain) => `('${grain}', ${grainDay[grain](day)})`).join(', ')}) as g (grain, day)`;

/** The functions that book one amount into each summary, in each grain's row. */
export function bookingFunctions(grains: Grain[]): string {
  return `
    create or replace function dashboard_book_claim(p_day date, p_product_line text, p_handler uuid, p_catastrophe uuid,
      p_opened integer, p_open_now integer, p_closed integer, p_running integer) returns void language sql as $$
      insert into dashboard_claim_counts as s (grain, day, product_line, handler_id, catastrophe_id, opened, open_now, closed, running_deadlines)
      select g.grain, g.day, p_product_line, p_handler, p_catastrophe, p_opened, p_open_now, p_closed, p_running from ${grainRows(grains, 'p_day')}
      on conflict on constraint dashboard_claim_counts_key do update set opened = s.opened + excluded.opened,
        open_now = s.open_now + excluded.open_now, closed = s.closed + excluded.closed, running_deadlines = s.running_deadlines + excluded.running_deadlines
    $$;

    create or replace function dashboard_book_money(p_day date, p_product_line text, p_handler uuid, p_catastrophe uuid,
      p_movements integer, p_reserves bigint, p_payments bigint, p_recoveries bigint) returns void language sql as $$
      insert into dashboard_money as s (grain, day, product_line, handler_id, catastrophe_id, movements, reserves_cents, payments_cents, recoveries_cents)
      select g.grain, g.day, p_product_line, p_handler, p_catastrophe, p_movements, p_reserves, p_payments, p_recoveries from ${grainRows(grains, 'p_day')}
      on conflict on constraint dashboard_money_key do update set movements = s.movements + excluded.movements,
        reserves_cents = s.reserves_cents + excluded.reserves_cents, payments_cents = s.payments_cents + excluded.payments_cents,
        recoveries_cents = s.recoveries_cents + excluded.recoveries_cents
    $$;

    create or replace function dashboard_book_deadline(p_day date, p_product_line text, p_handler uuid, p_catastrophe uuid,
      p_code text, p_status text, p_penalty integer, p_deadlines integer) returns void language sql as $$
      insert into dashboard_deadline_counts as s (grain, day, product_line, handler_id, catastrophe_id, code, status, penalty_cents, deadlines)
      select g.grain, case when p_code = 'reminder_answer' and p_status = 'missed' then p_day else g.day end,
        p_product_line, p_handler, p_catastrophe, p_code, p_status, p_penalty, p_deadlines from ${grainRows(grains, 'p_day')}
      where p_status in ('met', 'missed', 'running')
      on conflict on constraint dashboard_deadline_counts_key do update set deadlines = s.deadlines + excluded.deadlines
    $$;

    create or replace function dashboard_book_cycle(p_day date, p_product_line text, p_handler uuid, p_catastrophe uuid,
      p_stage text, p_ms bigint, p_sign integer) returns void language sql as $$
      insert into dashboard_cycle_counts as s (grain, day, product_line, handler_id, catastrophe_id, stage, days, claims, ms_sum, ms_squares)
      select g.grain, g.day, p_product_line, p_handler, p_catastrophe, p_stage, floor(p_ms / 86400000.0)::integer, p_sign,
        p_sign * p_ms::numeric, p_sign * p_ms::numeric * p_ms from ${grainRows(grains, 'p_day')}
      where p_ms is not null
      on conflict on constraint dashboard_cycle_counts_key do update set claims = s.claims + excluded.claims,
        ms_sum = s.ms_sum + excluded.ms_sum, ms_squares = s.ms_squares + excluded.ms_squares
    $$;
  `;
}

/** `dashboard_summaries_rebuild()`: every summary filled again from the rows already there (the bulk path, the same definitions). */
export function rebuildFunction(grains: Grain[]): string {
  return `
    create or replace function dashboard_summaries_rebuild() returns void language plpgsql as $$
    begin
      truncate dashboard_claim_counts, dashboard_money, dashboard_deadline_counts, dashboard_cycle_counts, dashboard_cycle_times;

      insert into dashboard_claim_counts (grain, day, product_line, handler_id, catastrophe_id, opened, open_now, closed, running_deadlines)
      select g.grain, g.day, product_line, handler_id, catastrophe_id, sum(opened), sum(open_now), sum(closed), sum(running)
      from (
        select ${brussels('c.opened_at')} as p_day, c.product_line, c.handler_id, c.catastrophe_id, 1 as opened,
          (c.closed_at is null)::int as open_now, 0 as closed, case when c.closed_at is null then coalesce(r.running, 0) else 0 end as running
        from claims c left join (select declaration_id, count(*)::int as running from claim_deadlines where status = 'running' group by declaration_id) r
          on r.declaration_id = c.declaration_id
        union all
        select ${brussels('c.closed_at')}, c.product_line, c.handler_id, c.catastrophe_id, 0, 0, 1, 0 from claims c where c.closed_at is not null
      ) booked cross join lateral ${grainRows(grains, 'booked.p_day')}
      group by g.grain, g.day, product_line, handler_id, catastrophe_id;

      insert into dashboard_money (grain, day, product_line, handler_id, catastrophe_id, movements, reserves_cents, payments_cents, recoveries_cents)
      select g.grain, g.day, c.product_line, c.handler_id, c.catastrophe_id, count(*), sum(m.reserves_cents), sum(m.payments_cents), sum(m.recoveries_cents)
      from dashboard_money_movements m join claims c on c.declaration_id = m.declaration_id
      cross join lateral ${grainRows(grains, 'm.day')}
      group by g.grain, g.day, c.product_line, c.handler_id, c.catastrophe_id;

      insert into dashboard_deadline_counts (grain, day, product_line, handler_id, catastrophe_id, code, status, penalty_cents, deadlines)
      select g.grain, case when d.code = 'reminder_answer' and d.status = 'missed' then d.due_on else g.day end,
        c.product_line, c.handler_id, c.catastrophe_id, d.code, d.status, d.penalty_cents, count(*)
      from claim_deadlines d join claims c on c.declaration_id = d.declaration_id
      cross join lateral ${grainRows(grains, 'd.due_on')}
      where d.status in ('met', 'missed', 'running')
      group by 1, 2, c.product_line, c.handler_id, c.catastrophe_id, d.code, d.status, d.penalty_cents;

      alter table dashboard_cycle_times disable trigger dashboard_follow_cycle_time;
      insert into dashboard_cycle_times select * from dashboard_claim_cycles;
      alter table dashboard_cycle_times enable trigger dashboard_follow_cycle_time;
      insert into dashboard_cycle_counts (grain, day, product_line, handler_id, catastrophe_id, stage, days, claims, ms_sum, ms_squares)
      select g.grain, g.day, t.product_line, t.handler_id, t.catastrophe_id, s.stage, floor(s.ms / 86400000.0)::integer, count(*), sum(s.ms), sum(s.ms::numeric * s.ms)
      from dashboard_cycle_times t
      cross join lateral (values ('opened', t.opened_ms), ('decided', t.decided_ms), ('closed', t.closed_ms)) as s (stage, ms)
      cross join lateral ${grainRows(grains, 't.submitted_day')}
      where s.ms is not null
      group by g.grain, g.day, t.product_line, t.handler_id, t.catastrophe_id, s.stage, 7;
      analyze dashboard_claim_counts, dashboard_money, dashboard_deadline_counts, dashboard_cycle_times, dashboard_cycle_counts;
    end $$;
  `;
}
