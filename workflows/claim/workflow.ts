import {
  allHandlersFinished, condition, getExternalWorkflowHandle, log, makeContinueAsNewFunc, ParentClosePolicy, setHandler, startChild, workflowInfo,
} from '@temporalio/workflow';
import type { ClaimState } from '../../domain/claim/state';
import { systemActor } from '../../domain/declaration';
import { deadlinesWorkflowId } from '../claim-deadlines/definitions';
import { claimDeadlinesWorkflow } from '../claim-deadlines/workflow';
import { claimHandedOverSignal, declarationWorkflowId } from '../declaration/definitions';
import { claimActivities } from './activities';
import { registerBank } from './bank';
import { registerBenefits } from './benefits';
import { registerCatastrophe, tagAtOpening, tagWith } from './catastrophe';
import { registerClaimDocuments } from './documents';
import { registerCustomerDocuments } from './customer-documents';
import { registerCustomerMessages } from './customer-messages';
import { claimQuery, claimStateUpdate, type ClaimInput, type ClaimOpening } from './definitions';
import { diaryWakeAt, escalateOverdueDiary, planDiaryAtOpening, planDiaryFrom, registerDiary } from './diary';
import { registerHandling } from './handling';
import { registerLegalDeadlines } from './legal-deadlines';
import { registerMotorFault } from './motor-fault';
import { escalateApprovals, payDueInstalments, registerMoney } from './money';
import { openingState } from './opening';
import { ClaimProcess, copy } from './process';
import { registerRecoveries } from './recoveries';
import { assessRiskAtOpening, keepRisk, registerRisk } from './risk';

const defaultHistoryLimits = { historyBytes: 4 * 1024 * 1024, historyEvents: 4_000 };

/**
 * One claim (schadedossier), from opening to closing and, within the limitation period, reopening: it owns the
 * decision, the cover, the reserves, the payments up to the bank's answer, the schedules and the recoveries.
 * Every change is an update whose validator reads this state, so no two actions race; its activity writes the
 * ledger and the projection in one transaction, once.
 */
export async function claimWorkflow(input: ClaimInput): Promise<ClaimState> {
  const p = new ClaimProcess(input);
  // Every handler's work queues behind the set-up below (adoption from the ledger, the cover check): an update
  // sent with the start, or right after the opening, finds the claim set up.
  let setUpDone!: () => void;
  const setUpFinished = new Promise<void>((resolve) => { setUpDone = resolve; });
  void p.exclusively(() => setUpFinished);
  const initial = input.continued?.state ?? (input.opening ? openingState(input.declarationId, input.opening, workflowInfo().workflowId) : undefined);
  if (initial) p.hold(initial);

  setHandler(claimStateUpdate, () => p.exclusively(async () => copy(p.state)));
  setHandler(claimQuery, () => p.state);
  registerHandling(p);
  registerMoney(p);
  registerRecoveries(p);
  registerBank(p);
  registerRisk(p);
  registerDiary(p);
  const legalDeadlines = registerLegalDeadlines(p);
  registerClaimDocuments(p);
  registerCustomerDocuments(p);
  registerCustomerMessages(p);
  registerCatastrophe(p);
  registerMotorFault(p);
  registerBenefits(p); // workplace-accident benefits paid by their file (workflows/workplace-benefits)

  await setUp(p);
  p.ready = true;
  setUpDone();

  const limits = { ...defaultHistoryLimits, ...input.limits };
  const historyFull = () => {
    const info = workflowInfo();
    return info.continueAsNewSuggested || info.historySize >= limits.historyBytes || info.historyLength >= limits.historyEvents;
  };
  for (;;) {
    if (historyFull()) {
      await condition(allHandlersFinished);
      const continueAsNew = makeContinueAsNewFunc<typeof claimWorkflow>({ typedSearchAttributes: workflowInfo().typedSearchAttributes });
      return continueAsNew({ ...input, continued: { state: copy(p.state) } });
    }
    const revision = p.state.revision;
    const heard = legalDeadlines.heard(); // the deadlines process tells without a commit: that wakes the loop too
    const changed = () => p.state.revision !== revision || legalDeadlines.heard() !== heard || historyFull();
    const wakeAt = [nextWakeAt(p), legalDeadlines.wakeAt()].reduce<number | null>((first, moment) => (moment === null ? first : first === null ? moment : Math.min(first, moment)), null);
    if (wakeAt === null) {
      await condition(changed);
      continue;
    }
    if (await condition(changed, Math.max(1, wakeAt - Date.now()))) continue;
    const over = await p.exclusively(async () => {
      await escalateApprovals(p);
      await payDueInstalments(p);
      await escalateOverdueDiary(p);
      await legalDeadlines.planDue();
      const until = p.reopenUntil();
      return until !== null && Date.now() >= until; // closed, and the limitation period has passed: nothing can happen to it any more
    });
    if (over) break;
  }
  await condition(allHandlersFinished);
  return p.state;
}

