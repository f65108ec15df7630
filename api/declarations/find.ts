import { Declaration } from '../../db/models/declaration';
import { notFound } from '../errors';

/** A declaration of this organisation; another organisation's does not exist. */
export async function findCustomerDeclaration(organisationId: string, id: string): Promise<Declaration> {
  const declaration = await Declaration.query().findOne({ id, organisationId });
  if (!declaration) throw notFound('declaration');
  return declaration;
}

/** A claim of this organisation: its declaration once submitted; drafts and other organisations' do not exist. */
export async function findCustomerClaim(organisationId: string, id: string): Promise<Declaration> {
  const claim = await Declaration.query().findOne({ id, organisationId }).whereNotNull('submittedAt');
  if (!claim) throw notFound('claim');
  return claim;
}
