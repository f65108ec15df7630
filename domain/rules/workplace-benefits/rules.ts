import { BASE_WAGE_LIMITS, type BaseWageLimits } from './base-wage';
import { PERMANENT_RULES, type PermanentRules } from './permanent';
import { TEMPORARY_RULES, type TemporaryRules } from './temporary';

/**
 * The tables one benefits file computes with. The law's by default; an insurer's configuration may add a year's
 * base-wage limits or change a figure (runtime/benefit-rules-config.ts). A file keeps the tables it opened with,
 * so a later change of configuration or code never changes what its recorded history computed.
 */
export interface WorkplaceBenefitRules {
  baseWageLimits: readonly BaseWageLimits[];
  temporary: TemporaryRules;
  permanent: PermanentRules;
}

export const LAW_RULES: WorkplaceBenefitRules = { baseWageLimits: BASE_WAGE_LIMITS, temporary: TEMPORARY_RULES, permanent: PERMANENT_RULES };

/** Configured base-wage rows replace the law's row of the same year; the others stay. */
export function withBaseWageLimits(rules: WorkplaceBenefitRules, rows: readonly BaseWageLimits[]): WorkplaceBenefitRules {
  const years = new Set(rows.map((row) => row.year));
  const baseWageLimits = [...rules.baseWageLimits.filter((row) => !years.has(row.year)), ...rows].sort((a, b) => a.year - b.year);
  return { ...rules, baseWageLimits };
}
