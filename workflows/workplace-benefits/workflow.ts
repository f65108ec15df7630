import { allHandlersFinished, condition, log, makeContinueAsNewFunc, setHandler, workflowInfo } from '@temporalio/workflow';
import { durationMs } from '../../domain/duration';
import { guaranteedWagePayers } from '../../domain/rules/workplace-benefits';
import * as checks from './checks';
import * as benefits from './definitions';
import type { BenefitsInput, BenefitsState } from './definitions';
import { BenefitsFile, copy } from './file';
import { recordDeath } from './death';
import { allowanceOf, endRevisionPeriod, onRatified, payDueMonths, remindRatification } from './permanent';
import { correct, detailedNeeded, payAdaptedWork, payMedicalCheck, payPeriods } from './temporary';

const defaultHistoryLimits = { historyBytes: 4 * 1024 * 1024, historyEvents: 4_000 };

/**
 * The benefits file of one accepted workplace accident (seed 004 q.11–14): temporary incapacity from the medical
 * certificates, the base wage and its correction, adapted work, medical checks, the agreement, its ratification, the
 * allowance during the revision period, then the life annuity. Every payment goes through the claim's own money
 * (approved by the system, batched into SEPA) under a key that follows from the item paid. It runs for the victim's
 * life, continuing as new every benefit year with its state.
 */
export async function workplaceBenefitsWorkflow(input: BenefitsInput): Promise<BenefitsState> {
  const f = new BenefitsFile(input);
  let setUpDone!: () => void;
  const setUpFinished = new Promise<void>((resolve) => { setUpDone = resolve; });
  void f.exclusively(() => setUpFinished);
  f.hold(input.continued ? { ...input.continued.state, runStartedAt: Date.now() } : openingState(input));

  setHandler(benefits.benefitsQuery, () => f.state);
  setHandler(benefits.openBenefitsUpdate, () => f.exclusively(async () => copy(f.state)));
  registerTemporary(f);
  registerPermanent(f);

  if (!input.continued) await f.commit({ action: 'opened', by: input.opening.openedBy, details: { workerStatus: input.opening.workerStatus, monthlyGrossCents: input.opening.monthlyGrossCents } });
  f.ready = true;
  setUpDone();

  const limits = { ...defaultHistoryLimits, ...input.limits };
  const yearEndsAt = f.state.runStartedAt + durationMs(input.timing.year);
  let retryAt: number | null = null;
  const historyFull = () => {
    const info = workflowInfo();
    return info.continueAsNewSuggested || info.historySize >= limits.historyBytes || info.historyLength >= limits.historyEvents;
  };
  for (;;) {
    // The victim died: once its last handler is done, the file has nothing left to do (a life annuity lasts a life).
    if (f.state.death) {
      await condition(allHandlersFinished);
      return copy(f.state);
    }
    if (historyFull() || Date.now() >= yearEndsAt) {
      await condition(allHandlersFinished);
      const continueAsNew = makeContinueAsNewFunc<typeof workplaceBenefitsWorkflow>({});
      return continueAsNew({ ...input, continued: { state: copy(f.state) } });
    }
    const revision = f.state.revision;
    const moments = [yearEndsAt, retryAt ?? nextWakeAt(f.state)].filter((moment): moment is number => moment !== null);
    if (await condition(() => f.state.revision !== revision || historyFull(), Math.max(1, Math.min(...moments) - Date.now()))) continue;
    retryAt = null;
    await f.exclusively(async () => {
      try {
        await remindRatification(f);
        await payDueMonths(f);
        await endRevisionPeriod(f);
        await payDueMonths(f);
        await f.sendLetters();
      } catch (error) {
        // The claim refused a payment (closed, or no longer accepted): the file tries again a month later, for a handler to see to.
        f.restore();
        retryAt = Date.now() + durationMs(input.timing.month);
        log.warn('A benefit could not be paid', { declarationId: f.state.declarationId, error: String(error) });
      }
    });
  }
}

