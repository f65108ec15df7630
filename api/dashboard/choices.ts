import type { Knex } from 'knex';

/** What the dashboard's filters offer: the handlers claims can be assigned to, and the declared catastrophe events (newest first). */
export async function filterChoices(knex: Knex) {
  const [handlers, catastrophes] = await Promise.all([
    knex('users').whereIn('role', ['handler', 'senior_handler']).orderBy('fullName').orderBy('id').select('id', 'fullName as name'),
    knex('catastropheEvents').orderBy('startsOn', 'desc').orderBy('name').select('id', 'name'),
  ]);
  return { handlers, catastrophes };
}
