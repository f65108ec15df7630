import { log, uuid4 } from '@temporalio/workflow';
import { fastTrackVerdict, type FastTrackRule } from '../../domain/catastrophe';
import { moneyOf } from '../../domain/claim/money';
import type { ClaimState, Staff } from '../../domain/claim/state';
import { type Actor, systemActor } from '../../domain/declaration';
import { durationMs } from '../../domain/duration';
import { costTypes } from '../../domain/money';
import { brusselsDate } from '../../domain/rules/calendar';
import { claimAnsweredSignal } from '../claim-deadlines/definitions';
import { checkDecision } from '../decision-checks';
import { claimActivities } from './activities';
import * as checks from './checks';
import * as claim from './definitions';
import { copy, type ClaimProcess } from './process';

/** Recent keys kept, as the process keeps them for its money commands. */
const RECENT_KEYS = 500;

/**
 * A claim and the catastrophe event it belongs to: tagged when a senior handler declares the event (the event's
 * process asks every open claim it concerns) or when the claim opens during a declared event. A tagged small and
 * simple claim may be settled by the fast track: the system accepts it and pays it through the same changes a
 * handler's would make (the reserve, the decision, a payment within the system's authority, then the SEPA batch).
 */
export function registerCatastrophe(p: ClaimProcess) {
  p.register(claim.tagCatastropheUpdate, p.checked((current, { actor }: claim.TagCatastrophe) => {
    checks.requireSenior(actor);
    checks.requireOpen(current);
  }, async ({ actor, catastrophe, fastTrack }) => {
    if (p.state.catastrophe) return copy(p.state); // one event per claim: the first tag stays, a repeated one changes nothing
    return tagCatastrophe(p, actor, catastrophe, fastTrack);
  }));
}

/** At opening: the claim belongs to the declared event that concerns it, if any (a new command: behind its patch). */
export async function tagAtOpening(p: ClaimProcess) {
  if (!p.patched('catastrophe-tag-at-opening')) return;
  await tagWith(p, await p.quickWork.catastropheAtOpening({ declarationId: p.state.declarationId }));
}

/** Tags the opening claim with the catastrophe event it falls in, if any. */
export async function tagWith(p: ClaimProcess, event: { id: string; name: string } | null) {
  if (event) await tagCatastrophe(p, systemActor, event, p.input.timing.fastTrack ?? null);
}

const moneyMoved = (state: ClaimState) => state.payments.length > 0 || state.schedules.length > 0
  || costTypes.some((type) => state.reserveCents[type] !== 0 || state.settledPaidCents[type] !== 0 || state.legacyPromisedCents[type] !== 0);

async function tagCatastrophe(p: ClaimProcess, actor: Actor, catastrophe: { id: string; name: string }, rule: FastTrackRule | null): Promise<ClaimState> {
  const { state } = p;
  const facts = rule ? await claimActivities.fastTrackFactsOf({ declarationId: state.declarationId }) : null;
  const verdict = rule && facts
    ? fastTrackVerdict({ ...facts, claimStatus: state.status, coverageStatus: state.coverage.status, moneyMoved: moneyMoved(state) }, rule)
    : null;
  state.catastrophe = { id: catastrophe.id, name: catastrophe.name, by: actor, at: p.now() };
  const tagged = await p.commit({
    action: 'catastrophe_tagged', by: actor,
    details: {
      catastropheId: catastrophe.id, name: catastrophe.name,
      fastTrack: verdict === null ? 'off' : verdict.eligible ? 'applies' : verdict.reason, ...(rule ? { rule: rule.name } : {}),
    },
  });
  if (!rule || !facts || !verdict?.eligible) return tagged;
  try {
    return await settleByFastTrack(p, rule, verdict.amountCents, { payeeName: facts.payeeName, iban: facts.iban! });
  } catch (error) {
    // Refused on the way (the claim changed meanwhile): the claim stays tagged, for a handler.
    log.warn('The fast track stopped', { declarationId: state.declarationId, error: String(error) });
    return copy(p.state);
  }
}

/** The system accepts the claim under the rule's name, reserves what it pays, and pays it within its own authority. */
async function settleByFastTrack(p: ClaimProcess, rule: FastTrackRule, amountCents: number, payee: { payeeName: string; iban: string }): Promise<ClaimState> {
  const { state } = p;
  const details = { rule: rule.name };
  const system: Staff = { ...systemActor, authorityLimitCents: rule.paymentLimitCents };

  checks.requireOpen(state);
  checkDecision(state.status, { decision: 'accept' });
  const at = p.now();
  state.decision = { decision: 'accept', reason: null, missing: [], decidedBy: systemActor, decidedAt: at };
  state.status = 'accepted';
  await p.commit({ action: 'decided', by: systemActor, details: { decision: 'accept', ...details }, declaration: { action: 'decided', details: { decision: 'accept', ...details } } });
  await p.tellDeadlines((handle) => handle.signal(claimAnsweredSignal, { answeredOn: brusselsDate(at) }));
  await claimActivities.issueClaimDecisionLetters({ declarationId: state.declarationId, revision: state.revision });

  const shortfall = amountCents - moneyOf(state, 'indemnity').availableCents;
  if (shortfall > 0) {
    const key = `fast-track:${state.declarationId}:reserve`;
    state.reserveCents.indemnity += shortfall;
    remember(state, key);
    await p.commit({
      action: 'reserve_changed', by: systemActor, details: { costType: 'indemnity', amountCents: shortfall, reason: rule.name, ...details },
      reserveEntries: [{ key, costType: 'indemnity', amountCents: shortfall, reason: rule.name, author: system }],
    });
  }

  checks.requirePayable(state);
  const withinAuthority = amountCents <= (system.authorityLimitCents ?? 0);
  const payment = p.newPayment({
    id: uuid4(), costType: 'indemnity', amountCents, payeeName: payee.payeeName, iban: payee.iban, bic: null, requestedBy: system,
    ...(withinAuthority
      ? { status: 'approved' as const, decidedBy: systemActor, decidedAt: p.now() }
      : { escalateAt: Date.now() + durationMs(p.input.timing.approvalEscalateAfter) }),
  });
  state.payments.push(payment);
  remember(state, `fast-track:${state.declarationId}:payment`);
  const paid = await p.commit({
    action: withinAuthority ? 'payment_approved' : 'payment_approval_requested', by: systemActor, paymentIds: [payment.id],
    details: { paymentId: payment.id, costType: payment.costType, amountCents, payeeName: payment.payeeName, withinAuthority, ...details },
  });
  if (withinAuthority) await p.paymentMade();
  return paid;
}

function remember(state: ClaimState, key: string) {
  state.recentKeys = [...state.recentKeys.filter((known) => known !== key), key].slice(-RECENT_KEYS);
}
