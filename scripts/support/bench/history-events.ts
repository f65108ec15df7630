import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { claimWorkflowId } from '../../../workflows/claim/definitions';
import { declarationWorkflowId } from '../../../workflows/declaration/definitions';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
const EventType = temporal.api.enums.v1.EventType;

/**
 * The history events one fire declaration costs from its submit to its claim being opened, counted as:
 * - in the declaration's history, every event from the submit update's acceptance (WorkflowExecutionUpdateAccepted
 *   named `submit`) to the end of that history: the submit, the claim number, the claim process started, the two
 *   mails, the declaration's completion (its work ends with the hand-over);
 * - plus every event of the claim's history from its start until it is opened and waits with nothing to do (its
 *   set-up done: cover checked, deadlines started, diary planned, risk assessed, 'opened' in the ledger, catastrophe
 *   tag, then its wait), read once the declaration has completed and the claim's history stopped growing.
 * The claim's deadlines workflow is a process of its own and not counted. Every event is a write of the engine, and
 * each workflow task (scheduled, started, completed) is a round trip to the worker.
 */
export async function historyEventsFromSubmitToOpened(client: Client, declarationId: string) {
  const declaration = client.workflow.getHandle(declarationWorkflowId(declarationId));
  const claim = client.workflow.getHandle(claimWorkflowId(declarationId));
  await declaration.result();
  const claimEvents = await settledHistory(() => claim.fetchHistory().then((history) => history.events ?? []));
  const declarationEvents = (await declaration.fetchHistory()).events ?? [];
  const submitAt = declarationEvents.findIndex((event) =>
    event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'submit');
  if (submitAt < 0) throw new Error(`declaration ${declarationId}: no submit in its history`);
  const fromSubmit = declarationEvents.slice(submitAt);
  return { total: fromSubmit.length + claimEvents.length, declaration: tally(fromSubmit), claim: tally(claimEvents) };
}

/** The claim's history once two reads 500 ms apart agree and no workflow task is pending. */
async function settledHistory(read: () => Promise<HistoryEvent[]>): Promise<HistoryEvent[]> {
  const pending = [EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED, EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED];
  let previous = await read();
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const events = await read();
    if (events.length === previous.length && !pending.includes(events.at(-1)?.eventType ?? EventType.EVENT_TYPE_UNSPECIFIED)) return events;
    previous = events;
  }
  throw new Error('the claim did not settle within 20 s');
}

/** Events by type, for the report: where the events go. */
function tally(events: HistoryEvent[]) {
  const byType = new Map<string, number>();
  for (const event of events) {
    const name = EventType[event.eventType ?? 0].replace('EVENT_TYPE_', '').toLowerCase();
    byType.set(name, (byType.get(name) ?? 0) + 1);
  }
  return { count: events.length, byType: Object.fromEntries(byType) };
}
