import { addMonths, daysBetween, type IsoDate } from './calendar';
import { REPLACEMENT_VEHICLE_COUNTRIES, type TotalLossValuation } from './motor';

/**
 * Motor claims (auto), seed 001: what the liability established on an accident decides — the driver's own
 * bodily injury (bestuurdersverzekering, BOB-bestuurder), the Joker, the 58+ guarantee — and the assistance and
 * extras that do not depend on it (towing, approved garage, insured value raised by 10 %). Pure rules: dates
 * are ISO days passed in, amounts integer cents, reasons are codes the screens word.
 */

/** "vijf jaar zonder ongevallen in fout": the clean period that earns the Joker and the 58+ guarantee, in months. */
export const CLAIM_FREE_MONTHS = 5 * 12;
/** "Je bent 58 jaar of meer … waarborg 58+". */
export const SENIOR_GUARANTEE_MIN_AGE = 58;
/** "de verzekerde waarde van je voertuig met 10% te verhogen … krijg je dan ook 10% extra uitbetaald". */
export const INSURED_VALUE_RAISE_PERCENT = 10;
/** "Indien je wagen door een ongeval in België of Luxemburg immobiel is, zorgen wij voor de sleping": same countries as the replacement vehicle. */
export const TOWING_COUNTRIES = REPLACEMENT_VEHICLE_COUNTRIES;
/** "het vervoer van de ongedeerde inzittenden naar hun domicilie in België". */
export const OCCUPANT_TRANSPORT_HOME_COUNTRY = 'BE';
/** The driver guarantee (bestuurdersverzekering) as a policy lists it among its guarantees. */
export const DRIVER_GUARANTEE = 'driver_cover';

/** Liability established (aansprakelijkheid): in recht, gedeeld, in fout. */
export const liabilityKinds = ['not_at_fault', 'shared', 'at_fault'] as const;
export type LiabilityKind = (typeof liabilityKinds)[number];

export interface Liability {
  kind: LiabilityKind;
  /** The insured driver's share of the fault, in percent: 0 not at fault, 100 at fault, 1 to 99 shared. */
  ownSharePercent: number;
}

/** The share that goes with a kind; a shared liability names its own share, strictly between 0 and 100. */
export function liabilityOf(kind: LiabilityKind, sharedPercent?: number): Liability {
  if (kind === 'not_at_fault') return { kind, ownSharePercent: 0 };
  if (kind === 'at_fault') return { kind, ownSharePercent: 100 };
  if (sharedPercent === undefined || !Number.isInteger(sharedPercent) || sharedPercent <= 0 || sharedPercent >= 100) {
    throw new RangeError('A shared liability names the insured driver\'s share, from 1 to 99 %');
  }
  return { kind, ownSharePercent: sharedPercent };
}

/**
 * An accident "in fout": any share of the fault. A shared liability counts, as it does for the premium (the Joker
 * exists to spare the premium rise any fault brings); only an accident "in recht" does not.
 */
export const accidentInFault = (liability: Liability): boolean => liability.ownSharePercent > 0;

/**
 * BOB-bestuurder: "een bestuurder met een geldig rijbewijs die niet samenwoont met jou en die met jouw wagen rijdt,
 * terwijl jij (of een persoon uit jouw huishouden) passagier bent."
 */
export interface DesignatedDriverFacts {
  validLicence: boolean;
  livesWithPolicyholder: boolean;
  policyholderOrHouseholdAboard: boolean;
}
export const isBobDriver = (facts: DesignatedDriverFacts): boolean =>
  facts.validLicence && !facts.livesWithPolicyholder && facts.policyholderOrHouseholdAboard;

export type InjuredPerson = 'driver' | 'passenger';
/** Why the injury is (or is not) compensated, worded by the screens. */
export type InjuryCoverBasis = 'passenger' | 'counterparty' | 'driver_guarantee' | 'bob_driver' | 'no_driver_guarantee';

