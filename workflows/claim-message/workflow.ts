import { allHandlersFinished, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { msToNumber } from '@temporalio/common/lib/time';
import type { createActivities } from '../../activities';
import type { Actor } from '../../domain/declaration';
import { awaitsAnswer, MessageSnapshot, senderMayWithdraw } from '../../domain/message';
import { forbidden, invalidFields, notAllowed, refusalOf } from '../refusals';
import { deliverUpdate, markReadUpdate, MessageInput, messageQuery, replyUpdate, withdrawMessageUpdate } from './definitions';
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
    if (actor.userId !== state.sender.userId) throw forbidden('Only the sender can withdraw a message.');
    if (!senderMayWithdraw(state.status)) throw notAllowed(`The message is ${state.status}; it can only be withdrawn before the handler reads it.`);
  };
  setHandler(withdrawMessageUpdate, async (withdraw) => {
    checkWithdraw(withdraw);
    state.status = 'withdrawn';
    return changed();
  }, { validator: checkWithdraw });

  const checkRead = ({ actor }: { actor: Actor }) => {
    if (!isStaff(actor)) throw forbidden('Only the insurer reads messages.');
    if (state.status === 'withdrawn') throw notAllowed('The sender withdrew this message.');
  };
  setHandler(markReadUpdate, async (read) => {
    checkRead(read);
    if (state.read) return copy(); // reading twice changes nothing
    state.read = { by: read.actor, at: now() };
    if (state.status === 'sent') state.status = 'read';
    return changed();
  }, { validator: checkRead });

  const checkReply = ({ actor, body }: { actor: Actor; body: string }) => {
    if (!isStaff(actor)) throw forbidden('Only the insurer answers messages.');
    if (!awaitsAnswer(state.status)) throw notAllowed(`The message is ${state.status}; it cannot be answered.`);
    if (!body?.trim()) throw invalidFields('The answer is empty.', [{ path: 'body', message: 'Write an answer' }]);
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

  const sentAt = Date.now();
  const reminderAt = sentAt + msToNumber(timing.reminderAfter);
  const escalateAt = sentAt + msToNumber(timing.escalateAfter);
  const subject = `${state.subject} (${state.id.slice(0, 8)})`;
  const settled = () => !awaitsAnswer(state.status);
  /** Reminded, then escalated, each once, until answered or withdrawn. */
  const awaitAnswer = async () => {
    if (state.reminderSentAt === null && await condition(settled, Math.max(1, reminderAt - Date.now())) === false) {
      state.reminderSentAt = now();
      await notifyStaff({ dedupeKey: `message-reminder:${state.id}`, to: state.handlerId ? { userId: state.handlerId } : { role: 'handler' }, kind: 'message_reminder', messageId: state.id, text: `Unanswered message: ${subject}` });
      await changed();
    }
    if (state.reminderSentAt !== null && state.escalatedAt === null && await condition(settled, Math.max(1, escalateAt - Date.now())) === false) {
      state.escalatedAt = now();
      await notifyStaff({ dedupeKey: `message-escalation:${state.id}`, to: { role: 'senior_handler' }, kind: 'message_escalated', messageId: state.id, text: `Escalated, still unanswered: ${subject}` });
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
