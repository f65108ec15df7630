import type { Knex } from 'knex';

const costTypes = ['indemnity', 'expenses'];

export async function up(knex: Knex): Promise<void> {
  // How much a handler may pay out alone; above it a senior handler approves (four eyes). Null: no payments.
  await knex.schema.alterTable('users', (t) => {
    t.integer('authority_limit_cents');
  });

  // Every change of a claim's reserve, signed; the reserve is their sum. Payments are not entries here.
  await knex.schema.createTable('reserve_entries', (t) => {
    t.bigIncrements('id');
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.enu('cost_type', costTypes, { useNative: true, enumName: 'cost_type' }).notNullable();
    t.integer('amount_cents').notNullable();
    t.text('reason').notNullable();
    t.uuid('author_id').notNullable().references('users.id');
    t.string('author_name').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['declaration_id', 'cost_type']);
  });
  await knex.raw(`
    create function reserve_entries_are_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'reserve_entries is append-only: % is not allowed; append a correcting entry', tg_op;
    end $$;
    create trigger reserve_entries_no_update_or_delete before update or delete on reserve_entries
      for each row execute function reserve_entries_are_append_only();
    create trigger reserve_entries_no_truncate before truncate on reserve_entries
      for each statement execute function reserve_entries_are_append_only();
  `);

  // Projection of the payment-schedule workflows (Verzekerd Inkomen), written only by their activities.
  await knex.schema.createTable('payment_schedules', (t) => {
    t.uuid('id').primary();
    t.string('workflow_id').notNullable().unique();
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.string('kind').notNullable(); // death | invalidity
    t.specificType('cost_type', 'cost_type').notNullable();
    t.integer('total_cents').notNullable();
    t.integer('spread_months').notNullable();
    t.jsonb('plan').notNullable(); // the amounts in order: the death lump sum (if any), then the monthly instalments
    t.string('payee_name').notNullable();
    t.string('iban').notNullable();
    t.string('status').notNullable(); // running | completed | stopped
    t.jsonb('created_by').notNullable();
    t.jsonb('stopped').notNullable().defaultTo('null'); // { by, reason, at }
    t.integer('revision').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['declaration_id']);
  });

  await knex.schema.createTable('payments', (t) => {
    t.uuid('id').primary();
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.specificType('cost_type', 'cost_type').notNullable();
    t.integer('amount_cents').notNullable();
    t.string('payee_name').notNullable();
    t.string('iban').notNullable();
    t.enu('status', ['awaiting_approval', 'paid', 'rejected'], { useNative: true, enumName: 'payment_status' }).notNullable();
    t.uuid('requested_by_id').notNullable().references('users.id');
    t.string('requested_by_name').notNullable();
    t.uuid('approved_by_id').references('users.id');
    t.string('approved_by_name');
    t.timestamp('decided_at', { useTz: true });
    t.text('reason'); // why it was rejected
    t.string('workflow_id'); // the approval workflow, for payments above the requester's limit
    t.timestamp('escalated_at', { useTz: true });
    t.uuid('schedule_id').references('payment_schedules.id');
    t.integer('instalment_number'); // 0: the death lump sum; 1..n: the monthly instalments
    t.timestamp('paid_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['schedule_id', 'instalment_number']); // an instalment is paid once, however often its activity runs
    t.index(['declaration_id', 'cost_type']);
    t.index(['status', 'created_at']);
  });
  await knex.raw('alter table payments add constraint payments_amount_positive check (amount_cents > 0)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('payments');
  await knex.schema.dropTableIfExists('payment_schedules');
  await knex.schema.dropTableIfExists('reserve_entries');
  await knex.raw('drop function if exists reserve_entries_are_append_only()');
  await knex.raw('drop type if exists payment_status, cost_type');
  await knex.schema.alterTable('users', (t) => t.dropColumn('authority_limit_cents'));
}