export interface InjuryCover {
  /** Paid by the liable counterparty's insurer (recovered from it when we advance it). */
  counterpartyPercent: number;
  /** Paid by us: our liability cover for a passenger, the driver guarantee for the driver. */
  ownInsurerPercent: number;
  /** Left to the driver's hospitalisation insurance or health fund (mutualiteit). */
  uncoveredPercent: number;
  basis: InjuryCoverBasis;
}

/**
 * Bodily injury by liability. "inzittenden worden altijd vergoed": a passenger is compensated, by the liable
 * parties' liability insurers in their shares. The driver: "Indien de tegenpartij aansprakelijk is … zal zijn
 * verzekering een schadevergoeding uitkeren"; their own share only with the driver guarantee ("Ben je zelf
 * aansprakelijk en heb je een Bestuurdersverzekering"), which "elke BOB-bestuurder" has without taking it.
 */
export function injuryCover(person: InjuredPerson, liability: Liability, policy: { driverGuarantee: boolean }, bobDriver = false): InjuryCover {
  const own = liability.ownSharePercent;
  const counterpartyPercent = 100 - own;
  if (person === 'passenger') return { counterpartyPercent, ownInsurerPercent: own, uncoveredPercent: 0, basis: 'passenger' };
  if (own === 0) return { counterpartyPercent, ownInsurerPercent: 0, uncoveredPercent: 0, basis: 'counterparty' };
  if (bobDriver) return { counterpartyPercent, ownInsurerPercent: own, uncoveredPercent: 0, basis: 'bob_driver' };
  if (policy.driverGuarantee) return { counterpartyPercent, ownInsurerPercent: own, uncoveredPercent: 0, basis: 'driver_guarantee' };
  return { counterpartyPercent, ownInsurerPercent: 0, uncoveredPercent: own, basis: 'no_driver_guarantee' };
}

/** What the counterparty's insurer owes of an amount: its share, rounded half up to the cent. */
export const counterpartyShareCents = (amountCents: number, liability: Liability): number =>
  Math.floor((amountCents * (100 - liability.ownSharePercent) + 50) / 100);

/**
 * The day the current period without an accident in fault began: the policy's record (schadeverleden, "kan
 * aantonen dat je vijf jaar zonder ongevallen in fout bent") or the last accident in fault before `on`, whichever is later.
 */
export function claimFreeSince(recordSince: IsoDate, accidentsInFault: readonly IsoDate[], on: IsoDate): IsoDate {
  return accidentsInFault.filter((day) => daysBetween(day, on) >= 0 && daysBetween(recordSince, day) > 0)
    .reduce((latest, day) => (daysBetween(latest, day) > 0 ? day : latest), recordSince);
}

/** Five whole years since the clean period began: on its fifth anniversary, not the day before. */
export const claimFreeFiveYears = (since: IsoDate, on: IsoDate): boolean => daysBetween(addMonths(since, CLAIM_FREE_MONTHS), on) >= 0;

export interface JokerStatus {
  available: boolean;
  claimFreeSince: IsoDate;
  /** The day the Joker is (or was) earned: the fifth anniversary of the clean period. */
  earnedOn: IsoDate;
}

/** "Heb je geen schadegeval gehad in de afgelopen vijf jaar? … beloont je daarvoor met een Joker." */
export function jokerStatus(recordSince: IsoDate, accidentsInFault: readonly IsoDate[], on: IsoDate): JokerStatus {
  const since = claimFreeSince(recordSince, accidentsInFault, on);
  return { available: claimFreeFiveYears(since, on), claimFreeSince: since, earnedOn: addMonths(since, CLAIM_FREE_MONTHS) };
}

/** What the accident does to the liability (BA) premium. */
export type PremiumEffect = 'unchanged_not_in_fault' | 'joker_used' | 'premium_raised';

/** "bij een volgend ongeval 'in fout' [zal] jouw premie voor jouw verzekering BA niet verhoogd … worden": the Joker takes the rise. */
export function premiumEffect(liability: Liability, joker: Pick<JokerStatus, 'available'>): PremiumEffect {
  if (!accidentInFault(liability)) return 'unchanged_not_in_fault';
  return joker.available ? 'joker_used' : 'premium_raised';
}

