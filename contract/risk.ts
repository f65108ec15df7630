import { z } from 'zod';
import { reason } from '../api/fields';
import { investigationOutcomes } from '../domain/claim/risk';
import { declarationStatuses } from '../domain/declaration';
import { declarationTypes } from '../domain/declaration-types';
import { productLines } from '../domain/product-lines';
import { actor, day, moment, pageOf } from './common';

/** A claim's risk (issue 12 §3): fraud indicators, possible duplicates, referrals to the SIU, litigation. */

/** An indicator as the reader reads it: its code, its reason worded in the reader's language, the facts behind it. */
export const riskIndicator = z.object({
  code: z.string(),
  reason: z.object({ key: z.string(), params: z.record(z.string(), z.unknown()).optional(), text: z.string() }),
  facts: z.record(z.string(), z.unknown()),
});

/** Another claim linked to this one (a possible duplicate, or the claim it was closed as a duplicate of). */
export const linkedClaim = z.object({
  id: z.string(),
  claimNumber: z.string().nullable(),
  type: z.enum(declarationTypes),
  eventDate: day.nullable(),
  status: z.enum(declarationStatuses),
  closedAt: moment.nullable(),
  outcome: z.string().nullable(),
  /** Set when that claim was closed as a duplicate: of which claim. */
  duplicateOf: z.string().nullable(),
});
export type LinkedClaim = z.infer<typeof linkedClaim>;

export const investigation = z.object({
  id: z.string(),
  referredAt: moment,
  referredBy: actor,
  reason: z.string(),
  closedAt: moment.nullable(),
  closedBy: actor.nullable(),
  outcome: z.enum(investigationOutcomes).nullable(),
  note: z.string().nullable(),
});

export const claimRisk = z.object({
  indicators: z.array(riskIndicator),
  /** Null: the claim was never screened (it opened before the screening existed). */
  assessedAt: moment.nullable(),
  possibleDuplicates: z.array(linkedClaim),
  /** This claim was closed as a duplicate of that one. */
  duplicateOf: linkedClaim.nullable(),
  /** Every referral, the open one first. */
  investigations: z.array(investigation),
  referred: z.boolean(),
  /** Approved payments the batch leaves while the referral is open. */
  heldPayments: z.number().int(),
  litigation: z.object({ since: moment, by: actor, reason: z.string().nullable() }).nullable(),
});
export type ClaimRisk = z.infer<typeof claimRisk>;

// What the handler or the SIU asks.
export const referralOrder = z.strictObject({ reason: reason(2000) });
export type ReferralOrder = z.input<typeof referralOrder>;
export const investigationClosing = z.strictObject({
  outcome: z.enum(investigationOutcomes, { error: 'risk.problem.outcome' }),
  note: reason(5000, 'risk.problem.note'),
});
export type InvestigationClosing = z.input<typeof investigationClosing>;
export const litigationOrder = z.strictObject({ inLitigation: z.boolean(), reason: reason(2000).optional() });
export type LitigationOrder = z.input<typeof litigationOrder>;

/** The SIU's work list: the claims referred to it. */
export const referredClaim = z.object({
  id: z.string(),
  claimNumber: z.string(),
  type: z.enum(declarationTypes),
  productLine: z.enum(productLines),
  organisationName: z.string(),
  handlerName: z.string().nullable(),
  investigationId: z.string(),
  referredAt: moment,
  referredBy: actor,
  reason: z.string(),
  closedAt: moment.nullable(),
  outcome: z.enum(investigationOutcomes).nullable(),
  indicatorCount: z.number().int(),
});
export type ReferredClaim = z.infer<typeof referredClaim>;
export const referredClaimPage = pageOf(referredClaim);
export const referralStates = ['open', 'closed', 'all'] as const;
