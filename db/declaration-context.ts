import type { Knex } from 'knex';

/** The organisation's name and the policy number, as documents about a declaration show them. */
export async function declarationContext(knex: Knex, declaration: { organisationId: string; policyId: string | null }) {
  const organisation = await knex('organisations').where({ id: declaration.organisationId }).first('name');
  const policy = declaration.policyId ? await knex('policies').where({ id: declaration.policyId }).first('policyNumber') : null;
  return { organisationName: organisation.name as string, policyNumber: (policy?.policyNumber as string | undefined) ?? null };
}
