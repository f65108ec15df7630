import { condition, getExternalWorkflowHandle, log, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { createActivities } from '../../activities';
import {
  paymentDue, reasonedAnswerDue, REASONED_ANSWER_FLAT_SUM_CENTS, regimeOf, reminderAnswerDue, reminderPenaltyCents, DeadlineCode,
} from '../../domain/rules/claim-deadlines';
import { addDays } from '../../domain/rules/calendar';
import {
  amountAgreedSignal, claimAnsweredSignal, claimClosedSignal, Deadline, DeadlinesInput, deadlinesQuery, DeadlinesSnapshot,
  inspectionReportSentSignal, paymentMadeSignal, reminderReceivedSignal,
} from './definitions';
import { activityOptions } from '../shared';
import { claimWorkflowId } from '../claim/definitions';
import { legalDeadlinesChangedSignal } from '../claim/legal-deadlines-signal';

const { projectDeadlines, deadlineMissed } = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);

/** A deadline passes at the end of its due day: the timer fires at the start of the next day (UTC). */
const passesAt = (dueOn: string) => Date.parse(`${addDays(dueOn, 1)}T00:00:00Z`);

const PROJECTS_CHANGES_WHILE_TELLING = 'deadlines-project-changes-while-telling';

/** The legal deadlines of one claim: durable timers that show what runs next and act when they pass. */
export async function claimDeadlinesWorkflow(input: DeadlinesInput): Promise<DeadlinesSnapshot> {
  const regime = regimeOf(input.productLine, input.simpleFireRisk);
  const state: DeadlinesSnapshot = { declarationId: input.declarationId, deadlines: [], closed: false, revision: 0 };
  const find = (code: DeadlineCode) => state.deadlines.find((deadline) => deadline.code === code);
  const start = (code: DeadlineCode, dueOn: string) => {
    state.deadlines = state.deadlines.filter((deadline) => deadline.code !== code);
    state.deadlines.push({ code, dueOn, status: 'running', penaltyCents: 0 });
    state.revision += 1;
  };
  const meet = (code: DeadlineCode, on: string) => {
    const deadline = find(code);
    if (!deadline || deadline.status === 'met' || deadline.status === 'cancelled') return;
    // A reminder answered late still costs €300 for each day past its deadline.
    if (code === 'reminder_answer') deadline.penaltyCents = reminderPenaltyCents(deadline.dueOn, on);
    deadline.status = 'met';
    state.revision += 1;
  };

  if (regime.reasonedAnswer) start('reasoned_answer', reasonedAnswerDue(input.claimFiledOn));
  if (input.inspectionReportDueOn) start('inspection_report', input.inspectionReportDueOn);

  setHandler(claimAnsweredSignal, ({ answeredOn }) => {
    meet('reasoned_answer', answeredOn);
    meet('reminder_answer', answeredOn);
  });
  setHandler(reminderReceivedSignal, ({ sentOn }) => {
    if (regime.reminder) start('reminder_answer', reminderAnswerDue(sentOn));
  });
  setHandler(amountAgreedSignal, ({ agreedOn }) => start('payment', paymentDue(agreedOn)));
  setHandler(paymentMadeSignal, ({ paidOn }) => meet('payment', paidOn));
  setHandler(inspectionReportSentSignal, ({ sentOn }) => meet('inspection_report', sentOn));
  setHandler(claimClosedSignal, () => {
    for (const deadline of state.deadlines) if (deadline.status === 'running') deadline.status = 'cancelled';
    state.closed = true;
    state.revision += 1;
  });
  setHandler(deadlinesQuery, () => state);

  let projected = -1;
  const project = async () => {
    if (projected === state.revision) return;
    projected = state.revision;
    await projectDeadlines(JSON.parse(JSON.stringify(state)));
    await tellClaim();
  };
  // The claim's diary plans a legal deadline's item a week ahead: it hears which run. A new command: behind a patch.
  const tellClaim = async () => {
    if (!patched('deadlines-tell-claim')) return;
    const running = state.deadlines.filter((deadline) => deadline.status === 'running').map(({ code, dueOn }) => ({ code, dueOn }));
    await getExternalWorkflowHandle(claimWorkflowId(input.declarationId)).signal(legalDeadlinesChangedSignal, { running }).catch((error) =>
      log.warn('The claim has no process to tell its deadlines', { declarationId: input.declarationId, error: String(error) }));
  };

  while (!state.closed) {
    const projecting = state.revision;
    await project();
    // A change that came while the projection was written or the claim told (a reminder while telling the claim the
    // first deadlines) is a change still to project and tell: the loop goes round again. Runs recorded before took
    // the state as it stood after telling, and waited with that change untold.
    const revision = patched(PROJECTS_CHANGES_WHILE_TELLING) ? projecting : state.revision;
    const next = state.deadlines.filter((deadline) => deadline.status === 'running').sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
    const changed = () => state.revision !== revision;
    if (!next) {
      await condition(changed);
      continue;
    }
    if (await condition(changed, Math.max(1, passesAt(next.dueOn) - Date.now()))) continue;
    next.status = 'missed';
    if (next.code === 'reasoned_answer') next.penaltyCents = REASONED_ANSWER_FLAT_SUM_CENTS;
    state.revision += 1;
    await deadlineMissed({ declarationId: input.declarationId, deadline: JSON.parse(JSON.stringify(next)) as Deadline });
  }
  await project();
  return state;
}
