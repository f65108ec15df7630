import { phrase, type Phrase } from '../../i18n/phrase';
import { productLineOf, type DeclarationType } from '../declaration-types';
import type { ProductLine } from '../product-lines';
import { addDays, daysBetween, monthsBetween, type IsoDate } from '../rules/calendar';
import { DECLARATION_DEADLINE_DAYS } from '../rules/workplace-accident';

/**
 * Rule-based fraud indicators (issue 12 §3): signals for a handler to look at, never a decision.
 * Pure: the caller gathers the facts (the claim, its policy, the other claims) and passes them in;
 * every threshold is a parameter so an insurer can tune the screening without touching the rules.
 */

export interface FraudThresholds {
  /** An event this many days or fewer after the policy started, or after its cover was raised. */
  policyStartDays: number;
  /** A declaration more days after the event than this, per product line (or one figure for all). */
  lateDeclarationDays: Record<ProductLine, number> | number;
  /** This many claims or more on the same policy or person (this one included) … */
  frequentClaimsCount: number;
  /** … within a window of this many months. */
  frequentClaimsMonths: number;
  /** A vehicle stolen while insured for fewer months than this. */
  recentVehicleCoverMonths: number;
  /** A total loss this many days or fewer after the insured value was raised. */
  valueRaisedDays: number;
}

/**
 * Outside workplace accidents the law sets no period, only "as soon as reasonably possible" (Insurance
 * Act art. 74): 30 days is the screening default there, not a legal deadline.
 */
const SCREENING_DECLARATION_DAYS = 30;

export const defaultFraudThresholds: FraudThresholds = {
  policyStartDays: 30,
  lateDeclarationDays: {
    liability: SCREENING_DECLARATION_DAYS,
    bodily_accident: SCREENING_DECLARATION_DAYS,
    workplace_accident: DECLARATION_DEADLINE_DAYS, // the legal eight days (seed 004)
    fire: SCREENING_DECLARATION_DAYS,
    collective_hospitalisation: SCREENING_DECLARATION_DAYS,
    motor: SCREENING_DECLARATION_DAYS,
    omnium_assignment: SCREENING_DECLARATION_DAYS,
    accident_income: SCREENING_DECLARATION_DAYS,
  },
  frequentClaimsCount: 3,
  frequentClaimsMonths: 12,
  recentVehicleCoverMonths: 3,
  valueRaisedDays: 90,
};

/** Another claim of the insurer, as far as the rules need it. */
export interface OtherClaim {
  claimId: string;
  policyId: string | null;
  /** Identifies the injured or insured person across policies (e.g. a national register number's hash). */
  personKey: string | null;
  eventDate: IsoDate;
  iban: string | null;
  customerId: string;
  type: DeclarationType;
}

export interface ClaimFacts {
  claimId: string;
  type: DeclarationType;
  eventDate: IsoDate;
  declaredOn: IsoDate;
  policy: { id: string; startDate: IsoDate; coverRaisedOn?: IsoDate | null; insuredValueRaisedOn?: IsoDate | null } | null;
  /** A motor claim whose vehicle is a total loss or beyond repair (a theft is not: recent_vehicle_cover looks at that). */
  totalLoss: boolean;
  iban: string | null;
  customerId: string;
  otherClaims: OtherClaim[];
  personKey: string | null;
}

export interface FraudIndicator {
  code: string;
  reason: Phrase;
  facts: Record<string, unknown>;
}

type Rule = (facts: ClaimFacts, thresholds: FraudThresholds) => FraudIndicator | null;

/** Days from `since` to the event when the event falls on that day or at most `limit` days later. */
function daysAfter(since: IsoDate, eventDate: IsoDate, limit: number): number | null {
  const days = daysBetween(since, eventDate);
  return days >= 0 && days <= limit ? days : null;
}

// An event within N days of the policy start: cover taken out for a loss already on its way.
const soonAfterPolicyStart: Rule = ({ eventDate, policy }, { policyStartDays }) => {
  const days = policy ? daysAfter(policy.startDate, eventDate, policyStartDays) : null;
  if (!policy || days === null) return null;
  const facts = { eventDate, startDate: policy.startDate, days, thresholdDays: policyStartDays };
  return { code: 'soon_after_policy_start', reason: phrase('fraud.soonAfterPolicyStart', facts), facts };
};

// An event within N days of a cover increase: the same pattern on an existing policy.
const soonAfterCoverIncrease: Rule = ({ eventDate, policy }, { policyStartDays }) => {
  const raisedOn = policy?.coverRaisedOn;
  const days = raisedOn ? daysAfter(raisedOn, eventDate, policyStartDays) : null;
  if (!raisedOn || days === null) return null;
  const facts = { eventDate, raisedOn, days, thresholdDays: policyStartDays };
  return { code: 'soon_after_cover_increase', reason: phrase('fraud.soonAfterCoverIncrease', facts), facts };
};

