import { addDays, addMonths } from '../../domain/rules/calendar';
import { durationMs } from '../../domain/duration';
import { allowanceArrears, lifeAnnuity, revisionPeriodEnds, yearlyAllowance } from '../../domain/rules/workplace-benefits';
import { systemActor } from '../../domain/declaration';
import { phrase } from '../../i18n/phrase';
import { paidUntil, rulesOf, type Agreement } from './definitions';
import type { BenefitsFile } from './file';
import { currentBase } from './temporary';

/**
 * Permanent incapacity (art. 24, 72): the agreement on the consolidation date and the degree, its ratification by
 * Fedris, the arrears from consolidation, the yearly allowance paid monthly during the three-year revision period,
 * then the final settlement and the life annuity.
 */

export function allowanceOf(f: BenefitsFile, degreePercent: number, kind: 'allowance' | 'life_annuity' = 'allowance') {
  const { base } = currentBase(f.state);
  const { permanent } = rulesOf(f.state);
  return kind === 'allowance' ? yearlyAllowance({ degreePercent, baseWage: base }, permanent) : lifeAnnuity({ degreePercent, baseWage: base }, permanent);
}

/** What was owed from a day up to another at a yearly rate; nothing when the span is empty. */
function owed(from: string, until: string, yearlyCents: number) {
  if (yearlyCents <= 0 || until < from) return { amountCents: 0, lines: [] };
  return allowanceArrears({ consolidationDate: from, until, yearlyCents });
}

/** Ratified: arrears from consolidation (or the difference a revision makes), then the allowance monthly; the first ratification starts the revision period. */
export async function onRatified(f: BenefitsFile, agreement: Agreement) {
  const { state, input } = f;
  const ratifiedOn = agreement.ratification!.ratifiedOn;
  const previous = state.agreements.filter((candidate) => candidate.ratification && candidate.id !== agreement.id).at(-1) ?? null;
  if (state.revisionPeriod.endsAt === null) {
    state.revisionPeriod.deadline = revisionPeriodEnds(ratifiedOn);
    state.revisionPeriod.endsAt = Date.now() + durationMs(input.timing.revisionPeriod);
  }
  const kind = state.allowance?.kind ?? 'allowance';
  const computed = kind === 'allowance' ? { yearlyCents: agreement.yearlyCents, monthlyCents: agreement.monthlyCents, lines: agreement.lines } : allowanceOf(f, agreement.degreePercent, kind);
  // A revision owes the difference from its own consolidation date; the first agreement all from consolidation.
  const arrears = owed(agreement.consolidationDate, ratifiedOn, computed.yearlyCents - (previous ? (state.allowance?.yearlyCents ?? 0) : 0));
  await f.pay('arrears', agreement.id, 'victim', arrears.amountCents, phrase('benefits.basis.arrears', { from: agreement.consolidationDate, until: ratifiedOn }), arrears.lines);
  state.allowance = {
    kind, yearlyCents: computed.yearlyCents, monthlyCents: computed.monthlyCents, lines: computed.lines,
    monthsPaid: state.allowance?.monthsPaid ?? 0,
    nextDueAt: state.allowance?.nextDueAt ?? Date.now() + durationMs(input.timing.month),
    startsOn: state.allowance?.startsOn ?? ratifiedOn,
  };
  f.queueLetter({
    step: 'agreement_ratified',
    params: {
      ratifiedOn, reference: agreement.ratification!.reference, consolidationDate: agreement.consolidationDate, degreePercent: agreement.degreePercent,
      yearlyCents: computed.yearlyCents, arrearsCents: arrears.amountCents, revisionEndsOn: state.revisionPeriod.deadline!, lines: [...computed.lines, ...arrears.lines],
    },
  }, agreement.id);
  if (!previous) {
    f.queueLetter({ step: 'annuity_started', params: { kind: 'allowance', from: ratifiedOn, yearlyCents: computed.yearlyCents, monthlyCents: computed.monthlyCents, lines: computed.lines } }, `allowance:${agreement.id}`);
  }
  return arrears.amountCents;
}

