/**
 * Workflow interceptors (not a workflow; the worker loads them with `workflowModules`): the request id a start,
 * update or signal arrived with is the id of everything it causes: the workflow's log lines, the activities it
 * schedules, the processes it signals or starts. No command, timer or yield of its own: recorded histories
 * replay unchanged with or without it.
 */
import { AsyncLocalStorage, type WorkflowInboundCallsInterceptor, type WorkflowInterceptorsFactory, type WorkflowOutboundCallsInterceptor } from '@temporalio/workflow';
import { requestIdOf, withRequestId } from '../runtime/observability/request-id-header';

const requestIds = new AsyncLocalStorage<string>();

const within = <T>(requestId: string | undefined, run: () => T): T => (requestId ? requestIds.run(requestId, run) : run());

const inbound: WorkflowInboundCallsInterceptor = {
  execute: (input, next) => within(requestIdOf(input.headers), () => next(input)),
  handleUpdate: (input, next) => within(requestIdOf(input.headers), () => next(input)),
  handleSignal: (input, next) => within(requestIdOf(input.headers), () => next(input)),
};

const outbound: WorkflowOutboundCallsInterceptor = {
  scheduleActivity: (input, next) => next({ ...input, headers: withRequestId(input.headers, requestIds.getStore()) }),
  scheduleLocalActivity: (input, next) => next({ ...input, headers: withRequestId(input.headers, requestIds.getStore()) }),
  startChildWorkflowExecution: (input, next) => next({ ...input, headers: withRequestId(input.headers, requestIds.getStore()) }),
  signalWorkflow: (input, next) => next({ ...input, headers: withRequestId(input.headers, requestIds.getStore()) }),
  getLogAttributes: (input, next) => {
    const requestId = requestIds.getStore();
    return next(requestId ? { requestId, ...input } : input);
  },
};

export const interceptors: WorkflowInterceptorsFactory = () => ({ inbound: [inbound], outbound: [outbound] });
