import type { Knex } from 'knex';
import type { ClaimFlag } from '../../contract/claims';
import type { ClaimRisk } from '../../domain/claim/risk';

/** The header's flags of the claim's risk (issue 12 §3), from its projection: indicators, referral, litigation, duplicates. */
export async function riskFlagsOf(knex: Knex, declarationId: string): Promise<ClaimFlag[]> {
  const claim = await knex('claims').where({ declarationId }).first('risk', 'siuReferred', 'litigation');
  if (!claim) return [];
  const risk = claim.risk as ClaimRisk | null;
  const links = await knex('claimDuplicateLinks').where({ declarationId }).select('otherDeclarationId');
  const flags: ClaimFlag[] = [];
  if (risk?.indicators.length) flags.push({ code: 'fraud_indicators', params: { count: risk.indicators.length, codes: risk.indicators.map((indicator) => indicator.code) } });
  if (claim.siuReferred) flags.push({ code: 'siu_referred', params: {} });
  if (claim.litigation) flags.push({ code: 'litigation', params: { since: claim.litigation.since } });
  if (links.length) flags.push({ code: 'possible_duplicate', params: { count: links.length } });
  return flags;
}
