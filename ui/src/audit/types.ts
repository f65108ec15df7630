/** What the audit API answers, as far as these screens use it. */
export const workflowStatuses = ['running', 'completed', 'failed', 'terminated', 'canceled', 'timed_out', 'continued_as_new'] as const;
export const workflowTypes = ['declarationWorkflow', 'claimDeadlinesWorkflow', 'claimMessageWorkflow', 'paymentApprovalWorkflow', 'paymentScheduleWorkflow', 'hospitalisationChangeWorkflow'] as const;

export interface WorkflowFound {
  workflowId: string;
  runId: string;
  type: string;
  status: string;
  startTime: string;
  closeTime: string | null;
  organisationId: string | null;
  temporalWebUiUrl: string;
}

export interface TimelineEntry {
  eventId: number;
  at: string;
  kind: string;
  summary: string;
  actor: { userId: string | null; name: string; role: string } | null;
  details: Record<string, unknown>;
  raw: unknown;
}

export interface Timeline { workflowId: string; entries: TimelineEntry[] }
export interface ReplayVerdict { workflowId: string; deterministic: boolean; error: string | null }