function openingState({ opening }: BenefitsInput): BenefitsState {
  return {
    ...opening, workflowId: workflowInfo().workflowId, revision: 0, openedAt: new Date().toISOString(), certificates: [], detailedWage: null, payslips: [],
    medicalChecks: [], otherEmployers: [], settlements: [], payments: [], agreements: [],
    revisionPeriod: { deadline: null, endsAt: null, ended: false, requests: [] }, allowance: null, death: null, recentKeys: [], runStartedAt: Date.now(),
  };
}

/** The next moment the file acts by itself: a reminder, a month due, the end of the revision period. */
function nextWakeAt(state: BenefitsState): number | null {
  if (state.death) return null;
  const latest = state.agreements.at(-1);
  const moments = [
    latest && !latest.ratification ? latest.remindAt : null,
    state.allowance?.nextDueAt ?? null,
    state.revisionPeriod.ended ? null : state.revisionPeriod.endsAt,
  ].filter((moment): moment is number => moment !== null);
  return moments.length ? Math.min(...moments) : null;
}

function registerTemporary(f: BenefitsFile) {
  f.register(benefits.recordCertificateUpdate, f.keyed(checks.checkCertificate, async ({ actor, certificateId, kind, from, to, doctor }) => {
    f.state.certificates.push({ id: certificateId, kind, from, to, doctor, recordedBy: actor, recordedAt: f.now() });
    const paid = await payPeriods(f);
    const answer = await f.commit({ action: 'certificate_recorded', by: actor, details: { certificateId, kind, from, to, periodsPaid: paid.length } });
    await f.sendLetters();
    return answer;
  }));

  f.register(benefits.recordDetailedWageUpdate, f.keyed(checks.checkDetailedWage, async ({ actor, previousYearWagesCents, holidayPayCents, bonusesCents }) => {
    f.state.detailedWage = { previousYearWagesCents, holidayPayCents, bonusesCents, recordedBy: actor, recordedAt: f.now() };
    const corrected = await correct(f);
    await payPeriods(f);
    const answer = await f.commit({
      action: 'detailed_wage_recorded', by: actor, details: { previousYearWagesCents, correctionVictimCents: corrected.victimCents, correctionEmployerCents: corrected.employerCents },
    });
    await f.sendLetters();
    return answer;
  }));

  f.register(benefits.recordPayslipUpdate, f.keyed(checks.checkPayslip, async ({ actor, payslipId, month, adaptedWageCents }) => {
    const benefit = await payAdaptedWork(f, { id: payslipId, month, adaptedWageCents });
    f.state.payslips.push({ id: payslipId, month, adaptedWageCents, amountCents: benefit.amountCents, recordedBy: actor, recordedAt: f.now() });
    return f.commit({ action: 'payslip_recorded', by: actor, details: { month, adaptedWageCents, amountCents: benefit.amountCents } });
  }));

  f.register(benefits.recordMedicalCheckUpdate, f.keyed(checks.checkMedicalCheck, async ({ actor, checkId, on, hoursLost, hourlyWageCents }) => {
    const loss = await payMedicalCheck(f, { on, hoursLost, hourlyWageCents });
    f.state.medicalChecks.push({ id: checkId, on, hoursLost, hourlyWageCents, amountCents: loss.amountCents, recordedBy: actor, recordedAt: f.now() });
    return f.commit({ action: 'medical_check_recorded', by: actor, details: { on, hoursLost, amountCents: loss.amountCents } });
  }));

  f.register(benefits.recordOtherEmployerUpdate, f.keyed(checks.checkOtherEmployer, async ({ actor, name }) => {
    f.state.otherEmployers.push({ name: name.trim(), recordedAt: f.now() });
    const payers = guaranteedWagePayers([{ name: f.state.employer.name, accidentEmployer: true }, ...f.state.otherEmployers.map((other) => ({ name: other.name, accidentEmployer: false }))]);
    return f.commit({ action: 'other_employer_recorded', by: actor, details: { name: name.trim(), pays: payers.find((payer) => payer.name === name.trim())?.pays ?? null } });
  }));
}

