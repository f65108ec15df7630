import type { Knex } from 'knex';

const paymentStatuses = ['awaiting_approval', 'approved', 'sent', 'confirmed', 'returned', 'rejected', 'cancelled', 'paid'];

/**
 * The claim becomes a process of its own: its projection (cover, outcome, reopening, revision), payments that go to
 * the bank in SEPA batches and come back confirmed or returned, reserve entries keyed by the request that made them,
 * and recoveries. Payments made before keep the status 'paid'.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('claims', (t) => {
    t.string('workflow_id'); // null: a claim of the time before, not yet taken over by a claim process
    t.integer('revision').notNullable().defaultTo(0);
    t.string('coverage_status'); // verified | unverified | confirmed
    t.jsonb('coverage');
    t.string('outcome'); // paid | no_payment | refused | duplicate | withdrawn
    t.text('close_reason');
    t.jsonb('closed_by');
    t.jsonb('reopened'); // { count, reason, by, at }
    t.jsonb('money'); // the claim's money per cost type as its process last computed it
  });

  await knex.schema.createTable('payment_batches', (t) => {
    t.uuid('id').primary();
    t.increments('number', { primaryKey: false }).unique();
    t.string('message_id', 35).notNullable().unique();
    t.date('execution_date').notNullable();
    t.integer('payment_count').notNullable();
    t.bigInteger('total_cents').notNullable();
    t.text('file').notNullable(); // the pain.001.001.09 message as sent to the bank
    t.jsonb('created_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.raw('alter table payments alter column status type text using status::text');
  await knex.raw('drop type payment_status');
  await knex.raw(`alter table payments add constraint payments_status_known check (status in (${paymentStatuses.map((s) => `'${s}'`).join(', ')}))`);
  await knex.schema.alterTable('payments', (t) => {
    t.string('bic', 11);
    // The batch its claim handed it to; the batch's row is written once every claim has answered, so no foreign key.
    t.uuid('batch_id');
    t.timestamp('sent_at', { useTz: true });
    t.timestamp('confirmed_at', { useTz: true });
    t.timestamp('returned_at', { useTz: true });
    t.string('bank_reason_code');
    t.text('bank_reason_text');
    t.string('statement_id');
    t.index(['batch_id']);
  });

  await knex.schema.alterTable('reserve_entries', (t) => {
    t.string('entry_key').unique(); // the request (or the close) that made it: written once however often it runs
  });

  await knex.schema.createTable('bank_statements', (t) => {
    t.string('id').primary(); // sha-256 of the file: the same file imported twice is one statement
    t.string('notification_id').notNullable();
    t.string('file_name').notNullable();
    t.jsonb('uploaded_by').notNullable();
    t.jsonb('results').notNullable(); // per transfer: payment, outcome, what it changed
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('recoveries', (t) => {
    t.uuid('id').primary();
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.string('kind').notNullable(); // subrogation | salvage | direct_settlement
    t.specificType('cost_type', 'cost_type').notNullable();
    t.jsonb('counterparty').notNullable();
    t.bigInteger('expected_cents').notNullable();
    t.bigInteger('received_cents').notNullable().defaultTo(0);
    t.string('status').notNullable(); // open | partly_recovered | recovered | written_off
    t.jsonb('written_off');
    t.jsonb('opened_by').notNullable();
    t.timestamp('opened_at', { useTz: true }).notNullable();
    t.index(['declaration_id']);
  });
  await knex.schema.createTable('recovery_receipts', (t) => {
    t.uuid('id').primary();
    t.uuid('recovery_id').notNullable().references('recoveries.id');
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.bigInteger('amount_cents').notNullable();
    t.date('received_on').notNullable();
    t.jsonb('recorded_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['recovery_id']);
  });
  await knex.raw('alter table recovery_receipts add constraint recovery_receipts_amount_positive check (amount_cents > 0)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('recovery_receipts');
  await knex.schema.dropTableIfExists('recoveries');
  await knex.schema.dropTableIfExists('bank_statements');
  await knex.schema.alterTable('reserve_entries', (t) => t.dropColumn('entry_key'));
  await knex.schema.alterTable('payments', (t) => {
    t.dropColumns('bic', 'batch_id', 'sent_at', 'confirmed_at', 'returned_at', 'bank_reason_code', 'bank_reason_text', 'statement_id');
  });
  await knex.raw('alter table payments drop constraint payments_status_known');
  await knex.raw("create type payment_status as enum ('awaiting_approval', 'paid', 'rejected')");
  await knex.raw('alter table payments alter column status type payment_status using status::payment_status');
  await knex.schema.dropTableIfExists('payment_batches');
  await knex.schema.alterTable('claims', (t) => {
    t.dropColumns('workflow_id', 'revision', 'coverage_status', 'coverage', 'outcome', 'close_reason', 'closed_by', 'reopened', 'money');
  });
}
