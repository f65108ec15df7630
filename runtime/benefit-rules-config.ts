import fs from 'node:fs';
import { z } from 'zod';
import { LAW_RULES, withBaseWageLimits, type WorkplaceBenefitRules } from '../domain/rules/workplace-benefits';
import type { Env } from './env';

const percent = z.number().min(0).max(100);
const days = z.number().int().min(0).max(365);
/** What an insurer may set: a year's base-wage limits as the government publishes them, and the law's figures should they change. */
const configured = z.strictObject({
  baseWageLimits: z.array(z.strictObject({
    year: z.number().int().min(1971).max(2200),
    minimumCents: z.number().int().positive().nullable(),
    maximumCents: z.number().int().positive(),
    source: z.string().min(1),
  })).optional(),
  allowancePercent: percent.optional(),
  guaranteedWageDays: z.strictObject({ white_collar: days.optional(), blue_collar: days.optional() }).optional(),
  lowDegreeReductions: z.array(z.strictObject({ belowPercent: percent, reductionPercent: percent })).optional(),
});

/**
 * WORKPLACE_BENEFIT_RULES: the path of a JSON file with the tables of workplace-accident benefits that differ from the
 * law's as coded (domain/rules/workplace-benefits): typically a new year's base-wage limits, published each January.
 * Unset: the law's. A malformed file stops the start with the problem named.
 */
export function benefitRulesConfig(env: Env): WorkplaceBenefitRules {
  const file = env.WORKPLACE_BENEFIT_RULES;
  if (!file) return LAW_RULES;
  let parsed: z.infer<typeof configured>;
  try {
    parsed = configured.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`WORKPLACE_BENEFIT_RULES (${file}) is not a valid rules file: ${(error as Error).message}`);
  }
  const rules = withBaseWageLimits(LAW_RULES, parsed.baseWageLimits ?? []);
  return {
    ...rules,
    temporary: {
      allowancePercent: parsed.allowancePercent ?? rules.temporary.allowancePercent,
      guaranteedWageDays: { ...rules.temporary.guaranteedWageDays, ...parsed.guaranteedWageDays },
    },
    permanent: { lowDegreeReductions: parsed.lowDegreeReductions ?? rules.permanent.lowDegreeReductions },
  };
}
