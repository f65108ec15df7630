import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { createActivities } from '../../activities';
import type { Actor } from '../../domain/declaration';
import { refusalOfMoney } from '../money-refusals';
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
    if (actor.role !== 'senior_handler') throw forbidden('Only a senior handler approves or rejects a payment above the authority limit.');
    if (actor.userId === request.requestedBy.userId) throw forbidden('Four eyes: you cannot decide on a payment you asked for yourself.');
    if (state.status !== 'awaiting_approval') throw notAllowed(`This payment is ${state.status.replace('_', ' ')}; it is no longer waiting for approval.`);
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
    if (!reason?.trim()) throw invalidFields('A rejection needs a reason.', [{ path: 'reason', message: 'Say why the payment is rejected' }]);
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

  await condition(() => state.status !== 'requested');
  const decided = () => state.status !== 'awaiting_approval';
  if (!(await condition(decided, timing.escalateAfter))) {
    state.escalatedAt = now();
    await escalatePaymentApproval({ ...request, escalatedAt: state.escalatedAt });
    await condition(decided);
  }
  await condition(allHandlersFinished);
  return state;
}