/** A new claim checks its cover and starts its deadlines; a claim of the time before is taken over from the ledger. */
async function setUp(p: ClaimProcess) {
  const { input } = p;
  if (input.continued) return;
  if (input.opening && p.currentGeneration) return openInOneTask(p, input.opening);
  if (input.opening) {
    p.state.coverage = await p.quickWork.checkClaimCoverage({ declarationId: input.declarationId });
    await startDeadlines(p, input.opening);
    const diaryItemIds = await planDiaryAtOpening(p);
    await assessRiskAtOpening(p); // the claim opens with its fraud indicators and possible duplicates
    await commitOpening(p, input.opening, diaryItemIds);
    await tagAtOpening(p); // a claim opening during a declared catastrophe event belongs to it
    return;
  }
  const adopted = await claimActivities.adoptClaim({ declarationId: input.declarationId });
  p.hold({ ...adopted.state, workflowId: workflowInfo().workflowId, revision: 0, recentKeys: [] });
  // The declaration's process took the decisions until now; from here on the claim does, and that process ends.
  if (p.state.status === 'in_handling' || p.state.status === 'under_reservation') {
    await getExternalWorkflowHandle(declarationWorkflowId(input.declarationId)).signal(claimHandedOverSignal).catch((error) =>
      log.warn('The declaration process had ended already', { declarationId: input.declarationId, error: String(error) }));
  }
  await p.commit({ action: 'taken_over', by: systemActor, details: {} });
}

/** The opening in the ledger: the state as set up (cover, diary, risk) becomes what a refused change goes back to. */
async function commitOpening(p: ClaimProcess, opening: ClaimOpening, diaryItemIds: string[]) {
  p.hold(p.state);
  await p.commit({ action: 'opened', by: opening.openedBy, details: { coverage: p.state.coverage.status, findings: p.state.coverage.findings }, diaryItemIds });
}

/** The claim's legal deadlines: a process of its own, which outlives this one (ABANDON). */
const startDeadlines = (p: ClaimProcess, opening: ClaimOpening) => startChild(claimDeadlinesWorkflow, {
  workflowId: deadlinesWorkflowId(p.input.declarationId), parentClosePolicy: ParentClosePolicy.ABANDON,
  args: [{
    declarationId: p.input.declarationId, productLine: p.state.productLine, claimFiledOn: opening.claimFiledOn,
    simpleFireRisk: opening.simpleFireRisk, inspectionReportDueOn: opening.inspectionReportDueOn,
  }],
});

/**
 * The opening as this generation does it, in one workflow task: the deadlines' process started alongside (not waited
 * for before going on), every read in one local activity, then the one commit. The same state as the older opening.
 */
async function openInOneTask(p: ClaimProcess, opening: ClaimOpening) {
  const deadlinesStarted = startDeadlines(p, opening);
  deadlinesStarted.catch(() => undefined); // awaited below: its failure fails the opening there
  const facts = await p.quickWork.claimOpeningFacts({ declarationId: p.input.declarationId });
  p.state.coverage = facts.coverage;
  const diaryItemIds = planDiaryFrom(p, facts.diary);
  keepRisk(p, facts.risk); // the claim opens with its fraud indicators and possible duplicates
  await commitOpening(p, opening, diaryItemIds);
  await deadlinesStarted;
  await tagWith(p, facts.catastrophe); // a claim opening during a declared catastrophe event belongs to it
}

/** The next moment the claim acts by itself: an approval to escalate, an instalment due, the end of the limitation period. */
function nextWakeAt(p: ClaimProcess): number | null {
  const moments = [
    ...p.state.payments.map((payment) => payment.escalateAt),
    ...p.state.schedules.map((schedule) => (schedule.status === 'running' ? schedule.nextDueAt : null)),
    p.reopenUntil(),
    diaryWakeAt(p),
  ].filter((moment): moment is number => moment !== null);
  return moments.length ? Math.min(...moments) : null;
}
