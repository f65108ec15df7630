import type { ProductLine } from './product-lines';
import { addDays, addMonths, brusselsDate, daysBetween, type IsoDate } from './rules/calendar';

/**
 * The documents of a policy (polisdocumenten) that the portal offers per policy (seed 000, "Mijn polissen"):
 * which a policy has on a given day, and the periods they state. Pure; the PDFs are made in
 * activities/documents/policy-documents.ts.
 */
export const policyDocumentKinds = [
  'special_conditions', // bijzondere voorwaarden
  'general_conditions', // algemene voorwaarden
  'insurance_certificate', // verzekeringsbewijs
  'green_card', // groene kaart: international motor insurance card
  'endorsement', // bijvoegselbrief
  'insured_risks', // lijst van verzekerde risico's
  'provisional_cover', // attest voorlopige dekking
  'claims_history', // schadeverledenattest
] as const;
export type PolicyDocumentKind = (typeof policyDocumentKinds)[number];

/** What the documents need of a policy; the Policy model has it all. */
export interface PolicyData {
  policyNumber: string;
  productLine: ProductLine;
  status: 'active' | 'suspended' | 'cancelled';
  startDate: IsoDate;
  endDate: IsoDate | null;
  annualPremiumCents: number;
  insuredObject: Record<string, unknown>;
  guarantees: string[];
  terms: Record<string, unknown>;
}

/** A claim of the policy as the claims-history certificate lists it; `openedAt` a date or an instant. */
export interface ClaimRecord { claimNumber: string; type: string; eventDate: string | null; status: string; openedAt: string }

/** A document the policy has; its title is worded from the catalogue (`document.policy.title.<kind>`). */
export interface AvailablePolicyDocument { id: string; kind: PolicyDocumentKind; issuedOn: IsoDate }

/** A provisional cover certificate exists during the first 30 days of a policy. */
export const PROVISIONAL_COVER_DAYS = 30;
/** The claims-history certificate covers the last five years (schadeverledenattest). */
export const CLAIMS_HISTORY_YEARS = 5;
/** Only motor policies get a green card; an omnium on assignment covers staff's own cars, which carry their own. */
const GREEN_CARD_PRODUCT_LINES: readonly ProductLine[] = ['motor'];
/** Policies with more guarantees than this count as extended (see `endorsementOf`). */
export const BASE_GUARANTEE_COUNT = 3;

const addYears = (date: IsoDate, years: number) => addMonths(date, 12 * years);

/** The insurance year that contains `today` (the first one before the start), cut short by an end date. */
export function insurancePeriod(policy: Pick<PolicyData, 'startDate' | 'endDate'>, today: IsoDate): { from: IsoDate; to: IsoDate } {
  let years = 0;
  while (addYears(policy.startDate, years + 1) <= today) years++;
  const from = addYears(policy.startDate, years);
  const to = addDays(addYears(policy.startDate, years + 1), -1);
  return { from, to: policy.endDate && policy.endDate < to ? policy.endDate : to };
}

/** The provisional cover: 30 days from the start day, offered only while those days run. */
export function provisionalCover(policy: Pick<PolicyData, 'startDate'>, today: IsoDate): { from: IsoDate; to: IsoDate } | null {
  const age = daysBetween(policy.startDate, today);
  if (age < 0 || age >= PROVISIONAL_COVER_DAYS) return null;
  return { from: policy.startDate, to: addDays(policy.startDate, PROVISIONAL_COVER_DAYS - 1) };
}

const ownDamage = (guarantee: string) => guarantee.includes('omnium') || guarantee === 'replacement_vehicle';
/**
 * The endorsement (bijvoegselbrief) rule. The data keeps no history of changes, so a policy counts as extended
 * once when it has more than three guarantees or an omnium formula (terms.omnium 'small' or 'full'). That one
 * endorsement adds the guarantees beyond the third and the own-damage guarantees (omnium, replacement vehicle),
 * and takes effect on the policy's first anniversary, or on its start date while the first year runs.
 */
export function endorsementOf(policy: Pick<PolicyData, 'startDate' | 'guarantees' | 'terms'>, today: IsoDate): { number: number; effectiveOn: IsoDate; addedGuarantees: string[] } | null {
  const omnium = policy.terms.omnium === 'small' || policy.terms.omnium === 'full';
  if (policy.guarantees.length <= BASE_GUARANTEE_COUNT && !omnium) return null;
  const anniversary = addYears(policy.startDate, 1);
  return {
    number: 1,
    effectiveOn: anniversary <= today ? anniversary : policy.startDate,
    addedGuarantees: policy.guarantees.filter((guarantee, index) => index >= BASE_GUARANTEE_COUNT || ownDamage(guarantee)),
  };
}

/** The five years before `today`, from the policy's start if that is later. */
export function claimsHistoryPeriod(policy: Pick<PolicyData, 'startDate'>, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const fiveYearsBefore = addYears(today, -CLAIMS_HISTORY_YEARS);
  return { from: policy.startDate > fiveYearsBefore ? policy.startDate : fiveYearsBefore, to: today };
}

/** The claims opened (on the Brussels calendar) within the claims-history period, oldest first. */
export function claimsInHistory<Claim extends Pick<ClaimRecord, 'openedAt'>>(claims: Claim[], policy: Pick<PolicyData, 'startDate'>, today: IsoDate): Claim[] {
  const { from, to } = claimsHistoryPeriod(policy, today);
  return claims
    .map((claim) => ({ claim, opened: brusselsDate(claim.openedAt) }))
    .filter(({ opened }) => opened >= from && opened <= to)
    .sort((a, b) => a.opened.localeCompare(b.opened))
    .map(({ claim }) => claim);
}

/** The date a document carries, or null when the policy has no such document on `today`. */
export function documentIssuedOn(kind: PolicyDocumentKind, policy: PolicyData, today: IsoDate): IsoDate | null {
  switch (kind) {
    case 'special_conditions':
    case 'general_conditions':
      return policy.startDate;
    case 'green_card':
      return GREEN_CARD_PRODUCT_LINES.includes(policy.productLine) ? insurancePeriod(policy, today).from : null;
    case 'endorsement':
      return endorsementOf(policy, today)?.effectiveOn ?? null;
    case 'provisional_cover':
      return provisionalCover(policy, today)?.from ?? null;
    default: // made on request: the certificate, the list of risks, the claims history
      return today;
  }
}

/** The documents a policy has on `today`, in the portal's order; ids are stable and URL-safe. */
export function availablePolicyDocuments(policy: PolicyData, today: IsoDate): AvailablePolicyDocument[] {
  return policyDocumentKinds.flatMap((kind) => {
    const issuedOn = documentIssuedOn(kind, policy, today);
    if (!issuedOn) return [];
    const id = kind === 'endorsement' ? `endorsement-${endorsementOf(policy, today)?.number}` : kind;
    return [{ id, kind, issuedOn }];
  });
}
