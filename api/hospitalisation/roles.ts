import type { Knex } from 'knex';
import type { ChangeKind, HospitalisationRole } from '../../domain/hospitalisation';
import { kindsFor } from '../../domain/hospitalisation';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { forbidden, invalid } from '../errors';

export interface RoleGrant {
  policyId: string;
  role: HospitalisationRole;
  insuredPersonId: string | null;
}

/** The user's roles on the organisation's group hospitalisation policies, possibly none. */
export function grantsOf(knex: Knex, userId: string, organisationId: string): Promise<RoleGrant[]> {
  return knex('hospitalisationRoles as r').join('policies as p', 'p.id', 'r.policyId')
    .where({ 'r.userId': userId, 'p.organisationId': organisationId })
    .orderBy(['r.policyId', 'r.role'])
    .select('r.policyId', 'r.role', 'r.insuredPersonId');
}

/** The user's roles, for a request that needs one: none means no access to this module. */
export async function rolesOf(knex: Knex, userId: string, organisationId: string): Promise<RoleGrant[]> {
  const grants = await grantsOf(knex, userId, organisationId);
  if (grants.length === 0) throw forbidden('no_hospitalisation_role', phrase('api.hospitalisation.noRole'));
  return grants;
}

/** The insured persons a grant may see and change: the Local Admin the whole register, a titularis their family. */
export function visiblePersons(knex: Knex, grant: RoleGrant) {
  const query = knex('insuredPersons').where('insuredPersons.policyId', grant.policyId);
  return grant.role === 'local_admin'
    ? query
    : query.where((q) => q.where('insuredPersons.id', grant.insuredPersonId).orWhere('insuredPersons.titularisId', grant.insuredPersonId));
}

/** Picks the grant that allows a kind of change, and checks that the change only touches persons in its scope. */
export async function grantFor(knex: Knex, grants: RoleGrant[], kind: ChangeKind, data: Record<string, any>): Promise<RoleGrant> {
  const grant = grants.find((candidate) => kindsFor[candidate.role].includes(kind));
  if (!grant) throw forbidden('change_not_allowed', phrase('api.hospitalisation.changeNotAllowed', { kind }));
  const personIds = [data.personId, data.titularisId].filter((id): id is string => typeof id === 'string');
  for (const id of personIds) {
    const person = await visiblePersons(knex, grant).where('insuredPersons.id', id).first('id', 'relation');
    if (!person) throw invalid(phrase('api.hospitalisation.notManaged'), [fieldProblem(data.personId === id ? 'data.personId' : 'data.titularisId', 'api.hospitalisation.unknownPerson')]);
    if (kind === 'remove_titularis' && person.relation !== 'titularis') throw invalid(phrase('api.hospitalisation.onlyTitularis'), [fieldProblem('data.personId', 'api.hospitalisation.notTitularis')]);
    if (kind === 'remove_family_member' && person.relation === 'titularis') throw invalid(phrase('api.hospitalisation.titularisByAdmin'), [fieldProblem('data.personId', 'api.hospitalisation.notFamilyMember')]);
  }
  if (grant.role === 'titularis' && kind === 'add_family_member' && data.titularisId && data.titularisId !== grant.insuredPersonId) {
    throw invalid(phrase('api.hospitalisation.ownEntry'), [fieldProblem('data.titularisId', 'api.hospitalisation.notYou')]);
  }
  return grant;
}
