import { phrase, type Phrase } from '../../i18n/phrase';
import { motorSituationOf } from '../declaration-facts';
import { coveringProductLines, type DeclarationType } from '../declaration-types';
import { coverStartDate, EXCLUSIONS, type Exclusion } from '../rules/accident-income';
import { assertIsoDate, daysBetween, type IsoDate } from '../rules/calendar';
import { payerOfDamage } from '../rules/motor';

/**
 * The cover check a claim gets when it opens: is the linked policy in force on the event's day, and does it
 * hold the guarantee that pays for what was declared? Anything it cannot confirm is a finding, and a claim
 * with findings opens as unverified until a senior handler confirms the cover by hand. Pure.
 */

export type { CoverageStatus } from './state';
/** Why the cover could not be verified: a phrase in the `coverage` area (i18n/locales/<language>/coverage.json). */
export type CoverageFinding = Phrase;

export interface CoverageCheck {
  status: 'verified' | 'unverified';
  findings: CoverageFinding[];
  eventDate: string | null;
}

export interface CoveragePolicy {
  status: string;
  startDate: string;
  /** The last day of cover; none while the policy runs on. */
  endDate?: string | null;
  productLine: string;
  guarantees: string[];
  terms: Record<string, any>;
}

type Data = Record<string, any>;

const calendarDay = (value: unknown): value is IsoDate => {
  if (typeof value !== 'string') return false;
  try {
    assertIsoDate(value);
    return true;
  } catch {
    return false;
  }
};

/**
 * The day cover is judged on. Every declaration's first step has `event.date`; for group hospitalisation the
 * policy insures the stay, so the admission day counts, the illness's or accident's own day only without it.
 */
export function eventDateOf(type: DeclarationType, data: Data): IsoDate | null {
  const candidates = type === 'collective_hospitalisation' ? [data.damage?.admissionDate, data.event?.date] : [data.event?.date];
  return candidates.find(calendarDay) ?? null;
}

/** Inside the policy's period: from its start date to its end date, both days included. */
function periodFindings(type: DeclarationType, eventDate: IsoDate | null, policy: CoveragePolicy): Phrase[] {
  if (eventDate === null) return [phrase('coverage.noEventDate')];
  const findings: Phrase[] = [];
  const { startDate, endDate } = policy;
  if (policy.productLine === 'accident_income' && type === 'bodily_accident') {
    // Verzekerd Inkomen covers from the day after signing (seed 003); premiums are not tracked, so the first is taken as paid then.
    const coverFrom = coverStartDate(startDate, startDate)!;
    if (daysBetween(coverFrom, eventDate) < 0) findings.push(phrase('coverage.beforeAccidentIncomeCover', { eventDate, startDate, coverFrom }));
  } else if (daysBetween(startDate, eventDate) < 0) {
    findings.push(phrase('coverage.beforeStart', { eventDate, startDate }));
  }
  if (endDate && daysBetween(endDate, eventDate) > 0) findings.push(phrase('coverage.afterEnd', { eventDate, endDate }));
  return findings;
}

/** A finding unless the policy holds one of `anyOf`: the first is the guarantee the sentence names. */
const unless = (policy: CoveragePolicy, anyOf: string[], finding: Phrase): Phrase[] =>
  anyOf.some((code) => policy.guarantees.includes(code)) ? [] : [finding];

/** The contract a bodily-accident declaration names, as the policy's own kind (Verzekerd Inkomen is a line of its own). */
const contractKindOf = (policy: CoveragePolicy): string | undefined =>
  policy.productLine === 'accident_income' ? 'accident_income' : policy.terms.contractKind;

/**
 * Bodily accident: the declared contract must be the policy's. Verzekerd Inkomen pays only on death or permanent
 * total invalidity and not in its excluded circumstances (seed 003); an accident contract pays death, permanent
 * invalidity or, for an injury, its medical costs, each under its own guarantee.
 */
function bodilyAccidentFindings(data: Data, policy: CoveragePolicy): Phrase[] {
  const findings: Phrase[] = [];
  const declared: string | undefined = data.event?.contractKind;
  const held = contractKindOf(policy);
  if (declared && held && declared !== held) findings.push(phrase('coverage.otherContractKind', { declared, policy: held }));
  const outcome: string | undefined = data.damage?.outcome;
  if (policy.productLine === 'accident_income') {
    const circumstances: string[] = data.event?.circumstances ?? [];
    for (const circumstance of circumstances.filter((code): code is Exclusion => code in EXCLUSIONS)) {
      findings.push(phrase('coverage.excludedCircumstance', { circumstance }));
    }
    if (outcome === 'injury') return [...findings, phrase('coverage.accidentIncomeOutcome', { outcome })];
    if (outcome === 'death') return [...findings, ...unless(policy, ['death'], phrase('coverage.notGuaranteed.death', { guarantee: 'death' }))];
    if (outcome === 'permanent_invalidity') {
      return [...findings, ...unless(policy, ['permanent_total_invalidity'], phrase('coverage.notGuaranteed.permanentInvalidity', { guarantee: 'permanent_total_invalidity' }))];
    }
    return [...findings, ...unless(policy, ['death', 'permanent_total_invalidity'],
      phrase('coverage.notGuaranteed.accidentIncome', { guarantee: 'death', alternative: 'permanent_total_invalidity' }))];
  }
  if (outcome === 'death') return [...findings, ...unless(policy, ['death'], phrase('coverage.notGuaranteed.death', { guarantee: 'death' }))];
  if (outcome === 'permanent_invalidity') {
    return [...findings, ...unless(policy, ['permanent_invalidity'], phrase('coverage.notGuaranteed.permanentInvalidity', { guarantee: 'permanent_invalidity' }))];
  }
  return [...findings, ...unless(policy, ['medical_costs'], phrase('coverage.notGuaranteed.medicalCosts', { guarantee: 'medical_costs' }))];
}

