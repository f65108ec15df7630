import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { hrTimeDuration, millisToHrTime } from '@opentelemetry/core';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { InjectedSinks } from '@temporalio/worker';
import type { WorkflowSpan, WorkflowSpanSinks } from './trace-header';
import type { Tracing } from './tracing';

/** The sink workflow spans leave the sandbox through (workflows/trace-interceptors.ts): into the process's span processor. */
export function workflowSpanSinks({ spanProcessor, resource }: Tracing): InjectedSinks<WorkflowSpanSinks> {
  return {
    workflowSpans: {
      ended: {
        fn: (info, span: WorkflowSpan) => {
          const startTime = millisToHrTime(span.startMs);
          const endTime = millisToHrTime(span.endMs);
          const readable: ReadableSpan = {
            name: span.name,
            kind: SpanKind.INTERNAL,
            spanContext: () => ({ traceId: span.traceId, spanId: span.spanId, traceFlags: parseInt(span.flags, 16) }),
            parentSpanId: span.parentSpanId,
            startTime,
            endTime,
            duration: hrTimeDuration(startTime, endTime),
            status: { code: span.failed ? SpanStatusCode.ERROR : SpanStatusCode.UNSET },
            // Ids only: the workflow's memo and search attributes stay out of the traces.
            attributes: { 'temporal.workflow.type': info.workflowType, 'temporal.workflow.id': info.workflowId, 'temporal.run.id': info.runId },
            links: [],
            events: [],
            ended: true,
            resource,
            instrumentationLibrary: { name: 'claims-backoffice-workflows' },
            droppedAttributesCount: 0,
            droppedEventsCount: 0,
            droppedLinksCount: 0,
          };
          spanProcessor.onEnd(readable);
        },
      },
    },
  };
}
