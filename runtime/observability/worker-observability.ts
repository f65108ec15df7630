import type { ActivityInterceptorsFactory, WorkerOptions } from '@temporalio/worker';
import { OpenTelemetryActivityInboundInterceptor, OpenTelemetryActivityOutboundInterceptor } from '@temporalio/interceptors-opentelemetry';
import { withRequestContext } from './request-context';
import { requestIdOf } from './request-id-header';
import type { Tracing } from './tracing';
import { workflowSpanSinks } from './workflow-spans';

/** An activity runs under the request id its workflow gave it: in its log lines, and in what its own Temporal client sends. */
const requestIdOfActivity: ActivityInterceptorsFactory = () => {
  let requestId: string | undefined;
  return {
    inbound: {
      execute: (input, next) => {
        requestId = requestIdOf(input.headers);
        return withRequestContext(requestId, () => next(input));
      },
    },
    outbound: { getLogAttributes: (input, next) => next(requestId ? { requestId, ...input } : input) },
  };
};

/** Spans of each activity run, children of the workflow span that scheduled it (Temporal's OpenTelemetry interceptors). */
const tracedActivity: ActivityInterceptorsFactory = (ctx) => ({
  inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
  outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
});

/**
 * The worker's activity interceptors and sinks: the request id always (it changes no workflow command); spans only
 * when tracing is on, the activities' by Temporal's OpenTelemetry interceptors, the workflows' made in the sandbox by
 * our own replay-safe interceptors (bundled with the workflows, runtime/workflow-bundle.ts) and leaving it through a sink.
 */
export function workerObservability(tracing: Tracing | null): { activity: ActivityInterceptorsFactory[]; sinks?: WorkerOptions['sinks'] } {
  if (!tracing) return { activity: [requestIdOfActivity] };
  return { activity: [requestIdOfActivity, tracedActivity], sinks: workflowSpanSinks(tracing) };
}