/** After this accident, the day a Joker is earned (again): five years after it when it was in fault, else as before. */
export const nextJokerOn = (liability: Liability, joker: Pick<JokerStatus, 'earnedOn'>, accidentOn: IsoDate): IsoDate =>
  (accidentInFault(liability) ? addMonths(accidentOn, CLAIM_FREE_MONTHS) : joker.earnedOn);

/** "behalve bij verzwarende omstandigheden zoals bv. dronkenschap". */
export const aggravatingCircumstances = ['drunkenness', 'drugs', 'hit_and_run'] as const;
export type AggravatingCircumstance = (typeof aggravatingCircumstances)[number];

export type SeniorGuarantee = 'protects' | 'under_age' | 'not_claim_free' | 'aggravating_circumstance' | 'birth_date_unknown';

/** Full years of age on a day. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Waarborg 58+: "Je bent 58 jaar of meer en was de afgelopen vijf jaar verzekerd zonder ongeval in fout? … we [zullen]
 * jouw verzekering niet … opzeggen ten gevolge van een schadegeval (behalve bij verzwarende omstandigheden …)".
 * Age and history as they stood on the day of the accident; the accident itself does not count against it.
 */
export function seniorGuarantee(input: {
  birthDate: IsoDate | null; on: IsoDate; claimFreeSince: IsoDate; aggravating: AggravatingCircumstance | null;
}): SeniorGuarantee {
  if (!input.birthDate) return 'birth_date_unknown';
  if (ageOn(input.birthDate, input.on) < SENIOR_GUARANTEE_MIN_AGE) return 'under_age';
  if (!claimFreeFiveYears(input.claimFreeSince, input.on)) return 'not_claim_free';
  if (input.aggravating) return 'aggravating_circumstance';
  return 'protects';
}

export type TowingRefusal = 'not_immobilised' | 'outside_belgium_or_luxembourg' | 'home_outside_belgium';

/**
 * Sleping and vervoer van de ongedeerde inzittenden, "inbegrepen in je BA-verzekering": a car immobilised by an
 * accident in Belgium or Luxembourg; its unharmed occupants are taken to their home in Belgium.
 */
export function towingRefusal(order: { country: string; immobilised: boolean; unharmedOccupants: number; homeCountry: string }): TowingRefusal | null {
  if (!order.immobilised) return 'not_immobilised';
  if (!(TOWING_COUNTRIES as readonly string[]).includes(order.country)) return 'outside_belgium_or_luxembourg';
  if (order.unharmedOccupants > 0 && order.homeCountry !== OCCUPANT_TRANSPORT_HOME_COUNTRY) return 'home_outside_belgium';
  return null;
}

export type ReplacementVehicleBasis = 'guarantee' | 'approved_garage' | 'none';

/**
 * "Als je jouw voertuig laat herstellen bij een … goedgekeurde garage, krijg je ook een vervangvoertuig voor de duur
 * van de herstelling": besides the guarantee's 10 / 20 / 30 days, and also without that guarantee (the sentence
 * follows the one that leaves it out of liability alone). The longer of the two applies.
 */
export function replacementVehicleWithRepair(guaranteeDays: number, repair: { approvedGarage: boolean; repairDays: number }): { days: number; basis: ReplacementVehicleBasis } {
  const repairDays = repair.approvedGarage ? repair.repairDays : 0;
  if (repairDays > guaranteeDays) return { days: repairDays, basis: 'approved_garage' };
  return guaranteeDays > 0 ? { days: guaranteeDays, basis: 'guarantee' } : { days: 0, basis: 'none' };
}

/**
 * The 10 % raise of the insured value (for a large purchase discount) pays 10 % more on a total loss "tijdens de
 * periode van waardevastheid": when the insured value is the basis. On the real value, nothing is added.
 */
export function totalLossWithValueRaise(valuation: TotalLossValuation, insuredValueCents: number, raised: boolean): number | null {
  if (!raised || valuation.basis !== 'insured_value') return valuation.compensationCents;
  return insuredValueCents + Math.floor((insuredValueCents * INSURED_VALUE_RAISE_PERCENT + 50) / 100);
}