/**
 * Motor damage (seed 001): a collision is the other side's liability insurer's to pay only when the declaration
 * names a counterparty and says the insured was not at fault; small-omnium perils (glass, hail, storm, natural
 * forces, animals, fire) need the small omnium, which the full omnium includes; own damage and vandalism need the
 * full omnium. The declaration asks for no replacement vehicle, so that guarantee is not checked here.
 */
function motorDamageFindings(data: Data, policy: CoveragePolicy): Phrase[] {
  const situation = motorSituationOf('motor_damage', data);
  if (!situation) return [];
  const kind: string = data.event.kind;
  const counterpartyLiable = situation.counterparty && data.event?.atFault === false && (data.parties?.counterparties ?? []).length > 0;
  const payer = payerOfDamage(situation.event, situation.counterparty, !counterpartyLiable);
  if (payer === 'small_omnium') {
    return unless(policy, ['small_omnium', 'full_omnium'], phrase('coverage.notGuaranteed.vehicleDamage', { kind, guarantee: 'small_omnium', alternative: 'full_omnium' }));
  }
  if (payer === 'full_omnium') return unless(policy, ['full_omnium'], phrase('coverage.notGuaranteed.ownDamage', { kind, guarantee: 'full_omnium' }));
  return [];
}

/** What the declaration claims must be among the policy's guarantees; one rule per declaration type. */
function guaranteeFindings(type: DeclarationType, data: Data, policy: CoveragePolicy): Phrase[] {
  switch (type) {
    case 'liability': // third-party liability of the business (BA uitbating)
      return unless(policy, ['business_liability'], phrase('coverage.notGuaranteed.liability', { guarantee: 'business_liability' }));
    case 'bodily_accident':
      return bodilyAccidentFindings(data, policy);
    case 'private_life': // the private-life guarantee of a workplace accident policy (seed 000)
      return unless(policy, ['private_life'], phrase('coverage.notGuaranteed.privateLife', { guarantee: 'private_life' }));
    case 'workplace_accident': // the statutory cover, and the commute guarantee for an accident on the way to or from work
      return [
        ...unless(policy, ['workplace_accident'], phrase('coverage.notGuaranteed.workplaceAccident', { guarantee: 'workplace_accident' })),
        ...(data.event?.onCommute ? unless(policy, ['commute'], phrase('coverage.notGuaranteed.commute', { guarantee: 'commute' })) : []),
      ];
    case 'fire': // every cause the fire declaration offers (fire, smoke, explosion, lightning, electrical, unknown) is a fire-guarantee peril
      return unless(policy, ['fire'], phrase('coverage.notGuaranteed.fire', { cause: data.event?.cause ?? 'unknown', guarantee: 'fire' }));
    case 'collective_hospitalisation':
      return unless(policy, ['hospitalisation'], phrase('coverage.notGuaranteed.hospitalisation', { guarantee: 'hospitalisation' }));
    case 'motor_theft': // theft and attempted theft are small-omnium perils; liability alone does not cover them
      return unless(policy, ['small_omnium', 'full_omnium'], phrase('coverage.notGuaranteed.theft', { guarantee: 'small_omnium', alternative: 'full_omnium' }));
    case 'motor_damage':
      return motorDamageFindings(data, policy);
    case 'omnium_assignment': // the declaration does not say which peril, so any omnium guarantee will do
      return unless(policy, ['small_omnium', 'full_omnium'], phrase('coverage.notGuaranteed.omnium', { guarantee: 'small_omnium', alternative: 'full_omnium' }));
  }
}

/**
 * Every finding, not only the first: no policy (nothing else can be checked), a policy not in force, an event
 * outside its period, a policy of another product line (its guarantees are then not compared), a missing guarantee.
 */
export function checkCoverage(input: { type: DeclarationType; data: Data; policy: CoveragePolicy | null }): CoverageCheck {
  const { type, data, policy } = input;
  const eventDate = eventDateOf(type, data);
  const findings: Phrase[] = [];
  if (!policy) findings.push(phrase('coverage.noPolicy'));
  else {
    if (policy.status !== 'active') findings.push(phrase('coverage.policyNotActive', { status: policy.status }));
    findings.push(...periodFindings(type, eventDate, policy));
    if (!(coveringProductLines(type) as string[]).includes(policy.productLine)) {
      findings.push(phrase('coverage.otherProductLine', { productLine: policy.productLine, type }));
    } else findings.push(...guaranteeFindings(type, data, policy));
  }
  return { status: findings.length === 0 ? 'verified' : 'unverified', findings, eventDate };
}