function registerPermanent(f: BenefitsFile) {
  f.register(benefits.proposeAgreementUpdate, f.keyed((state, order: benefits.ProposeAgreement) => checks.checkProposal(state, order, detailedNeeded(state)), async ({ actor, agreementId, consolidationDate, degreePercent }) => {
    const allowance = allowanceOf(f, degreePercent);
    f.state.agreements.push({
      id: agreementId, kind: 'initial', consolidationDate, degreePercent, yearlyCents: allowance.yearlyCents, monthlyCents: allowance.monthlyCents, lines: allowance.lines,
      proposedBy: actor, proposedAt: f.now(), acceptance: null, ratification: null, remindersSent: 0, remindAt: null,
    });
    const answer = await f.commit({ action: 'agreement_proposed', by: actor, details: { agreementId, consolidationDate, degreePercent, yearlyCents: allowance.yearlyCents } });
    f.queueLetter({ step: 'agreement_proposed', params: { consolidationDate, degreePercent, yearlyCents: allowance.yearlyCents, lines: allowance.lines } }, agreementId);
    await f.sendLetters();
    return answer;
  }));

  f.register(benefits.acceptAgreementUpdate, f.keyed(checks.checkAcceptance, async ({ actor, via, signedOn }) => {
    const agreement = checks.latestAgreement(f.state)!;
    agreement.acceptance = { via, by: actor, signedOn, at: f.now() };
    agreement.remindAt = Date.now() + durationMs(f.input.timing.ratificationRemindAfter); // sent to Fedris for ratification now
    return f.commit({ action: 'agreement_accepted', by: actor, details: { agreementId: agreement.id, via, signedOn } });
  }));

  f.register(benefits.ratifyAgreementUpdate, f.keyed(checks.checkRatification, async ({ actor, via, ratifiedOn, reference }) => {
    const agreement = checks.latestAgreement(f.state)!;
    agreement.ratification = { via, by: actor, ratifiedOn, reference: reference.trim(), at: f.now() };
    agreement.remindAt = null;
    const arrearsCents = await onRatified(f, agreement);
    const answer = await f.commit({ action: 'agreement_ratified', by: actor, details: { agreementId: agreement.id, via, ratifiedOn, reference: reference.trim(), arrearsCents } });
    await f.sendLetters();
    return answer;
  }));

  f.register(benefits.recordDeathUpdate, f.keyed(checks.checkDeath, (order) => recordDeath(f, order)));

  f.register(benefits.requestRevisionUpdate, f.keyed(checks.checkRevision, async ({ actor, requestId, agreementId, by, reason, newDegreePercent, consolidationDate }) => {
    const allowance = allowanceOf(f, newDegreePercent, f.state.allowance?.kind ?? 'allowance');
    f.state.revisionPeriod.requests.push({ id: requestId, by, reason: reason.trim(), newDegreePercent, consolidationDate, agreementId, requestedBy: actor, requestedAt: f.now() });
    f.state.agreements.push({
      id: agreementId, kind: 'revision', consolidationDate, degreePercent: newDegreePercent, yearlyCents: allowance.yearlyCents, monthlyCents: allowance.monthlyCents,
      lines: allowance.lines, proposedBy: actor, proposedAt: f.now(), acceptance: null, ratification: null, remindersSent: 0, remindAt: null,
    });
    const answer = await f.commit({ action: 'revision_requested', by: actor, details: { requestId, agreementId, by, reason: reason.trim(), newDegreePercent } });
    f.queueLetter({ step: 'revision_requested', params: { reason: reason.trim(), degreePercent: newDegreePercent, lines: allowance.lines } }, requestId);
    await f.sendLetters();
    return answer;
  }));
}
