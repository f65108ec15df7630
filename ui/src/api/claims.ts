import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ClaimDetail, ClaimFile, ClaimSummary, QueueItem, StaffMember } from '../../../contract/claims';
import type { Page } from '../../../contract/common';
import type { DecisionRequest } from '../../../contract/claims';
import { api, queryString } from './client';
import { moneyKeys } from './money';

export type { ClaimDetail, ClaimFile, ClaimSummary, Deadline, Letter, QueueItem, StaffMember } from '../../../contract/claims';
export type { ClaimAction, Decision } from '../../../contract/declarations';
export { queueStatuses } from '../../../contract/claims';
export { decisionKinds } from '../../../contract/declarations';

type ListQuery = Record<string, string | number | undefined>;

export const claimKeys = {
  list: (organisationId: string, query: ListQuery) => ['claims', organisationId, query] as const,
  detail: (organisationId: string, claimId: string) => ['claim', organisationId, claimId] as const,
  queue: ['backoffice-queue'] as const,
  file: (claimId: string) => ['backoffice-claim', claimId] as const,
  handlers: ['backoffice-handlers'] as const,
};

const claimsOf = (organisationId: string) => `/organisations/${organisationId}/claims`;

/** Mijn schadegevallen: filtered, sorted and paged by the API. */
export const useClaims = (organisationId: string, query: ListQuery) =>
  useQuery({
    queryKey: claimKeys.list(organisationId, query),
    queryFn: () => api.get<Page<ClaimSummary>>(`${claimsOf(organisationId)}${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
export const claimsCsvUrl = (organisationId: string, query: ListQuery) => `/api${claimsOf(organisationId)}${queryString(query)}`;

export const useClaim = (organisationId: string, claimId: string) =>
  useQuery({ queryKey: claimKeys.detail(organisationId, claimId), queryFn: () => api.get<ClaimDetail>(`${claimsOf(organisationId)}/${claimId}`) });

/** The back office's work queue. */
export const useWorkQueue = (query: ListQuery) =>
  useQuery({ queryKey: [...claimKeys.queue, query], queryFn: () => api.get<Page<QueueItem>>(`/backoffice/claims${queryString(query)}`), placeholderData: keepPreviousData });

export function useClaimFile(claimId: string) {
  // The assessment's sentences come in the reader's language: in another language the file is read again.
  const { i18n } = useTranslation();
  return useQuery({ queryKey: [...claimKeys.file(claimId), i18n.language], queryFn: () => api.get<ClaimFile>(`/backoffice/claims/${claimId}`) });
}

/** The claims handlers a claim can be assigned to. */
export const useHandlers = () => useQuery({ queryKey: claimKeys.handlers, queryFn: () => api.get<StaffMember[]>('/backoffice/handlers') });

/** Reads the claim file (with its money) and the queue again, e.g. after an action or a moment after a signal. */
export function useClaimRefresh(claimId: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: claimKeys.file(claimId) }),
    queryClient.invalidateQueries({ queryKey: moneyKeys.claim(claimId) }),
    queryClient.invalidateQueries({ queryKey: claimKeys.queue }),
  ]);
}

/** An action on the claim: an explicit endpoint; afterwards the file (and the queue) are read again. */
export function useClaimAction<B, R = unknown>(claimId: string, call: (body: B) => Promise<R>) {
  const refresh = useClaimRefresh(claimId);
  return useMutation({ mutationFn: call, onSuccess: () => refresh() });
}

/** What the handler does with a claim, each on its own endpoint. */
export const claimActions = (claimId: string) => ({
  startHandling: () => api.post<ClaimFile>(`/backoffice/declarations/${claimId}/start-handling`, {}),
  decide: (body: DecisionRequest) => api.post<ClaimFile>(`/backoffice/declarations/${claimId}/decision`, body),
  close: () => api.post(`/backoffice/claims/${claimId}/close`, {}),
  assign: (handlerId: string) => api.post(`/backoffice/claims/${claimId}/assign`, { handlerId }),
  recordDeadlineEvent: (path: string, body: Record<string, string>) => api.post(`/backoffice/claims/${claimId}/deadlines/${path}`, body),
});
