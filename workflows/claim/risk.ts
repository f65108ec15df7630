import { uuid4 } from '@temporalio/workflow';
import { type ClaimRisk, investigationOutcomes, refersToInvestigation, sameRisk } from '../../domain/claim/risk';
import type { ClaimState } from '../../domain/claim/state';
import type { Actor } from '../../domain/declaration';
import { systemActor } from '../../domain/declaration';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { forbidden, invalidFields, notAllowed } from '../refusals';
import * as checks from './checks';
import * as claim from './definitions';
import type { ClaimProcess } from './process';

/**
 * The claim's risk (issue 12 §3): fraud indicators and possible duplicates assessed when it opens and when it
 * changes, the referral to the special investigation unit (SIU), and litigation. Every change is a commit with
 * who and when; the screening is new work on paths recorded histories take, so it runs behind patches.
 */

/** Patch ids: recorded histories (before the screening) replay without these commands. */
export const riskAtOpeningPatch = 'claim-risk-at-opening';
export const riskOnChangePatch = 'claim-risk-on-change';

/** Asks the screening and keeps its answer in the state (the commit that follows projects it). */
async function assess(p: ClaimProcess): Promise<boolean> {
  return keepRisk(p, await p.quickWork.assessClaimRisk({ declarationId: p.state.declarationId }));
}

/** Keeps what the screening found, when it differs from what the state holds. */
export function keepRisk(p: ClaimProcess, found: Pick<ClaimRisk, 'indicators' | 'possibleDuplicates'>): boolean {
  if (sameRisk(p.state.risk, found)) return false;
  p.state.risk = { ...found, assessedAt: p.now() };
  return true;
}

/** At opening, before the opening is committed: the claim opens with its indicators. */
export async function assessRiskAtOpening(p: ClaimProcess): Promise<void> {
  if (!p.patched(riskAtOpeningPatch)) return;
  await assess(p);
}

/**
 * After a change that may alter the picture (a payment requested to an account, a decision, a reopening): assessed
 * again, and committed only when the indicators or duplicates changed.
 */
export async function reassessRisk(p: ClaimProcess): Promise<void> {
  if (!p.patched(riskOnChangePatch)) return;
  if (!(await assess(p))) return;
  const { indicators, possibleDuplicates } = p.state.risk!;
  await p.commit({
    action: 'risk_assessed', by: systemActor,
    details: { indicators: indicators.map((indicator) => indicator.code), possibleDuplicates },
  });
}

const requireReferrer = (actor: Actor) => {
  if (!refersToInvestigation(actor.role)) throw forbidden(phrase('risk.refusal.referrers'));
};

export function checkReferral(state: ClaimState, { actor, reason }: claim.ReferToInvestigation) {
  requireReferrer(actor);
  if (state.investigation) throw notAllowed(phrase('risk.refusal.alreadyReferred', { claimNumber: state.claimNumber }));
  checks.needsReason(reason);
}

export function checkInvestigationClosing(state: ClaimState, { actor, outcome, note }: claim.CloseInvestigation) {
  if (actor.role !== 'siu') throw forbidden(phrase('risk.refusal.siuOnly'));
  if (!state.investigation) throw notAllowed(phrase('risk.refusal.notReferred', { claimNumber: state.claimNumber }));
  if (!investigationOutcomes.includes(outcome)) throw invalidFields(phrase('risk.refusal.outcomeUnknown'), [fieldProblem('outcome', 'risk.problem.outcome')]);
  if (!note?.trim()) throw invalidFields(phrase('risk.refusal.noteMissing'), [fieldProblem('note', 'risk.problem.note')]);
}

export function checkLitigation(state: ClaimState, { actor, inLitigation }: claim.SetLitigation) {
  checks.requireStaff(actor);
  if (inLitigation && state.litigation) throw notAllowed(phrase('risk.refusal.alreadyInLitigation', { claimNumber: state.claimNumber }));
  if (!inLitigation && !state.litigation) throw notAllowed(phrase('risk.refusal.notInLitigation', { claimNumber: state.claimNumber }));
}

/** A claim closed as a duplicate names another claim; only a duplicate names one. */
export function checkDuplicateOf(state: ClaimState, { outcome, duplicateOf }: claim.CloseClaim) {
  if (duplicateOf === undefined) return;
  if (outcome !== 'duplicate') throw invalidFields(phrase('risk.refusal.duplicateOfOtherOutcome'), [fieldProblem('duplicateOf', 'risk.problem.duplicateOf')]);
  if (duplicateOf === state.declarationId) throw invalidFields(phrase('risk.refusal.duplicateOfItself'), [fieldProblem('duplicateOf', 'risk.problem.duplicateOf')]);
}

export function registerRisk(p: ClaimProcess) {
  // A referral is made whatever the claim's status: a closed file can still turn out to be a fraud.
  p.register(claim.referToInvestigationUpdate, p.checked(checkReferral, async ({ actor, reason }) => {
    const investigation = { id: uuid4(), referredAt: p.now(), referredBy: actor, reason: reason.trim() };
    p.state.investigation = investigation;
    return p.commit({
      action: 'referred_to_investigation', by: actor, details: { investigationId: investigation.id, reason: investigation.reason },
      investigation: { kind: 'opened', ...investigation },
    });
  }));

  // Closed, the referral lets the claim's held payments go with the next batch (a confirmed fraud is then refused by its handler).
  p.register(claim.closeInvestigationUpdate, p.checked(checkInvestigationClosing, async ({ actor, outcome, note }) => {
    const { id } = p.state.investigation!;
    p.state.investigation = null;
    return p.commit({
      action: 'investigation_closed', by: actor, details: { investigationId: id, outcome, note: note.trim() },
      investigation: { kind: 'closed', id, closedAt: p.now(), closedBy: actor, outcome, note: note.trim() },
    });
  }));

  p.register(claim.setLitigationUpdate, p.checked(checkLitigation, async ({ actor, inLitigation, reason }) => {
    p.state.litigation = inLitigation ? { since: p.now(), by: actor, reason: reason?.trim() || null } : null;
    return p.commit({ action: inLitigation ? 'litigation_started' : 'litigation_ended', by: actor, details: { reason: reason?.trim() || null } });
  }));
}

/** While a referral is open, approved payments wait: the batch does not take them. */
export const paymentsHeld = (state: ClaimState) => Boolean(state.investigation);
