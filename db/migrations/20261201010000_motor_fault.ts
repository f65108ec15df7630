import type { Knex } from 'knex';

/**
 * Motor claims: what fault decides (issue 14 §2). The liability a claim's process recorded and its consequences,
 * the towing orders it placed, and per policy its accidents in fault: the Joker and the 58+ guarantee are read from
 * them, and the policy shows whether its Joker was used.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('claim_motor_fault', (t) => {
    t.uuid('declaration_id').primary().references('declarations.id');
    t.uuid('policy_id').references('policies.id');
    t.jsonb('liability'); // { kind, ownSharePercent, accidentOn, driverCover, passengerCover, joker, seniorGuarantee, … }
    t.jsonb('repair'); // { garageName, approvedGarage, repairDays, replacementVehicle }
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('claim_towing_orders', (t) => {
    t.uuid('id').primary();
    t.uuid('declaration_id').notNullable().references('declarations.id');
    t.string('country', 2).notNullable();
    t.text('towed_to').notNullable();
    t.integer('unharmed_occupants').notNullable();
    t.string('provider').notNullable();
    t.integer('cost_cents').notNullable();
    t.jsonb('ordered_by').notNullable();
    t.timestamp('ordered_at', { useTz: true }).notNullable();
    t.index(['declaration_id']);
  });
  // One row per claim with an accident in fault on the policy: the clean period restarts on its day.
  await knex.schema.createTable('policy_accidents_in_fault', (t) => {
    t.uuid('declaration_id').primary().references('declarations.id');
    t.uuid('policy_id').notNullable().references('policies.id');
    t.string('claim_number').notNullable();
    t.date('accident_on').notNullable();
    t.integer('own_share_percent').notNullable();
    t.boolean('joker_used').notNullable();
    t.timestamp('recorded_at', { useTz: true }).notNullable();
    t.index(['policy_id', 'accident_on']);
  });
  await knex.raw('alter table policy_accidents_in_fault add constraint policy_accidents_in_fault_share check (own_share_percent between 1 and 100)');
  await knex.raw('alter table claim_towing_orders add constraint claim_towing_orders_cost check (cost_cents > 0)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('policy_accidents_in_fault');
  await knex.schema.dropTableIfExists('claim_towing_orders');
  await knex.schema.dropTableIfExists('claim_motor_fault');
}
