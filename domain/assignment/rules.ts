import type { ProductLine } from '../product-lines';

/**
 * Automatic assignment (toewijzing): the rules senior handlers maintain decide who may handle a new claim,
 * the first matching rule by priority wins, and among its handlers the one with the fewest open claims takes it.
 * Pure: the facts, the rules and the handlers' workload come in; who gets the claim, and why, comes out.
 */

/** A range of postcodes, both ends included (Belgian postcodes are four digits: 4000–4999 is the province of Liège). */
export interface PostcodeRange { from: string; to: string }

/** What a claim must be for a rule to apply; an absent or empty condition matches every claim. */
export interface AssignmentConditions {
  productLines?: ProductLine[];
  /** The declaration's estimated amount (cents): at least this much. */
  minAmountCents?: number | null;
  /** The declaration's estimated amount (cents): at most this much. */
  maxAmountCents?: number | null;
  /** The customer's language (nl, fr, de, en). */
  customerLanguages?: string[];
  /** Where the event or the insured risk is. */
  postcodeRanges?: PostcodeRange[];
  /** A declared catastrophe event (storm, hail, flood) the claim is tagged with. */
  catastropheId?: string | null;
}

export interface AssignmentRule {
  id: string;
  name: string;
  /** Lower first. */
  priority: number;
  active: boolean;
  conditions: AssignmentConditions;
  /** The handlers the rule sends claims to; empty: every claims handler. */
  handlerIds: string[];
  /** Only handlers who write the customer's language (a French-speaking customer gets a handler who writes French). */
  matchCustomerLanguage: boolean;
}

/** What the rules look at in a new claim. */
export interface ClaimFacts {
  productLine: ProductLine;
  estimatedAmountCents: number | null;
  customerLanguage: string | null;
  postcode: string | null;
  catastropheId: string | null;
}

/** A staff member who may take claims, with their open claims (their workload). */
export interface Candidate {
  id: string;
  name: string;
  email: string;
  role: 'handler' | 'senior_handler';
  /** The product lines they take; null: all of them. */
  productLines: string[] | null;
  /** The languages they write. */
  languages: string[];
  openClaims: number;
}

export type Condition = 'productLine' | 'amount' | 'customerLanguage' | 'region' | 'catastrophe';

/** How one rule fared, for the dry run's "why". */
export type RuleOutcome =
  | { ruleId: string; ruleName: string; outcome: 'inactive' }
  | { ruleId: string; ruleName: string; outcome: 'conditionsNotMet'; unmet: Condition[] }
  | { ruleId: string; ruleName: string; outcome: 'noHandler' }
  | { ruleId: string; ruleName: string; outcome: 'chosen'; handlerId: string };

export interface Assignment {
  /** Null: nobody takes claims of this product line. */
  handlerId: string | null;
  /** The rule that chose; null: no rule applied, the least busy handler of the product line took it. */
  rule: { id: string; name: string } | null;
  outcomes: RuleOutcome[];
}

const postcodeValue = (postcode: string) => (/^\d+$/.test(postcode.trim()) ? Number(postcode.trim()) : null);

/** A postcode within a range: by number for numeric postcodes, else by text. */
export function inRange(postcode: string, { from, to }: PostcodeRange): boolean {
  const [value, low, high] = [postcode, from, to].map(postcodeValue);
  if (value !== null && low !== null && high !== null) return low <= value && value <= high;
  const text = postcode.trim().toUpperCase();
  return from.trim().toUpperCase() <= text && text <= to.trim().toUpperCase();
}

/** The conditions of a rule the claim does not meet (none: the rule applies). */
export function unmetConditions(facts: ClaimFacts, conditions: AssignmentConditions): Condition[] {
  const unmet: Condition[] = [];
  const { productLines, minAmountCents, maxAmountCents, customerLanguages, postcodeRanges, catastropheId } = conditions;
  if (productLines?.length && !productLines.includes(facts.productLine)) unmet.push('productLine');
  const banded = minAmountCents != null || maxAmountCents != null;
  if (banded) {
    const amount = facts.estimatedAmountCents;
    // A band asks for an estimate: a claim without one is not in it.
    if (amount === null || (minAmountCents != null && amount < minAmountCents) || (maxAmountCents != null && amount > maxAmountCents)) unmet.push('amount');
  }
  if (customerLanguages?.length && !(facts.customerLanguage && customerLanguages.includes(facts.customerLanguage))) unmet.push('customerLanguage');
  if (postcodeRanges?.length && !(facts.postcode && postcodeRanges.some((range) => inRange(facts.postcode!, range)))) unmet.push('region');
  if (catastropheId && facts.catastropheId !== catastropheId) unmet.push('catastrophe');
  return unmet;
}

const takes = (candidate: Candidate, productLine: ProductLine) => candidate.productLines === null || candidate.productLines.includes(productLine);

/** The least busy (fewest open claims); equal workloads by e-mail address, so the choice is the same every time. */
export function leastBusy(candidates: Candidate[]): Candidate | null {
  return [...candidates].sort((a, b) => a.openClaims - b.openClaims || a.email.localeCompare(b.email))[0] ?? null;
}

/** The handlers a rule sends this claim to. */
export function handlersOf(rule: AssignmentRule, facts: ClaimFacts, candidates: Candidate[]): Candidate[] {
  return candidates.filter((candidate) =>
    (rule.handlerIds.length ? rule.handlerIds.includes(candidate.id) : candidate.role === 'handler') &&
    takes(candidate, facts.productLine) &&
    (!rule.matchCustomerLanguage || (facts.customerLanguage !== null && candidate.languages.includes(facts.customerLanguage))));
}

/** By priority (then name, then id: two rules of one priority always in the same order). */
export const byPriority = (rules: AssignmentRule[]) =>
  [...rules].sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));

/**
 * Who gets a new claim: the first active rule by priority whose conditions the claim meets and that has a handler
 * for it; then the least busy of that rule's handlers. No rule applies: the least busy handler of the product line.
 */
export function chooseHandler(facts: ClaimFacts, rules: AssignmentRule[], candidates: Candidate[]): Assignment {
  const outcomes: RuleOutcome[] = [];
  for (const rule of byPriority(rules)) {
    const named = { ruleId: rule.id, ruleName: rule.name };
    if (!rule.active) {
      outcomes.push({ ...named, outcome: 'inactive' });
      continue;
    }
    const unmet = unmetConditions(facts, rule.conditions);
    if (unmet.length) {
      outcomes.push({ ...named, outcome: 'conditionsNotMet', unmet });
      continue;
    }
    const chosen = leastBusy(handlersOf(rule, facts, candidates));
    if (!chosen) {
      outcomes.push({ ...named, outcome: 'noHandler' });
      continue;
    }
    outcomes.push({ ...named, outcome: 'chosen', handlerId: chosen.id });
    return { handlerId: chosen.id, rule: { id: rule.id, name: rule.name }, outcomes };
  }
  const fallback = leastBusy(candidates.filter((candidate) => candidate.role === 'handler' && takes(candidate, facts.productLine)));
  return { handlerId: fallback?.id ?? null, rule: null, outcomes };
}
