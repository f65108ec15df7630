import type { Knex } from 'knex';

/**
 * eID login through OpenID Connect (issue 15 §1): a person is known by their national register number;
 * a login under way keeps its state, nonce and PKCE verifier until the provider answers (once); a session
 * opened through a provider keeps its ID token, the hint its logout needs.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.string('national_register_number', 11).unique();
  });
  await knex.schema.createTable('oidc_login_attempts', (t) => {
    t.string('id_hash', 64).primary(); // sha-256 of the browser's attempt cookie
    t.string('provider', 16).notNullable(); // 'customer' (eID) or 'staff'
    t.string('state', 128).notNullable();
    t.string('nonce', 128).notNullable();
    t.string('code_verifier', 128).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.alterTable('sessions', (t) => {
    t.string('login_provider', 16); // 'customer' (eID) or 'staff'; null: a password login
    t.text('id_token');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sessions', (t) => t.dropColumns('login_provider', 'id_token'));
  await knex.schema.dropTable('oidc_login_attempts');
  await knex.schema.alterTable('users', (t) => t.dropColumn('national_register_number'));
}
