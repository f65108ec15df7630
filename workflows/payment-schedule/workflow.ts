import { allHandlersFinished, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { msToNumber } from '@temporalio/common/lib/time';
import type { createActivities } from '../../activities';
import type { Actor } from '../../domain/declaration';
import { schedulePlan } from '../../domain/money';
import { refusalOfMoney } from '../money-refusals';
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
    if (!isStaff(actor)) throw forbidden('Only a handler stops a payment schedule.');
    if (state.status !== 'running') throw notAllowed(`This payment schedule is ${state.status}; there is nothing left to stop.`);
    if (!reason?.trim()) throw invalidFields('Stopping a schedule needs a reason.', [{ path: 'reason', message: 'Say why the payments stop' }]);
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

  await condition(() => state.status !== 'requested');
  for (const [index, planned] of state.plan.entries()) {
    if (index > 0) {
      // A stop the database refused is undone once its handler ends: the rest of the period is still waited out.
      const dueAt = Date.now() + msToNumber(timing.instalmentPeriod);
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
