import type { Knex } from 'knex';
import { hashPassword } from '../passwords';
import { accounts, administrators, hospitalisationRoles, insuredPersons, organisations, OrganisationKey, policies } from './demo-data';

export const DEMO_PASSWORD = 'demo';

/**
 * Loads the demo world. Safe to run at every start: rows are matched on their natural keys (enterprise
 * number, e-mail, policy number, national number), so nothing is duplicated and no user data is lost.
 */
export async function seedDemo(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    const orgIds = {} as Record<OrganisationKey, string>;
    for (const { key, ...organisation } of organisations) {
      const [row] = await trx('organisations').insert(organisation).onConflict('enterpriseNumber').merge().returning('id');
      orgIds[key] = row.id;
    }

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const { access, defaultOrganisation, productLines, authorityLimitCents, languages, ...account } of accounts) {
      const [user] = await trx('users')
        .insert({ ...account, passwordHash, productLines: productLines ? JSON.stringify(productLines) : null, authorityLimitCents: authorityLimitCents ?? null, languages: languages ?? [] })
        .onConflict('email').merge(['fullName', 'role', 'phone', 'productLines', 'authorityLimitCents', 'languages', 'nationalRegisterNumber'])
        .returning('id');
      for (const [organisation, accessLevel] of access) {
        await trx('organisationAccess')
          .insert({ userId: user.id, organisationId: orgIds[organisation], accessLevel })
          .onConflict(['userId', 'organisationId']).ignore();
      }
      if (defaultOrganisation) {
        await trx('users').where({ id: user.id }).whereNull('defaultOrganisationId').update({ defaultOrganisationId: orgIds[defaultOrganisation] });
      }
    }

    for (const { email, organisation } of administrators) {
      const user = await trx('users').where({ email }).first('id');
      await trx('organisationAccess').where({ userId: user.id, organisationId: orgIds[organisation] }).update({ isAdministrator: true });
    }

    const policyIds: Record<string, string> = {};
    for (const { organisation, ...policy } of policies) {
      const holder = organisations.find((o) => o.key === organisation)!;
      const [row] = await trx('policies')
        .insert({
          ...policy,
          organisationId: orgIds[organisation],
          status: 'active',
          policyholderName: holder.name,
          insuredObject: JSON.stringify(policy.insuredObject),
          guarantees: JSON.stringify(policy.guarantees),
          terms: JSON.stringify(policy.terms),
        })
        .onConflict('policyNumber').merge(['insuredObject', 'guarantees', 'terms']) // demo data follows the seed
        .returning('id');
      policyIds[policy.policyNumber] = row.id;
    }

    const groupPolicyId = policyIds['CH-2021-550314'];
    const personIds: Record<string, string> = {};
    for (const { ref, titularis, ...person } of insuredPersons) {
      await trx('insuredPersons')
        .insert({ ...person, policyId: groupPolicyId, titularisId: titularis ? personIds[titularis] : null, coveredFrom: '2021-01-01' })
        .onConflict(['policyId', 'nationalNumber']).ignore();
      personIds[ref] = (await trx('insuredPersons').where({ policyId: groupPolicyId, nationalNumber: person.nationalNumber }).first('id')).id;
    }

    for (const { email, policyNumber, role, person } of hospitalisationRoles) {
      const user = await trx('users').where({ email }).first('id');
      await trx('hospitalisationRoles')
        .insert({ userId: user.id, policyId: policyIds[policyNumber], role, insuredPersonId: person ? personIds[person] : null })
        .onConflict(['userId', 'policyId', 'role']).ignore();
    }
  });
}
