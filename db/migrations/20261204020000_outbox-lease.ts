import type { Knex } from 'knex';

/**
 * An outbox mail is taken for sending by one attempt at a time (activities/mail/outbox.ts): Temporal starts an activity
 * again when an attempt outlives its timeout on a loaded worker, while that attempt may still be sending. The lease
 * ends by itself, so a mail whose sender died is sent by a later attempt.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbound_mails', (t) => {
    t.timestamp('sending_until', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbound_mails', (t) => {
    t.dropColumn('sending_until');
  });
}
