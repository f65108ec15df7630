import { defaultPayloadConverter } from '@temporalio/common';
import { historyToJson } from '../../runtime/history-json';
import { temporal } from '@temporalio/proto';
import { catalogue } from '../../i18n/catalogue';
import { isPhrase, phrase, type Phrase } from '../../i18n/phrase';
import {
  activityPhrase, type Actor, durationOf, initiatorOf, isActor, isProjection, processOf, startedPhrase, statusOf, updatePhrase,
} from './timeline-sentences';

type History = temporal.api.history.v1.IHistory;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
type Payloads = temporal.api.common.v1.IPayloads | null | undefined;
const EventType = temporal.api.enums.v1.EventType;

export type TimelineKind =
  | 'started' | 'action' | 'action_result' | 'action_failed' | 'side_effect' | 'deadline_set' | 'deadline_passed'
  | 'signal' | 'completed' | 'failed' | 'terminated' | 'timed_out' | 'canceled' | 'continued_as_new';

export interface TimelineEntry {
  eventId: number;
  at: string;
  kind: TimelineKind;
  /** One sentence in the reader's language: who did what, in the business's words. */
  summary: string;
  actor: Actor | null;
  details: Record<string, unknown>;
  /** The event exactly as Temporal recorded it (proto JSON, payloads base64). */
  raw: unknown;
}

const numberOf = (value: unknown) => Number(String(value ?? 0));
/** Timestamps and durations: seconds may come as a number or as a Long, depending on who decoded the history. */
const msOf = (time: { seconds?: unknown; nanos?: number | null } | null | undefined) =>
  numberOf(time?.seconds) * 1000 + Math.floor((time?.nanos ?? 0) / 1e6);

/** Payloads as the workflow code saw them; a payload that does not decode is shown as such rather than failing the timeline. */
function decode(payloads: Payloads): any[] {
  return (payloads?.payloads ?? []).map((payload) => {
    try {
      return defaultPayloadConverter.fromPayload(payload);
    } catch {
      return '(undecodable payload)';
    }
  });
}

/** The SDK core's marker of a local activity: its type (in `data`) and, once it succeeded, its result. */
function localActivityOf(event: HistoryEvent): { activityType: string; result: any } | null {
  const marker = event.markerRecordedEventAttributes;
  if (marker?.markerName !== 'core_local_activity') return null;
  const data = decode(marker.details?.data)[0];
  if (typeof data?.activity_type !== 'string') return null;
  return { activityType: data.activity_type, result: marker.failure ? undefined : decode(marker.details?.result)[0] };
}

const rawOf = (event: HistoryEvent) => JSON.parse(historyToJson({ events: [event] })).events[0];

/**
 * The history as an auditor reads it: each business event (started, saved, submitted, decided, a claim
 * opened, a mail sent, a deadline set or passed, the end) as a sentence with who and when, and the raw
 * event behind it. Workflow tasks, markers and projection writes are machinery and are left out.
 */
/** A failure's words: the phrase a refusal carries in its details, or (older histories) its message as it was written. */
function failureText(failure: temporal.api.failure.v1.IFailure | null | undefined, language: string): string {
  const details = decode(failure?.applicationFailureInfo?.details)[0];
  if (isPhrase(details?.phrase)) return catalogue.render(details.phrase, language);
  return failure?.message || catalogue.t('timeline.unknownError', undefined, language);
}

/**
 * The history as an auditor reads it: each business event (started, saved, submitted, decided, a claim
 * opened, a mail sent, a deadline set or passed, the end) as a sentence with who and when, in the reader's
 * language, and the raw event behind it. Workflow tasks, markers and projection writes are machinery and
 * are left out.
 */
