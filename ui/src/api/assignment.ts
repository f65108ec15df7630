import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssignmentDryRun, AssignmentRule, AssignmentRuleOrder, BulkMessageOrder, BulkReassignOrder, BulkResult,
} from '../../../contract/assignment';
import { api } from './client';
import { useKeyedMutation } from './submission';

export type { AssignmentDryRun, AssignmentRule, AssignmentRuleOrder, BulkResult } from '../../../contract/assignment';
export { assignmentRuleOrder, customerLanguages, MAX_BULK_CLAIMS } from '../../../contract/assignment';

/** The assignment rules (senior handlers) and bulk work on a selection of claims. */
export const assignmentKeys = {
  rules: ['assignment-rules'] as const,
  catastrophes: ['assignment-catastrophes'] as const,
};

const rulesPath = '/backoffice/assignment-rules';

export const useAssignmentRules = () => useQuery({ queryKey: assignmentKeys.rules, queryFn: () => api.get<AssignmentRule[]>(rulesPath) });

/** The declared catastrophe events a rule may name (none where there are none). */
export const useCatastropheChoices = () =>
  useQuery({ queryKey: assignmentKeys.catastrophes, queryFn: () => api.get<{ id: string; name: string }[]>('/backoffice/catastrophes') });

export const saveRule = (id: string | null, order: AssignmentRuleOrder) =>
  (id ? api.put<AssignmentRule>(`${rulesPath}/${id}`, order) : api.post<AssignmentRule>(rulesPath, order));
export const removeRule = (id: string) => api.delete<AssignmentRule>(`${rulesPath}/${id}`);
export const dryRun = (claimId: string) => api.post<AssignmentDryRun>(`${rulesPath}/dry-run`, { claimId });

/** Refreshes the rules after a change. */
export function useRulesRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: assignmentKeys.rules });
}

/** Bulk commands carry one Idempotency-Key per submission: sent again after an unknown outcome, no claim is changed twice. */
export const useBulkReassign = () =>
  useKeyedMutation((order: BulkReassignOrder, idempotencyKey: string) => api.post<BulkResult>('/backoffice/claims/bulk/reassign', order, { idempotencyKey }));
export const useBulkMessage = () =>
  useKeyedMutation((order: BulkMessageOrder, idempotencyKey: string) => api.post<BulkResult>('/backoffice/claims/bulk/message', order, { idempotencyKey }));