// A declaration later than its product line's period: the evidence had time to change.
const lateDeclaration: Rule = ({ type, eventDate, declaredOn }, { lateDeclarationDays }) => {
  const productLine = productLineOf[type];
  const thresholdDays = typeof lateDeclarationDays === 'number' ? lateDeclarationDays : lateDeclarationDays[productLine];
  if (daysBetween(addDays(eventDate, thresholdDays), declaredOn) <= 0) return null;
  const facts = { eventDate, declaredOn, days: daysBetween(eventDate, declaredOn), thresholdDays, productLine };
  return { code: 'late_declaration', reason: phrase('fraud.lateDeclaration', facts), facts };
};

// N or more claims on the same policy or person within any window of M months that holds this one.
const frequentClaims: Rule = (claim, { frequentClaimsCount, frequentClaimsMonths }) => {
  const related = claim.otherClaims.filter((other) => other.claimId !== claim.claimId && (
    (claim.policy !== null && other.policyId === claim.policy.id) || (claim.personKey !== null && other.personKey === claim.personKey)));
  const all = [{ claimId: claim.claimId, eventDate: claim.eventDate }, ...related];
  const within = (since: IsoDate, date: IsoDate) => daysBetween(since, date) >= 0 && monthsBetween(since, date) < frequentClaimsMonths;
  // Every window worth trying starts on one of the claims' event dates, no later than this one's.
  const windows = all.filter(({ eventDate }) => within(eventDate, claim.eventDate))
    .map(({ eventDate: since }) => ({ since, claims: all.filter(({ eventDate }) => within(since, eventDate)) }));
  const busiest = windows.reduce((most, window) => (window.claims.length > most.claims.length ? window : most));
  if (busiest.claims.length < frequentClaimsCount) return null;
  const facts = {
    count: busiest.claims.length, months: frequentClaimsMonths, thresholdCount: frequentClaimsCount,
    since: busiest.since, claimIds: busiest.claims.map(({ claimId }) => claimId),
  };
  return { code: 'frequent_claims', reason: phrase('fraud.frequentClaims', { count: facts.count, months: facts.months, thresholdCount: facts.thresholdCount }), facts };
};

/** Spaces and case do not make a different account. */
const normalisedIban = (iban: string) => iban.replace(/\s+/g, '').toUpperCase();

// The same IBAN on claims of other customers: one account collecting for several people.
const sharedIban: Rule = (claim) => {
  if (!claim.iban) return null;
  const iban = normalisedIban(claim.iban);
  const others = claim.otherClaims.filter((other) =>
    other.claimId !== claim.claimId && other.customerId !== claim.customerId && other.iban !== null && normalisedIban(other.iban) === iban);
  if (others.length === 0) return null;
  const facts = { iban, claimIds: others.map(({ claimId }) => claimId), customerIds: [...new Set(others.map(({ customerId }) => customerId))] };
  return { code: 'shared_iban', reason: phrase('fraud.sharedIban', { iban, claimCount: others.length }), facts };
};

// Theft of a vehicle insured for less than N months: a car insured to be "stolen".
const recentVehicleCover: Rule = ({ type, eventDate, policy }, { recentVehicleCoverMonths }) => {
  if (type !== 'motor_theft' || !policy || daysBetween(policy.startDate, eventDate) < 0) return null;
  if (monthsBetween(policy.startDate, eventDate) >= recentVehicleCoverMonths) return null;
  const facts = { eventDate, startDate: policy.startDate, thresholdMonths: recentVehicleCoverMonths };
  return { code: 'recent_vehicle_cover', reason: phrase('fraud.recentVehicleCover', facts), facts };
};

// A total loss within N days of a raise of the insured value: the payout was raised just before it was claimed.
const totalLossAfterValueRaise: Rule = ({ eventDate, policy, totalLoss }, { valueRaisedDays }) => {
  const raisedOn = policy?.insuredValueRaisedOn;
  const days = totalLoss && raisedOn ? daysAfter(raisedOn, eventDate, valueRaisedDays) : null;
  if (!raisedOn || days === null) return null;
  const facts = { eventDate, raisedOn, days, thresholdDays: valueRaisedDays };
  return { code: 'total_loss_after_value_raise', reason: phrase('fraud.totalLossAfterValueRaise', facts), facts };
};

const rules: Rule[] = [soonAfterPolicyStart, soonAfterCoverIncrease, lateDeclaration, frequentClaims, sharedIban, recentVehicleCover, totalLossAfterValueRaise];

/** Every indicator the claim raises, each with its reason and the facts behind it; empty when none. */
export function fraudIndicators(facts: ClaimFacts, thresholds: FraudThresholds = defaultFraudThresholds): FraudIndicator[] {
  return rules.map((rule) => rule(facts, thresholds)).filter((indicator): indicator is FraudIndicator => indicator !== null);
}

/** Claims that may be the same loss declared twice: same policy, same type, event dates at most `withinDays` apart. */
export function possibleDuplicates(facts: ClaimFacts, withinDays = 3): string[] {
  if (!facts.policy) return [];
  const policyId = facts.policy.id;
  return facts.otherClaims
    .filter((other) => other.claimId !== facts.claimId && other.policyId === policyId && other.type === facts.type &&
      Math.abs(daysBetween(facts.eventDate, other.eventDate)) <= withinDays)
    .map(({ claimId }) => claimId);
}
