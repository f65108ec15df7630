import { moneyOf } from '../../domain/claim/money';
import { costTypes } from '../../domain/money';
import { brusselsDate } from '../../domain/rules/calendar';
import { phrase } from '../../i18n/phrase';
import {
  amountAgreedSignal, claimAnsweredSignal, claimClosedSignal, inspectionReportSentSignal, reminderReceivedSignal,
} from '../claim-deadlines/definitions';
import { notAllowed } from '../refusals';
import { claimActivities } from './activities';
import * as checks from './checks';
import * as claim from './definitions';
import type { ClaimProcess } from './process';
import { checkDuplicateOf, reassessRisk } from './risk';

/** The handler's side of a claim: decisions, assignment, cover, deadline events, closing and reopening. */
export function registerHandling(p: ClaimProcess) {
  p.register(claim.decideClaimUpdate, p.checked(checks.checkDecide, async (decide) => {
    const { state } = p;
    const at = p.now();
    state.decision = { decision: decide.decision, reason: decide.reason?.trim() || null, missing: decide.missing ?? [], decidedBy: decide.actor, decidedAt: at };
    state.status = decide.decision === 'accept' ? 'accepted' : decide.decision === 'reserve' ? 'under_reservation' : 'refused';
    const decided = await p.commit({ action: 'decided', by: decide.actor, details: { decision: decide.decision }, declaration: { action: 'decided', details: { decision: decide.decision } } });
    await p.tellDeadlines((handle) => handle.signal(claimAnsweredSignal, { answeredOn: brusselsDate(at) })); // a decision is the reasoned answer
    await claimActivities.issueClaimDecisionLetters({ declarationId: state.declarationId, revision: state.revision });
    await reassessRisk(p); // an accepted claim is about to pay: screened again on what the database holds now
    return decided;
  }));

  p.register(claim.reassignClaimUpdate, p.checked((current, { actor }: claim.ReassignClaim) => {
    checks.requireSenior(actor);
    checks.requireOpen(current);
  }, async ({ actor, handler, reason }) => {
    const from = p.state.handler?.name ?? null;
    p.state.handler = handler;
    return p.commit({ action: 'reassigned', by: actor, details: { from, to: handler.name, ...(reason ? { reason } : {}) }, declaration: { action: 'reassigned', details: { from, to: handler.name } } });
  }));

  p.register(claim.confirmCoverUpdate, p.checked((current, { actor, reason }: claim.ConfirmCover) => {
    checks.requireSenior(actor);
    checks.requireOpen(current);
    if (current.coverage.status !== 'unverified') throw notAllowed(phrase('claim.refusal.coverageNotInDoubt', { status: current.coverage.status }));
    checks.needsReason(reason);
  }, async ({ actor, reason }) => {
    p.state.coverage = { ...p.state.coverage, status: 'confirmed', confirmed: { by: actor, reason: reason.trim(), at: p.now() } };
    return p.commit({ action: 'cover_confirmed', by: actor, details: { reason: reason.trim() } });
  }));

  p.register(claim.recordDeadlineEventUpdate, p.checked((current, { actor }: claim.RecordDeadlineEvent) => {
    checks.requireStaff(actor);
    checks.requireOpen(current);
  }, async ({ actor, event }) => {
    const told = await p.tellDeadlines((handle) =>
      event.kind === 'reminder' ? handle.signal(reminderReceivedSignal, { sentOn: event.sentOn })
        : event.kind === 'amount_agreed' ? handle.signal(amountAgreedSignal, { agreedOn: event.agreedOn })
          : handle.signal(inspectionReportSentSignal, { sentOn: event.sentOn }));
    if (!told) throw notAllowed(phrase('api.claim.noDeadlines'));
    const { kind, ...on } = event;
    return p.commit({ action: `deadline_${kind}`, by: actor, details: on });
  }));

  // Notes are written whatever the claim's status: a closed file still gets remarks (a call, a late letter).
  p.register(claim.addNoteUpdate, p.keyed(checks.checkNote, async ({ actor, noteId, text, confidential }) => p.commit({
    action: 'note_added', by: actor, details: { noteId, confidential }, notes: [{ id: noteId, text: text.trim(), confidential, by: actor }],
  })));

  p.register(claim.closeClaimUpdate, p.checked((current, close: claim.CloseClaim) => {
    checks.checkClose(current, close);
    checkDuplicateOf(current, close);
  }, async ({ actor, outcome, reason, duplicateOf }) => {
    const { state } = p;
    // What is left on the reserves is released, as entries of their own.
    const releases = costTypes.map((costType) => ({ costType, cents: moneyOf(state, costType).outstandingCents })).filter(({ cents }) => cents !== 0);
    const closing = state.revision + 1;
    for (const { costType, cents } of releases) state.reserveCents[costType] -= cents;
    state.closed = { outcome, reason: reason?.trim() || null, by: actor, at: p.now(), ...(duplicateOf ? { duplicateOf } : {}) };
    const closed = await p.commit({
      action: 'closed', by: actor, details: { outcome, reason: state.closed.reason, ...(duplicateOf ? { duplicateOf } : {}) },
      reserveEntries: releases.map(({ costType, cents }) => ({
        key: `close:${state.declarationId}:${closing}:${costType}`, costType, amountCents: -cents, reason: 'claim.reserveReleasedAtClosing', author: actor,
      })),
    });
    await p.tellDeadlines((handle) => handle.signal(claimClosedSignal));
    return closed;
  }));

  p.register(claim.reopenClaimUpdate, p.checked((current, reopen: claim.ReopenClaim) => checks.checkReopen(current, reopen, p.reopenUntil(), Date.now()), async ({ actor, reason }) => {
    const { state } = p;
    state.closed = null;
    state.reopened = { count: (state.reopened?.count ?? 0) + 1, reason: reason.trim(), by: actor, at: p.now() };
    const reopened = await p.commit({ action: 'reopened', by: actor, details: { reason: reason.trim(), count: state.reopened.count } });
    await reassessRisk(p); // what happened meanwhile (other claims, accounts) counts again
    return reopened;
  }));
}