export function timelineOf(history: History, language = 'en'): TimelineEntry[] {
  const say = ({ key, params }: Phrase) => catalogue.t(key, params, language);
  const system = say(phrase('timeline.system'));
  const events = history.events ?? [];
  const started = events[0]?.workflowExecutionStartedEventAttributes;
  const workflowType = started?.workflowType?.name ?? 'workflow';
  const process = processOf(workflowType);

  // Outcomes arrive later than the events that asked for them: index them first.
  const activityResults = new Map<number, any>();
  const updateResults = new Map<number, any>();
  const timerStarts = new Map<number, number>();
  const updates = new Map<number, { name: string; actor: Actor | null }>();
  for (const event of events) {
    const completed = event.activityTaskCompletedEventAttributes;
    if (completed) activityResults.set(numberOf(completed.scheduledEventId), decode(completed.result)[0]);
    const answered = event.workflowExecutionUpdateCompletedEventAttributes;
    if (answered?.outcome?.success) updateResults.set(numberOf(answered.acceptedEventId), decode(answered.outcome.success)[0]);
  }
  // Which activities ran before in this process; in a run that continues another, any of them may have.
  const activitiesRun = new Set<string>();
  const continued = Boolean(started?.continuedExecutionRunId);
  // A status is said when it changes, not after every action that leaves it as it was.
  let statusSaid: string | undefined;

  const entries: TimelineEntry[] = [];
  for (const event of events) {
    const eventId = numberOf(event.eventId);
    const atMs = msOf(event.eventTime);
    const add = (kind: TimelineKind, sentence: Phrase, actor: Actor | null, details: Record<string, unknown> = {}) =>
      entries.push({ eventId, at: new Date(atMs).toISOString(), kind, summary: say(sentence), actor, details, raw: rawOf(event) });

    switch (event.eventType) {
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED: {
        const input = decode(started?.input)[0];
        const actor = initiatorOf(input);
        add('started', startedPhrase(actor?.name ?? system, process, input?.type), actor, { input });
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED: {
        const request = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest;
        const name = request?.input?.name ?? 'update';
        const args = decode(request?.input?.args)[0] ?? {};
        const actor = isActor(args.actor) ? args.actor : null;
        updates.set(eventId, { name, actor });
        add('action', updatePhrase(name, args, actor?.name ?? system, process, updateResults.get(eventId)), actor, { update: name, args });
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED: {
        const completed = event.workflowExecutionUpdateCompletedEventAttributes;
        const update = updates.get(numberOf(completed?.acceptedEventId)) ?? { name: 'update', actor: null };
        const failure = completed?.outcome?.failure;
        if (failure) {
          const message = failureText(failure, language);
          const who = update.actor?.name;
          add('action_failed', who ? phrase('timeline.updateFailed', { update: update.name, who, message }) : phrase('timeline.updateFailed_system', { update: update.name, message }),
            update.actor, { update: update.name, failure: failure.message });
          break;
        }
        const result = decode(completed?.outcome?.success)[0];
        if (typeof result?.status !== 'string' || result.status === statusSaid) break; // nothing to say beyond the action itself
        statusSaid = result.status;
        const status = { ...process, ...statusOf(workflowType, result.status) };
        add('action_result', result.claimNumber ? phrase('timeline.nowStatus_claim', { ...status, claimNumber: result.claimNumber }) : phrase('timeline.nowStatus', status),
          update.actor, { update: update.name, status: result.status, version: result.version ?? null });
        break;
      }
      case EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED: {
        const scheduled = event.activityTaskScheduledEventAttributes;
        const activityType = scheduled?.activityType?.name ?? 'activity';
        if (isProjection(activityType)) break;
        const input = decode(scheduled?.input)[0];
        const result = activityResults.get(eventId);
        if (activityType === 'sendDeclarationMails') { // what one action queued, sent together: each mail is said
          for (const mail of input?.mails ?? []) {
            add('side_effect', activityPhrase('sendDeclarationMail', mail, result), null, { activityType, input: mail, result: result ?? null, done: activityResults.has(eventId) });
          }
          break;
        }
        add('side_effect', activityPhrase(activityType, input ?? {}, result, continued || activitiesRun.has(activityType)), null,
          { activityType, input, result: result ?? null, done: activityResults.has(eventId) });
        activitiesRun.add(activityType);
        break;
      }
      case EventType.EVENT_TYPE_MARKER_RECORDED: {
        // A local activity (workflows/shared.ts) leaves a marker instead of scheduled and completed events.
        const local = localActivityOf(event);
        if (!local || isProjection(local.activityType)) break;
        add('side_effect', activityPhrase(local.activityType, {}, local.result, continued || activitiesRun.has(local.activityType)), null,
          { activityType: local.activityType, input: null, result: local.result ?? null, done: local.result !== undefined });
        activitiesRun.add(local.activityType);
        break;
      }
      case EventType.EVENT_TYPE_TIMER_STARTED: {
        const timeoutMs = msOf(event.timerStartedEventAttributes?.startToFireTimeout);
        const due = new Date(atMs + timeoutMs).toISOString();
        timerStarts.set(eventId, atMs);
        add('deadline_set', phrase('timeline.deadlineSet', { due, ...durationOf(timeoutMs) }), null, { dueAt: due, durationMs: timeoutMs });
        break;
      }
      case EventType.EVENT_TYPE_TIMER_FIRED: {
        const setAt = timerStarts.get(numberOf(event.timerFiredEventAttributes?.startedEventId));
        add('deadline_passed', setAt === undefined ? phrase('timeline.deadlinePassed') : phrase('timeline.deadlinePassed_setOn', { setOn: new Date(setAt).toISOString() }), null);
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED: {
        const signal = event.workflowExecutionSignaledEventAttributes;
        const args = decode(signal?.input)[0];
        const actor = isActor(args?.actor) ? args.actor : null;
        add('signal', phrase('timeline.signal', { who: actor?.name ?? system, signal: signal?.signalName ?? '', ...process }), actor, { signal: signal?.signalName, args: args ?? null });
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED: {
        const result = decode(event.workflowExecutionCompletedEventAttributes?.result)[0];
        const closed = typeof result?.status === 'string' ? phrase('timeline.closed_status', { ...process, ...statusOf(workflowType, result.status) }) : phrase('timeline.closed', process);
        add('completed', closed, null, { result: result ?? null });
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED: {
        const failure = event.workflowExecutionFailedEventAttributes?.failure;
        add('failed', phrase('timeline.failed', { ...process, message: failureText(failure, language) }), null, { failure: failure?.message ?? null });
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED: {
        const terminated = event.workflowExecutionTerminatedEventAttributes;
        const by = terminated?.identity || say(phrase('timeline.anOperator'));
        const reason = terminated?.reason || say(phrase('timeline.noReason'));
        add('terminated', phrase('timeline.terminated', { ...process, by, reason }), null, { reason: terminated?.reason ?? null, identity: terminated?.identity ?? null });
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT:
        add('timed_out', phrase('timeline.timedOut', process), null);
        break;
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED:
        add('canceled', phrase('timeline.canceled', process), null);
        break;
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
        add('continued_as_new', phrase('timeline.continuedAsNew', process), null, { newRunId: event.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? null });
        break;
      default:
        break; // workflow tasks, markers, search attributes, activity progress: machinery
    }
  }
  return entries;
}
