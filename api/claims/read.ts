import type { Request } from 'express';
import type { Knex } from 'knex';
import { recordRead } from '../audit/reads';
import { notFound } from '../errors';

/**
 * A claim a panel of the back office reads (its money, recoveries): it must exist, and the read is recorded with who
 * and when before the answer goes out. Returns the declaration's data for panels that prefill from it.
 */
export async function readClaim(knex: Knex, req: Request, declarationId: string, what: string): Promise<{ data: Record<string, unknown> }> {
  const claim = await knex('claims as c').join('declarations as d', 'd.id', 'c.declarationId').where('c.declarationId', declarationId)
    .first('d.data', 'd.organisationId');
  if (!claim) throw notFound('claim');
  await recordRead(knex, req, { subject: { type: 'declaration', id: declarationId }, organisationId: claim.organisationId, what });
  return { data: claim.data ?? {} };
}
