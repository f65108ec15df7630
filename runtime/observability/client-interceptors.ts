import type { ClientInterceptors, Next, WorkflowClientInterceptor } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import { currentRequestId } from './request-context';
import { withRequestId } from './request-id-header';

/** Puts the current request id into the headers of every start, update, signal and query the client sends. */
class RequestIdClientInterceptor implements WorkflowClientInterceptor {
  start: WorkflowClientInterceptor['start'] = (input, next: Next<WorkflowClientInterceptor, 'start'>) =>
    next({ ...input, headers: withRequestId(input.headers, currentRequestId()) });

  startWithDetails: WorkflowClientInterceptor['startWithDetails'] = (input, next: Next<WorkflowClientInterceptor, 'startWithDetails'>) =>
    next({ ...input, headers: withRequestId(input.headers, currentRequestId()) });

  signal: WorkflowClientInterceptor['signal'] = (input, next: Next<WorkflowClientInterceptor, 'signal'>) =>
    next({ ...input, headers: withRequestId(input.headers, currentRequestId()) });

  signalWithStart: WorkflowClientInterceptor['signalWithStart'] = (input, next: Next<WorkflowClientInterceptor, 'signalWithStart'>) =>
    next({ ...input, headers: withRequestId(input.headers, currentRequestId()) });

  startUpdate: WorkflowClientInterceptor['startUpdate'] = (input, next: Next<WorkflowClientInterceptor, 'startUpdate'>) =>
    next({ ...input, headers: withRequestId(input.headers, currentRequestId()) });

  startUpdateWithStart: WorkflowClientInterceptor['startUpdateWithStart'] = (input, next: Next<WorkflowClientInterceptor, 'startUpdateWithStart'>) => {
    const requestId = currentRequestId();
    return next({ ...input, workflowStartHeaders: withRequestId(input.workflowStartHeaders, requestId), updateHeaders: withRequestId(input.updateHeaders, requestId) });
  };

  query: WorkflowClientInterceptor['query'] = (input, next: Next<WorkflowClientInterceptor, 'query'>) =>
    next({ ...input, headers: withRequestId(input.headers, currentRequestId()) });
}

/** The interceptors of every Temporal client (the API's, the worker's): the request id always, OpenTelemetry when tracing is on. */
export function clientInterceptors(tracing: boolean): ClientInterceptors {
  return { workflow: [new RequestIdClientInterceptor(), ...(tracing ? [new OpenTelemetryWorkflowClientInterceptor()] : [])] };
}
