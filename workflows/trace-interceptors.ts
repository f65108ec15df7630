/**
 * Workflow interceptors (not a workflow; the worker loads them with `workflowModules` when tracing is on): spans for
 * a run, an update or a signal that arrived with a trace context, and for the activities they schedule, whose
 * headers carry the context on to the activity's own span (Temporal's activity interceptor reads it).
 *
 * Not Temporal's own workflow interceptors: they add awaits around every activity and consume the workflow's random
 * numbers (span ids from Math.random, which uuid4 shares), so histories recorded without them do not replay with
 * them (test/replay/determinism.test.ts). These add no await, no command and no random number: the caller gets the
 * very promise the next interceptor returned, the span ends on a branch of its own.
 */
import {
  AsyncLocalStorage, ContinueAsNew, proxySinks, workflowInfo,
  type WorkflowInboundCallsInterceptor, type WorkflowInterceptorsFactory, type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';
import { spanParentOf, withSpanParent, type SpanParent, type WorkflowSpanSinks } from '../runtime/observability/trace-header';

const { workflowSpans } = proxySinks<WorkflowSpanSinks>();
const currentSpan = new AsyncLocalStorage<SpanParent>();
let spansMade = 0;

/** 16 hex digits from the run id and a counter (two 32-bit FNV-1a hashes): unique per span, no random number used. */
function newSpanId(): string {
  spansMade += 1;
  const text = `${workflowInfo().runId}:${spansMade}`;
  const fnv = (seed: number) => {
    let hash = seed;
    for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return hash.toString(16).padStart(8, '0');
  };
  return fnv(0x811c9dc5) + fnv(0x050c5d1f);
}

function traced<T>(name: string, parent: SpanParent | undefined, run: () => Promise<T>): Promise<T> {
  if (!parent || parent.flags !== '01') return run();
  const span = { ...parent, spanId: newSpanId() };
  const startMs = Date.now();
  const result = currentSpan.run(span, run);
  const end = (failed: boolean) => workflowSpans.ended({ name, ...span, parentSpanId: parent.spanId, startMs, endMs: Date.now(), failed });
  result.then(() => end(false), (error) => end(!(error instanceof ContinueAsNew)));
  return result;
}

const inbound: WorkflowInboundCallsInterceptor = {
  execute: (input, next) => traced(`RunWorkflow:${workflowInfo().workflowType}`, spanParentOf(input.headers), () => next(input)),
  handleUpdate: (input, next) => traced(`HandleUpdate:${input.name}`, spanParentOf(input.headers), () => next(input)),
  handleSignal: (input, next) => traced(`HandleSignal:${input.signalName}`, spanParentOf(input.headers), () => next(input)),
};

const outbound: WorkflowOutboundCallsInterceptor = {
  scheduleActivity: (input, next) =>
    traced(`StartActivity:${input.activityType}`, currentSpan.getStore(), () => next({ ...input, headers: withSpanParent(input.headers, currentSpan.getStore()) })),
  scheduleLocalActivity: (input, next) =>
    traced(`StartActivity:${input.activityType}`, currentSpan.getStore(), () => next({ ...input, headers: withSpanParent(input.headers, currentSpan.getStore()) })),
  startChildWorkflowExecution: (input, next) => next({ ...input, headers: withSpanParent(input.headers, currentSpan.getStore()) }),
  signalWorkflow: (input, next) => next({ ...input, headers: withSpanParent(input.headers, currentSpan.getStore()) }),
};

export const interceptors: WorkflowInterceptorsFactory = () => ({ inbound: [inbound], outbound: [outbound] });
