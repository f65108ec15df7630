import type { Client, HistoryAndWorkflowId, WorkflowExecutionInfo } from '@temporalio/client';
import { z } from 'zod';
import { OrganisationId } from '../../workflows/search-attributes';

/** Finding workflows through Temporal's visibility store, by the search attributes every workflow carries. */

export const workflowStatuses = ['running', 'completed', 'failed', 'terminated', 'canceled', 'timed_out', 'continued_as_new'] as const;
export type WorkflowStatus = (typeof workflowStatuses)[number];

const visibilityStatus: Record<WorkflowStatus, string> = {
  running: 'Running', completed: 'Completed', failed: 'Failed', terminated: 'Terminated',
  canceled: 'Canceled', timed_out: 'TimedOut', continued_as_new: 'ContinuedAsNew',
};

/** A workflow type is data (other teams add types), but only a plain identifier reaches the query. */
export const workflowType = z.string().max(100).regex(/^[A-Za-z][A-Za-z0-9_]{0,99}$/, 'api.field.workflowType');

export interface WorkflowSearch {
  type?: string;
  status?: WorkflowStatus;
  organisationId?: string;
  /** ISO 8601 instants: the workflow started at or after `from`, at or before `to`. */
  from?: string;
  to?: string;
}

const quoted = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The visibility query (Temporal's SQL-like list filter) for a search; empty finds everything. */
export function visibilityQuery(search: WorkflowSearch, closedOnly = false): string {
  const conditions: string[] = [];
  if (search.type) conditions.push(`WorkflowType = ${quoted(search.type)}`);
  if (search.status) conditions.push(`ExecutionStatus = ${quoted(visibilityStatus[search.status])}`);
  if (closedOnly) conditions.push(`ExecutionStatus != 'Running'`);
  if (search.organisationId) conditions.push(`${OrganisationId.name} = ${quoted(search.organisationId)}`);
  if (search.from) conditions.push(`StartTime >= ${quoted(search.from)}`);
  if (search.to) conditions.push(`StartTime <= ${quoted(search.to)}`);
  return conditions.join(' AND ');
}

export const statusOf = (info: WorkflowExecutionInfo): WorkflowStatus | 'unknown' => {
  const name = info.status.name === 'CANCELLED' ? 'canceled' : info.status.name.toLowerCase();
  return (workflowStatuses as readonly string[]).includes(name) ? (name as WorkflowStatus) : 'unknown';
};

/** Up to `limit` workflows of a listing, after skipping `skip`; listing pages as large as needed. */
export async function listWorkflows(client: Client, query: string, skip: number, limit: number): Promise<WorkflowExecutionInfo[]> {
  const found: WorkflowExecutionInfo[] = [];
  let seen = 0;
  for await (const info of client.workflow.list({ query, pageSize: Math.min(1000, skip + limit) })) {
    if (seen++ < skip) continue;
    found.push(info);
    if (found.length === limit) break;
  }
  return found;
}

/**
 * The histories of the given workflows, fetched one after the other as the replay asks for them (so a
 * thousand histories never sit in memory at once). A history that cannot be fetched is reported, not fatal.
 */
export async function* historiesOf(
  client: Client, workflows: { workflowId: string; runId: string }[], unavailable: (workflowId: string, error: string) => void,
): AsyncIterable<HistoryAndWorkflowId> {
  for (const { workflowId, runId } of workflows) {
    try {
      yield { workflowId, history: await client.workflow.getHandle(workflowId, runId).fetchHistory() };
    } catch (error) {
      unavailable(workflowId, error instanceof Error ? error.message : String(error));
    }
  }
}
