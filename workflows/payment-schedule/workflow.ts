import { allHandlersFinished, condition, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { durationMs } from '../../domain/duration';
import type { createActivities } from '../../activities';
import type { Actor } from '../../domain/declaration';
import { schedulePlan } from '../../domain/money';
import { firstUpdateArrived } from '../first-update';
import { refusalOfMoney } from '../money-refusals';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { forbidden, invalidFields, notAllowed, refusalOf } from '../refusals';
import { PaymentScheduleInput, paymentScheduleQuery, PaymentScheduleSnapshot, registerScheduleUpdate, stopScheduleUpdate } from './definitions';
import { activityOptions, isStaff, serially } from '../shared';

const { recordPaymentSchedule, projectPaymentSchedule, payInstalment } = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);

/**
 * Verzekerd Inkomen: a death or invalidity benefit paid over 12 or 24 months. The first payment goes at
 * once (on death the €2,500 lump sum), then one every period, until all are paid or a handler stops it.
 */
export async function paymentScheduleWorkflow(input: PaymentScheduleInput): Promise<PaymentScheduleSnapshot> {
  const now = () => new Date().toISOString();
  const { timing, ...request } = input;
  const createdAt = now();
  const state: PaymentScheduleSnapshot = {
    ...request, workflowId: workflowInfo().workflowId, plan: schedulePlan(request.kind, request.totalCents, request.spreadMonths),
    status: 'requested', paidCount: 0, stopped: null, revision: 0, createdAt, updatedAt: createdAt,
  };
  const copy = () => JSON.parse(JSON.stringify(state)) as PaymentScheduleSnapshot;
  const changed = async () => {
    state.revision += 1;
    state.updatedAt = now();
    await projectPaymentSchedule(copy());
    return copy();
  };
  // A stop and an instalment never interleave: once the stop answers, nothing more is paid.
  const exclusively = serially();

  setHandler(registerScheduleUpdate, () => exclusively(async () => {
    if (state.status !== 'requested') return copy(); // asked twice: recorded once
    state.status = 'running';
    state.revision = 1;
    const refusal = await recordPaymentSchedule(copy()).catch((error) => {
      if (refusalOf(error) !== error) state.status = 'refused'; // the database refuses the schedule's data: it ends here
      throw refusalOf(error);
    });
    if (refusal) {
      state.status = 'refused';
      throw refusalOfMoney(refusal);
    }
    return copy();
  }));

  const checkStop = ({ actor, reason }: { actor: Actor; reason: string }) => {
    if (!isStaff(actor)) throw forbidden(phrase('money.refusal.handlerStops'));
    if (state.status !== 'running') throw notAllowed(phrase('money.refusal.scheduleNotRunning', { status: state.status }));
    if (!reason?.trim()) throw invalidFields(phrase('money.refusal.stopNeedsReason'), [fieldProblem('reason', 'money.problem.stopReason')]);
  };
  setHandler(stopScheduleUpdate, ({ actor, reason }) => exclusively(async () => {
    checkStop({ actor, reason });
    const before = copy();
    state.status = 'stopped';
    state.stopped = { by: actor, reason: reason.trim(), at: now() };
    return changed().catch((error) => {
      Object.assign(state, before); // a stop the database refuses (bad data) is refused and changes nothing
      throw refusalOf(error);
    });
  }), { validator: checkStop });

  setHandler(paymentScheduleQuery, () => state);

  const requested = () => state.status !== 'requested';
  // Executions started before a request that never came ended the process wait for it however long it takes.
  if (!patched('payment-schedule-ends-without-request')) await condition(requested);
  else if (!(await firstUpdateArrived(requested, timing.firstUpdateWithin))) return state;
  for (const [index, planned] of state.plan.entries()) {
    if (index > 0) {
      // A stop the database refused is undone once its handler ends: the rest of the period is still waited out.
      const dueAt = Date.now() + durationMs(timing.instalmentPeriod);
      do {
        await condition(() => state.status !== 'running', Math.max(1, dueAt - Date.now()));
        await condition(allHandlersFinished);
      } while (state.status === 'running' && Date.now() < dueAt);
    }
    await exclusively(async () => {
      if (state.status !== 'running') return;
      await payInstalment({ schedule: copy(), ...planned });
      state.paidCount = index + 1;
    });
    if (state.status !== 'running') break;
  }
  await exclusively(async () => {
    if (state.status !== 'running') return;
    state.status = 'completed';
    await changed();
  });
  await condition(allHandlersFinished);
  return state;
}
