import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LAW_RULES, simplifiedBaseWage } from '../../domain/rules/workplace-benefits';
import { benefitRulesConfig } from '../../runtime/benefit-rules-config';

/** WORKPLACE_BENEFIT_RULES: an insurer adds the year's base-wage limits (published each January) without a new release. */
const rulesFile = (content: unknown) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'benefit-rules-')), 'rules.json');
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

test('unset, the law as coded applies', () => {
  expect(benefitRulesConfig({})).toBe(LAW_RULES);
});

test("a configured year's limits join the law's table and cap that year's accidents; the other years stay", () => {
  const rules = benefitRulesConfig({ WORKPLACE_BENEFIT_RULES: rulesFile({ baseWageLimits: [{ year: 2026, minimumCents: null, maximumCents: 6_000_000, source: 'the insurer’s own notice' }] }) });
  expect(rules.baseWageLimits.map((row) => row.year)).toEqual([...LAW_RULES.baseWageLimits.map((row) => row.year), 2026]);
  // €6,000 a month is €72,000 a year: capped at the configured €60,000 for 2026, at the law's 2024 maximum before.
  expect(simplifiedBaseWage({ accidentDate: '2026-03-02', monthlyGrossCents: 600_000 }, rules.baseWageLimits).annualCents).toBe(6_000_000);
  const lawMaximum2024 = LAW_RULES.baseWageLimits.find((row) => row.year === 2024)!.maximumCents;
  expect(simplifiedBaseWage({ accidentDate: '2025-03-03', monthlyGrossCents: 600_000 }, rules.baseWageLimits).annualCents).toBe(lawMaximum2024);
  expect(rules.temporary).toEqual(LAW_RULES.temporary);
});

test("the law's figures can be set should they change: the allowance percentage and a status's guaranteed-wage days", () => {
  const rules = benefitRulesConfig({ WORKPLACE_BENEFIT_RULES: rulesFile({ allowancePercent: 85, guaranteedWageDays: { blue_collar: 14 } }) });
  expect(rules.temporary).toEqual({ allowancePercent: 85, guaranteedWageDays: { white_collar: 30, blue_collar: 14 } });
});

test('a malformed file stops the start with the setting named', () => {
  expect(() => benefitRulesConfig({ WORKPLACE_BENEFIT_RULES: rulesFile('{ not json') })).toThrow(/WORKPLACE_BENEFIT_RULES/);
  expect(() => benefitRulesConfig({ WORKPLACE_BENEFIT_RULES: rulesFile({ allowancePercent: 190 }) })).toThrow(/WORKPLACE_BENEFIT_RULES/);
  expect(() => benefitRulesConfig({ WORKPLACE_BENEFIT_RULES: rulesFile({ baseWageLimits: [{ year: 2026, maximumCents: 5 }] }) })).toThrow(/WORKPLACE_BENEFIT_RULES/);
  expect(() => benefitRulesConfig({ WORKPLACE_BENEFIT_RULES: '/nowhere/rules.json' })).toThrow(/WORKPLACE_BENEFIT_RULES/);
});
