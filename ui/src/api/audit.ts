import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ReplayVerdict, Timeline, WorkflowFound } from '../../../contract/audit';
import type { Page } from '../../../contract/common';
import { api, queryString } from './client';

export type { ReplayVerdict, Timeline, TimelineEntry, WorkflowFound } from '../../../contract/audit';
export { workflowStatuses, workflowTypes } from '../../../contract/audit';

export const auditKeys = {
  workflows: (query: Record<string, string | number | undefined>) => ['audit-workflows', query] as const,
  timeline: (workflowId: string) => ['audit-timeline', workflowId] as const,
};

const workflowPath = (workflowId: string) => `/audit/workflows/${encodeURIComponent(workflowId)}`;

/** The auditor's search: the API keeps visibility's order, so no sort. */
export const useWorkflows = (query: Record<string, string | number | undefined>) =>
  useQuery({ queryKey: auditKeys.workflows(query), queryFn: () => api.get<Page<WorkflowFound>>(`/audit/workflows${queryString(query)}`), placeholderData: keepPreviousData });

export const useTimeline = (workflowId: string) =>
  useQuery({ queryKey: auditKeys.timeline(workflowId), queryFn: () => api.get<Timeline>(`${workflowPath(workflowId)}/timeline`) });
export const timelineDownloadUrl = (workflowId: string) => `/api${workflowPath(workflowId)}/timeline?format=json`;

/** Replays the workflow's history against the code the API runs now. */
export const useReplay = (workflowId: string) => useMutation({ mutationFn: () => api.post<ReplayVerdict>(`${workflowPath(workflowId)}/replay`) });
