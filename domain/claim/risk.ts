import type { Actor } from '../declaration';
import type { FraudIndicator } from './fraud-indicators';

/**
 * What the claim's process keeps about its risk (issue 12 §3): the fraud indicators and possible duplicates it last
 * computed, a referral to the special investigation unit (SIU) while it is open, and litigation. Optional in
 * ClaimState: a claim whose state predates them simply has none.
 */

/** Bounds on what the state carries over on continue-as-new. */
export const MAX_INDICATORS = 20;
export const MAX_DUPLICATES = 20;

export interface ClaimRisk {
  indicators: FraudIndicator[];
  /** Declaration ids of claims that may be the same loss declared twice. */
  possibleDuplicates: string[];
  assessedAt: string;
}

export const investigationOutcomes = ['cleared', 'fraud_confirmed'] as const;
export type InvestigationOutcome = (typeof investigationOutcomes)[number];

/** An open referral to the SIU: the claim is hidden from handlers and its payments wait until it closes. */
export interface Investigation {
  id: string;
  referredAt: string;
  referredBy: Actor;
  reason: string;
}

export interface Litigation {
  since: string;
  by: Actor;
  reason: string | null;
}

/** Who refers a claim to the SIU: those who handle claims. Who closes a referral: the SIU alone. */
export const refersToInvestigation = (role: string) => role === 'handler' || role === 'senior_handler';
/** Who sees a claim while it is referred: the SIU, senior handlers and auditors (never the handler). */
export const seesReferredClaims = (role: string) => role === 'siu' || role === 'senior_handler' || role === 'auditor';

/** The same screening result, whenever it was computed: no new revision for an unchanged assessment. */
export const sameRisk = (a: Pick<ClaimRisk, 'indicators' | 'possibleDuplicates'> | undefined, b: Pick<ClaimRisk, 'indicators' | 'possibleDuplicates'>) =>
  a !== undefined && JSON.stringify([a.indicators, [...a.possibleDuplicates].sort()]) === JSON.stringify([b.indicators, [...b.possibleDuplicates].sort()]);

/** What the ledger writes for a referral: opened (a new row) or closed (the row completed). */
export type InvestigationChange =
  | { kind: 'opened'; id: string; referredAt: string; referredBy: Actor; reason: string }
  | { kind: 'closed'; id: string; closedAt: string; closedBy: Actor; outcome: InvestigationOutcome; note: string };