/** Every month due: the allowance (or the annuity) for one more calendar month. */
export async function payDueMonths(f: BenefitsFile) {
  const { state, input } = f;
  const allowance = state.allowance;
  if (state.death) return;
  while (allowance?.nextDueAt !== null && allowance !== null && allowance.nextDueAt <= Date.now()) {
    // The allowance stops at the end of the revision period: the final settlement pays what is left of it.
    if (allowance.kind === 'allowance' && state.revisionPeriod.endsAt !== null && allowance.nextDueAt >= state.revisionPeriod.endsAt) return;
    const month = allowance.monthsPaid + 1;
    const from = addDays(paidUntil(allowance), 1);
    const until = addMonths(allowance.startsOn, month);
    const item = allowance.kind === 'allowance' ? 'allowance' : 'annuity';
    const key = allowance.kind === 'allowance' ? 'benefits.basis.allowance' : 'benefits.basis.annuity';
    await f.pay(item, `m${month}`, 'victim', allowance.monthlyCents, phrase(key, { month, from, until }), allowance.lines);
    allowance.monthsPaid = month;
    allowance.nextDueAt += durationMs(input.timing.month);
    await f.commit({ action: item === 'allowance' ? 'allowance_paid' : 'annuity_paid', by: systemActor, details: { month, amountCents: allowance.monthlyCents } });
  }
}

/** The end of the revision period: what is left of the allowance up to the deadline, then the life annuity. */
export async function endRevisionPeriod(f: BenefitsFile) {
  const { state, input } = f;
  const { revisionPeriod } = state;
  if (state.death || revisionPeriod.ended || revisionPeriod.endsAt === null || revisionPeriod.endsAt > Date.now()) return;
  const allowance = state.allowance!;
  const agreement = state.agreements.filter((candidate) => candidate.ratification).at(-1)!;
  const deadline = revisionPeriod.deadline!;
  const from = addDays(paidUntil(allowance), 1);
  const rest = owed(from, deadline, allowance.yearlyCents);
  await f.pay('final_settlement', 'revision-end', 'victim', rest.amountCents, phrase('benefits.basis.finalSettlement', { from, until: deadline }), rest.lines);
  const annuity = allowanceOf(f, agreement.degreePercent, 'life_annuity');
  revisionPeriod.ended = true;
  state.allowance = {
    kind: 'life_annuity', yearlyCents: annuity.yearlyCents, monthlyCents: annuity.monthlyCents, lines: annuity.lines, monthsPaid: 0,
    nextDueAt: Date.now() + durationMs(input.timing.month), startsOn: deadline,
  };
  await f.commit({
    action: 'revision_period_ended', by: systemActor,
    details: { deadline, finalSettlementCents: rest.amountCents, degreePercent: agreement.degreePercent, annuityYearlyCents: annuity.yearlyCents },
  });
  f.queueLetter({
    step: 'final_settlement',
    params: { revisionEndedOn: deadline, degreePercent: agreement.degreePercent, yearlyCents: allowance.yearlyCents, lines: rest.lines },
  }, 'revision-end');
  f.queueLetter({
    step: 'annuity_started',
    params: { kind: 'life_annuity', from: addDays(deadline, 1), yearlyCents: annuity.yearlyCents, monthlyCents: annuity.monthlyCents, lines: annuity.lines },
  }, 'life-annuity');
  await f.sendLetters();
}

/** Fedris slow to ratify an accepted agreement: the claim's handler is reminded, every so long. */
export async function remindRatification(f: BenefitsFile) {
  const { state, input } = f;
  const agreement = state.agreements.at(-1);
  if (state.death || !agreement || agreement.ratification || agreement.remindAt === null || agreement.remindAt > Date.now()) return;
  agreement.remindersSent += 1;
  agreement.remindAt += durationMs(input.timing.ratificationRemindAfter);
  await f.commit({
    action: 'ratification_reminder', by: systemActor, details: { agreementId: agreement.id, reminder: agreement.remindersSent },
    notification: {
      kind: 'benefits_ratification_slow', dedupeKey: `benefits-ratification:${agreement.id}:${agreement.remindersSent}`,
      params: { claimNumber: state.claimNumber, acceptedOn: agreement.acceptance!.signedOn, reminder: agreement.remindersSent },
    },
  });
}
