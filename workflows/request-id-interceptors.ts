/**
 * Workflow interceptors (not a workflow; the worker loads them with `workflowModules`): the request id a start,
 * update or signal arrived with is the id of everything it causes: the workflow's log lines, the activities it
 * schedules, the processes it signals or starts. No command, timer or yield of its own: recorded histories
 * replay unchanged with or without it.
 */
import { AsyncLocalStorage, type WorkflowInboundCallsInterceptor, type WorkflowInterceptorsFactory, type WorkflowInternalsInterceptor, type WorkflowOutboundCallsInterceptor } from '@temporalio/workflow';
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
};

/**
 * The SDK logs a workflow's start, completion and failure outside the `execute` interceptor, so outside its request's
 * context: those lines carry the id of the request that started the execution, read from its first activation.
 * Per execution: the factory runs once for each.
 */
export const interceptors: WorkflowInterceptorsFactory = () => {
  let startedBy: string | undefined;
  const internals: WorkflowInternalsInterceptor = {
    activate: (input, next) => {
      const start = input.activation.jobs?.find((job) => job.initializeWorkflow)?.initializeWorkflow;
      if (start) startedBy = requestIdOf(start.headers ?? {});
      return next(input);
    },
  };
  const logAttributes: WorkflowOutboundCallsInterceptor = {
    getLogAttributes: (input, next) => {
      const requestId = requestIds.getStore() ?? startedBy;
      return next(requestId ? { requestId, ...input } : input);
    },
  };
  return { inbound: [inbound], outbound: [outbound, logAttributes], internals: [internals] };
};
