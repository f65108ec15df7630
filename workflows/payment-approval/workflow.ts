import { allHandlersFinished, condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { createActivities } from '../../activities';
import type { Actor } from '../../domain/declaration';
import { firstUpdateArrived } from '../first-update';
import { refusalOfMoney } from '../money-refusals';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { forbidden, invalidFields, notAllowed, refusalOf } from '../refusals';
import {
  approvePaymentUpdate, PaymentApprovalInput, paymentApprovalQuery, PaymentApprovalSnapshot, rejectPaymentUpdate, requestPaymentUpdate,
} from './definitions';
import { activityOptions, serially } from '../shared';

const { recordPaymentRequest, markPaymentPaid, markPaymentRejected, escalatePaymentApproval } = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);

/**
 * A payment above its requester's authority limit: it waits for a senior handler other than the requester
 * (four eyes) to approve or reject it; undecided too long, every senior handler is told, and it keeps waiting.
 */
export async function paymentApprovalWorkflow(input: PaymentApprovalInput): Promise<PaymentApprovalSnapshot> {
  const now = () => new Date().toISOString();
  const { timing, ...request } = input;
  const state: PaymentApprovalSnapshot = { paymentId: request.paymentId, status: 'requested', escalatedAt: null, decision: null };
  const copy = () => JSON.parse(JSON.stringify(state)) as PaymentApprovalSnapshot;
  const exclusively = serially();

  setHandler(requestPaymentUpdate, () => exclusively(async () => {
    if (state.status !== 'requested') return copy(); // asked twice: recorded once
    const refusal = await recordPaymentRequest(request).catch((error) => {
      if (refusalOf(error) !== error) state.status = 'refused'; // the database refuses the request's data: it ends here
      throw refusalOf(error);
    });
    if (refusal) {
      state.status = 'refused';
      throw refusalOfMoney(refusal);
    }
    state.status = 'awaiting_approval';
    return copy();
  }));

  const checkDecision = ({ actor }: { actor: Actor }) => {
    if (actor.role !== 'senior_handler') throw forbidden(phrase('money.refusal.seniorApproves'));
    if (actor.userId === request.requestedBy.userId) throw forbidden(phrase('money.refusal.fourEyes'));
    if (state.status !== 'awaiting_approval') throw notAllowed(phrase('money.refusal.notAwaitingApproval', { status: state.status }));
  };
  setHandler(approvePaymentUpdate, ({ actor }) => exclusively(async () => {
    checkDecision({ actor });
    const at = now();
    await markPaymentPaid({ paymentId: request.paymentId, approvedBy: actor, at }).catch((error) => { throw refusalOf(error); });
    state.status = 'paid';
    state.decision = { decision: 'approve', reason: null, by: actor, at };
    return copy();
  }), { validator: checkDecision });

  const checkReject = ({ actor, reason }: { actor: Actor; reason: string }) => {
    checkDecision({ actor });
    if (!reason?.trim()) throw invalidFields(phrase('money.refusal.rejectionNeedsReason'), [fieldProblem('reason', 'money.problem.rejectionReason')]);
  };
  setHandler(rejectPaymentUpdate, ({ actor, reason }) => exclusively(async () => {
    checkReject({ actor, reason });
    const at = now();
    await markPaymentRejected({ paymentId: request.paymentId, rejectedBy: actor, reason: reason.trim(), at }).catch((error) => { throw refusalOf(error); });
    state.status = 'rejected';
    state.decision = { decision: 'reject', reason: reason.trim(), by: actor, at };
    return copy();
  }), { validator: checkReject });

  setHandler(paymentApprovalQuery, () => state);

  const requested = () => state.status !== 'requested';
  // Executions started before a request that never came ended the process wait for it however long it takes.
  if (!patched('payment-approval-ends-without-request')) await condition(requested);
  else if (!(await firstUpdateArrived(requested, timing.firstUpdateWithin))) return state;
  const decided = () => state.status !== 'awaiting_approval';
  if (!(await condition(decided, timing.escalateAfter))) {
    state.escalatedAt = now();
    await escalatePaymentApproval({ ...request, escalatedAt: state.escalatedAt });
    await condition(decided);
  }
  await condition(allHandlersFinished);
  return state;
}
