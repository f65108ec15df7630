import { allHandlersFinished, condition, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { durationMs } from '../../domain/duration';
import type { createActivities } from '../../activities';
import type { Actor } from '../../domain/declaration';
import { awaitsAnswer, MessageSnapshot, senderMayWithdraw } from '../../domain/message';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { forbidden, invalidFields, notAllowed, refusalOf } from '../refusals';
import { deliverUpdate, markReadUpdate, MessageInput, messageQuery, replyUpdate, withdrawMessageUpdate } from './definitions';
import { firstUpdateArrived } from '../first-update';
import { activityOptions, checkpointOf, isStaff } from '../shared';

const { projectMessage, notifyStaff } = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);

/** A customer's message to the insurer, from sending to the answer; reminded and escalated while unanswered. */
export async function claimMessageWorkflow(input: MessageInput): Promise<MessageSnapshot> {
  const now = () => new Date().toISOString();
  const createdAt = now();
  const { timing, ...message } = input;
  const state: MessageSnapshot = {
    ...message, workflowId: workflowInfo().workflowId, status: 'sent', read: null, reply: null,
    reminderSentAt: null, escalatedAt: null, revision: 0, createdAt, updatedAt: createdAt,
  };
  const copy = () => JSON.parse(JSON.stringify(state)) as MessageSnapshot;
  const checkpoint = checkpointOf(state); // what the database last stored
  /** A change the database refuses (bad data) is refused to the caller and leaves the state as stored. */
  const changed = async () => {
    state.revision += 1;
    state.updatedAt = now();
    try {
      await projectMessage(copy());
    } catch (error) {
      checkpoint.restore();
      throw refusalOf(error);
    }
    checkpoint.stored();
    return copy();
  };

  setHandler(deliverUpdate, async () => (state.revision === 0 ? changed() : copy()));

  const checkWithdraw = ({ actor }: { actor: Actor }) => {
    if (actor.userId !== state.sender.userId) throw forbidden(phrase('claimMessage.refusal.senderWithdraws'));
    if (!senderMayWithdraw(state.status)) throw notAllowed(phrase('claimMessage.refusal.withdrawTooLate', { status: state.status }));
  };
  setHandler(withdrawMessageUpdate, async (withdraw) => {
    checkWithdraw(withdraw);
    state.status = 'withdrawn';
    return changed();
  }, { validator: checkWithdraw });

  const checkRead = ({ actor }: { actor: Actor }) => {
    if (!isStaff(actor)) throw forbidden(phrase('claimMessage.refusal.insurerReads'));
    if (state.status === 'withdrawn') throw notAllowed(phrase('claimMessage.refusal.withdrawnBySender'));
  };
  setHandler(markReadUpdate, async (read) => {
    checkRead(read);
    if (state.read) return copy(); // reading twice changes nothing
    state.read = { by: read.actor, at: now() };
    if (state.status === 'sent') state.status = 'read';
    return changed();
  }, { validator: checkRead });

  const checkReply = ({ actor, body }: { actor: Actor; body: string }) => {
    if (!isStaff(actor)) throw forbidden(phrase('claimMessage.refusal.insurerAnswers'));
    if (!awaitsAnswer(state.status)) throw notAllowed(phrase('claimMessage.refusal.notAnswerable', { status: state.status }));
    if (!body?.trim()) throw invalidFields(phrase('claimMessage.refusal.emptyAnswer'), [fieldProblem('body', 'claimMessage.problem.writeAnswer')]);
  };
  setHandler(replyUpdate, async (reply) => {
    checkReply(reply);
    const at = now();
    state.read ??= { by: reply.actor, at };
    state.reply = { body: reply.body.trim(), by: reply.actor, at };
    state.status = 'answered';
    return changed();
  }, { validator: checkReply });

  setHandler(messageQuery, () => state);

  // A message never delivered (its start's answer was lost) ends without a trace; executions started before went on regardless.
  const delivered = () => state.revision > 0;
  if (patched('message-ends-without-delivery') && !(await firstUpdateArrived(delivered, timing.firstUpdateWithin))) return state;
  const sentAt = Date.now();
  const reminderAt = sentAt + durationMs(timing.reminderAfter);
  const escalateAt = sentAt + durationMs(timing.escalateAfter);
  const subject = `${state.subject} (${state.id.slice(0, 8)})`;
  const settled = () => !awaitsAnswer(state.status);
  /** Reminded, then escalated, each once, until answered or withdrawn. */
  const awaitAnswer = async () => {
    if (state.reminderSentAt === null && await condition(settled, Math.max(1, reminderAt - Date.now())) === false) {
      state.reminderSentAt = now();
      await notifyStaff({ dedupeKey: `message-reminder:${state.id}`, to: state.handlerId ? { userId: state.handlerId } : { role: 'handler' }, kind: 'message_reminder', messageId: state.id, subject });
      await changed();
    }
    if (state.reminderSentAt !== null && state.escalatedAt === null && await condition(settled, Math.max(1, escalateAt - Date.now())) === false) {
      state.escalatedAt = now();
      await notifyStaff({ dedupeKey: `message-escalation:${state.id}`, to: { role: 'senior_handler' }, kind: 'message_escalated', messageId: state.id, subject });
      await changed();
    }
    await condition(settled);
  };
  // An answer the database refused is undone once its handler ends: then the message waits again.
  do {
    await awaitAnswer();
    await condition(allHandlersFinished);
  } while (!settled());
  return state;
}
