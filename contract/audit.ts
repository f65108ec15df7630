import { z } from 'zod';
import { actor, moment, pageOf } from './common';

export const workflowStatuses = ['running', 'completed', 'failed', 'terminated', 'canceled', 'timed_out', 'continued_as_new'] as const;
export const workflowTypes = [
  'declarationWorkflow', 'claimDeadlinesWorkflow', 'claimMessageWorkflow', 'paymentApprovalWorkflow', 'paymentScheduleWorkflow', 'hospitalisationChangeWorkflow',
  'claimWorkflow', 'paymentBatchWorkflow', 'bankStatementWorkflow',
] as const;

/** A workflow found by the auditor's search (Temporal visibility), with its link in the Temporal Web UI. */
export const workflowFound = z.object({
  workflowId: z.string(),
  runId: z.string(),
  type: z.string(),
  status: z.string().describe(`One of ${workflowStatuses.join(', ')}, or unknown`),
  startTime: moment,
  closeTime: moment.nullable(),
  organisationId: z.string().nullable(),
  temporalWebUiUrl: z.string(),
});
export type WorkflowFound = z.infer<typeof workflowFound>;
export const workflowPage = pageOf(workflowFound);

/** One event of the history as a sentence in the reader's language, with the raw event behind it. */
export const timelineEntry = z.object({
  eventId: z.number().int(),
  at: moment,
  kind: z.string(),
  summary: z.string(),
  actor: actor.nullable(),
  details: z.record(z.string(), z.unknown()),
  raw: z.unknown(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;
export const timeline = z.object({ workflowId: z.string(), entries: z.array(timelineEntry) });
export type Timeline = z.infer<typeof timeline>;

export const replayVerdict = z.object({ workflowId: z.string(), deterministic: z.boolean(), error: z.string().nullable() });
export type ReplayVerdict = z.infer<typeof replayVerdict>;
const failedReplay = z.object({ workflowId: z.string(), error: z.string() });
export const bulkReplay = z.object({
  type: z.string().nullable(),
  total: z.number().int(),
  deterministic: z.number().int(),
  nondeterministic: z.array(failedReplay),
  failed: z.array(failedReplay),
  limit: z.number().int(),
  truncated: z.boolean(),
});

/** An entry of the audit log: who did what to which subject. */
export const auditEntry = z.object({
  id: z.number().int(),
  at: moment,
  actor: z.object({ id: z.string().nullable(), name: z.string() }),
  action: z.string(),
  subject: z.object({ type: z.string(), id: z.string() }),
  organisationId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export const auditLogPage = pageOf(auditEntry);
export const claimReaders = auditLogPage.extend({
  declarationId: z.string(),
  readers: z.array(z.object({ actor: z.object({ id: z.string().nullable(), name: z.string() }), reads: z.number().int(), firstAt: moment, lastAt: moment })),
});
