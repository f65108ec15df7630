import type { DeclarationType } from './declaration-types';

/**
 * Catastrophe events (a storm, hail, a flood) and the claims they concern: which declaration a declared event
 * tags, and which small claim of an event the fast track may accept and pay without a handler. Pure: the claim's
 * process, the API and the tests use the same rules.
 */

export const perils = ['storm', 'hail', 'flood', 'earthquake'] as const;
export type Peril = (typeof perils)[number];

/** A Belgian postcode ("8400") or an inclusive range of them ("8400-8499"). */
export const postcodeEntryPattern = /^\d{4}(-\d{4})?$/;

export interface CatastropheEvent {
  id: string;
  name: string;
  peril: Peril;
  /** The period, both days included (Brussels calendar days). */
  startsOn: string;
  endsOn: string;
  postcodes: string[];
}

/** Whether a postcode is one of the list's postcodes or inside one of its ranges. */
export function postcodeListed(postcodes: string[], postcode: string | null | undefined): boolean {
  const code = postcode?.trim();
  if (!code || !/^\d{4}$/.test(code)) return false;
  return postcodes.some((entry) => {
    const [from, to] = entry.split('-');
    return to === undefined ? from === code : Number(from) <= Number(code) && Number(code) <= Number(to);
  });
}

/** What of a declaration decides whether an event concerns it. */
export interface CatastropheFacts {
  type: DeclarationType;
  eventDate: string | null;
  /** Where it happened (the event step's place). */
  eventPostcode: string | null;
  /** Where the insured risk is (the building of a fire policy). */
  riskPostcode: string | null;
  /** What happened: the motor damage's kind or the fire's cause. */
  kind: string | null;
}

/**
 * The declarations a peril concerns, by what they say happened. Motor damage names its kind; a fire declaration
 * (the building's policy, which holds the storm guarantee) has no storm or water cause, so storm, hail or water
 * damage to a building is declared with an unknown cause (lightning goes with a storm). Other types (liability,
 * injuries, theft, hospitalisation, omnium on assignment, which names no peril) are never tagged automatically.
 */
const concernedKinds: Record<Peril, Partial<Record<DeclarationType, string[]>>> = {
  storm: { motor_damage: ['storm', 'natural_force', 'glass'], fire: ['unknown', 'lightning'] },
  hail: { motor_damage: ['hail', 'glass'], fire: ['unknown'] },
  flood: { motor_damage: ['natural_force'], fire: ['unknown'] },
  earthquake: { motor_damage: ['natural_force'], fire: ['unknown'] },
};

export const perilConcerns = (peril: Peril, type: DeclarationType, kind: string | null): boolean =>
  kind !== null && (concernedKinds[peril][type] ?? []).includes(kind);

/** An event concerns a declaration of a type its peril concerns, on a day of its period, where it struck (the event's or the risk's postcode). */
export function catastropheConcerns(event: Pick<CatastropheEvent, 'peril' | 'startsOn' | 'endsOn' | 'postcodes'>, facts: CatastropheFacts): boolean {
  if (!facts.eventDate || facts.eventDate < event.startsOn || facts.eventDate > event.endsOn) return false;
  if (!perilConcerns(event.peril, facts.type, facts.kind)) return false;
  return postcodeListed(event.postcodes, facts.eventPostcode) || postcodeListed(event.postcodes, facts.riskPostcode);
}

type Data = Record<string, any>;

/** The facts of a declaration's data and its policy's insured object. */
export function catastropheFactsOf(type: DeclarationType, data: Data, insuredObject: Data | null): CatastropheFacts {
  const kind = type === 'motor_damage' ? data.event?.kind : type === 'fire' ? data.event?.cause : null;
  return {
    type,
    eventDate: typeof data.event?.date === 'string' ? data.event.date : null,
    eventPostcode: typeof data.event?.place?.postalCode === 'string' ? data.event.place.postalCode : null,
    riskPostcode: typeof insuredObject?.address?.postalCode === 'string' ? insuredObject.address.postalCode : null,
    kind: typeof kind === 'string' ? kind : null,
  };
}

/** The fast track's configured limits (runtime/config.ts): claims estimated up to maxEstimatedCents, paid up to paymentLimitCents. */
export interface FastTrackRule {
  /** The rule's name, recorded as the reason of the system's decision. */
  name: string;
  maxEstimatedCents: number;
  paymentLimitCents: number;
}

export const fastTrackRuleName = 'catastrophe_small_damage';

/** What the fast track looks at on a tagged claim. */
export interface FastTrackFacts {
  type: DeclarationType;
  kind: string | null;
  estimatedAmountCents: number | null;
  photoCount: number;
  /** The payee's account, from the declaration or its policy; null: none known. */
  iban: string | null;
  claimStatus: string;
  coverageStatus: string;
  /** Anything reserved or paid already: a handler is at work. */
  moneyMoved: boolean;
}

/** Small, simple damage the fast track may settle: glass, storm and hail on a vehicle; storm, hail or water on a building (unknown cause). */
const simpleDamage: Partial<Record<DeclarationType, string[]>> = {
  motor_damage: ['glass', 'storm', 'hail'],
  fire: ['unknown'],
};

export const fastTrackRefusals = [
  'already_handled', 'cover_unverified', 'not_simple_damage', 'no_estimate', 'above_amount', 'above_limit', 'no_photo', 'no_iban',
] as const;
export type FastTrackRefusal = (typeof fastTrackRefusals)[number];

export type FastTrackVerdict = { eligible: true; amountCents: number } | { eligible: false; reason: FastTrackRefusal };

/** Whether a tagged claim is accepted and paid by the system: the first condition it fails is the reason it is not. */
export function fastTrackVerdict(facts: FastTrackFacts, rule: FastTrackRule): FastTrackVerdict {
  const no = (reason: FastTrackRefusal): FastTrackVerdict => ({ eligible: false, reason });
  if (facts.claimStatus !== 'in_handling' || facts.moneyMoved) return no('already_handled');
  if (facts.coverageStatus === 'unverified') return no('cover_unverified');
  if (!facts.kind || !(simpleDamage[facts.type] ?? []).includes(facts.kind)) return no('not_simple_damage');
  const amount = facts.estimatedAmountCents;
  if (amount === null || !(amount > 0)) return no('no_estimate');
  if (amount > rule.maxEstimatedCents) return no('above_amount');
  if (amount > rule.paymentLimitCents) return no('above_limit');
  if (facts.photoCount < 1) return no('no_photo');
  if (!facts.iban) return no('no_iban');
  return { eligible: true, amountCents: amount };
}

/** The payee's account: the declaration's own (a damage step with an IBAN), else the policy's payout account or linked account. */
export function payoutIbanOf(data: Data, terms: Data | null, insuredObject: Data | null): string | null {
  const candidates = [data.damage?.iban, terms?.payoutIban, insuredObject?.linkedAccount];
  const found = candidates.find((value) => typeof value === 'string' && value.trim());
  return found ? String(found).replace(/\s+/g, '').toUpperCase() : null;
}
