import type { Knex } from 'knex';
import type { ClaimFlag, ClaimRecord } from '../../contract/claims';
import { riskFlagsOf } from './risk-flags';

/**
 * The flags of a claim's header, from its projection. Each concern adds its own flag here from what its process
 * wrote (fraud indicators and the investigation, duplicates, litigation, the catastrophe event).
 */
export async function claimFlagsOf(knex: Knex, declarationId: string, claim: ClaimRecord | null): Promise<ClaimFlag[]> {
  const flags: ClaimFlag[] = [];
  if (claim?.coverage?.status === 'unverified') flags.push({ code: 'coverage_unverified', params: { findings: claim.coverage.findings.length } });
  const catastrophe = await knex('claims as c').join('catastropheEvents as e', 'e.id', 'c.catastropheId').where('c.declarationId', declarationId)
    .first('e.id', 'e.name');
  if (catastrophe) flags.push({ code: 'catastrophe', params: { name: catastrophe.name, catastropheId: catastrophe.id } });
  flags.push(...(await riskFlagsOf(knex, declarationId)));
  return flags;
}
