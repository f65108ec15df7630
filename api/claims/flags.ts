import type { Knex } from 'knex';
import type { ClaimFlag, ClaimRecord } from '../../contract/claims';

/**
 * The flags of a claim's header, from its projection. Each concern adds its own flag here from what its process
 * wrote (fraud indicators and the investigation, duplicates, litigation, the catastrophe event).
 */
export async function claimFlagsOf(knex: Knex, declarationId: string, claim: ClaimRecord | null): Promise<ClaimFlag[]> {
  void knex;
  void declarationId;
  const flags: ClaimFlag[] = [];
  if (claim?.coverage?.status === 'unverified') flags.push({ code: 'coverage_unverified', params: { findings: claim.coverage.findings.length } });
  return flags;
}
