import { defaultPayloadConverter, type Headers } from '@temporalio/common';
import type { Sinks } from '@temporalio/workflow';

/**
 * The W3C trace context in Temporal headers, as Temporal's OpenTelemetry interceptors carry it (the client's and the
 * activity's): header `_tracer-data`, a JSON carrier `{ traceparent }`. Plain module: the workflow bundle imports it.
 */
export const traceHeader = '_tracer-data';

export interface SpanParent {
  traceId: string;
  spanId: string;
  /** W3C trace flags: '01' sampled. */
  flags: string;
}

const traceparent = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

export function spanParentOf(headers: Headers): SpanParent | undefined {
  const payload = headers[traceHeader];
  if (!payload) return undefined;
  const carrier = defaultPayloadConverter.fromPayload(payload) as { traceparent?: unknown } | null;
  const match = typeof carrier?.traceparent === 'string' ? traceparent.exec(carrier.traceparent) : null;
  return match ? { traceId: match[1], spanId: match[2], flags: match[3] } : undefined;
}

export function withSpanParent(headers: Headers, parent: SpanParent | undefined): Headers {
  if (!parent) return headers;
  return { ...headers, [traceHeader]: defaultPayloadConverter.toPayload({ traceparent: `00-${parent.traceId}-${parent.spanId}-${parent.flags}` }) };
}

/** A finished span of workflow code, as it leaves the sandbox. */
export interface WorkflowSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  flags: string;
  startMs: number;
  endMs: number;
  failed: boolean;
}

export interface WorkflowSpanSinks extends Sinks {
  workflowSpans: { ended(span: WorkflowSpan): void };
}
