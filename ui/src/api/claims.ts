import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ClaimDetail, ClaimFile, ClaimSummary, QueueItem, StaffMember } from '../../../contract/claims';
import type { Page } from '../../../contract/common';
import type { CloseRequest, DecisionRequest } from '../../../contract/claims';
import type { Reasoned } from '../../../contract/common';
import { api, queryString } from './client';
import { moneyKeys } from './money';
import { recoveryKeys } from './recoveries';
import { useKeyedMutation } from './submission';

export type { ClaimDetail, ClaimFile, ClaimSummary, CloseRequest, Deadline, Letter, QueueItem, StaffMember } from '../../../contract/claims';
export type { ClaimAction, Decision } from '../../../contract/declarations';
export { closeRequest, coverageStatuses, queueStatuses } from '../../../contract/claims';
export { closeOutcomes } from '../../../domain/claim/state';
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
    queryClient.invalidateQueries({ queryKey: recoveryKeys.claim(claimId) }),
    queryClient.invalidateQueries({ queryKey: claimKeys.queue }),
  ]);
}

/**
 * An action on the claim: an explicit endpoint, sent with the submission's Idempotency-Key (a retry is applied
 * once); afterwards the file, its money and the queue are read again.
 */
export function useClaimAction<B, R = unknown>(claimId: string, call: (body: B, idempotencyKey: string) => Promise<R>) {
  const refresh = useClaimRefresh(claimId);
  return useKeyedMutation(call, { onSuccess: () => refresh() });
}

/** What the handler does with a claim, each on its own endpoint. */
export const claimActions = (claimId: string) => {
  const claim = `/backoffice/claims/${claimId}`;
  return {
    startHandling: (_body?: unknown, idempotencyKey?: string) => api.post<ClaimFile>(`/backoffice/declarations/${claimId}/start-handling`, {}, { idempotencyKey }),
    decide: (body: DecisionRequest, idempotencyKey?: string) => api.post<ClaimFile>(`/backoffice/declarations/${claimId}/decision`, body, { idempotencyKey }),
    close: (body: CloseRequest, idempotencyKey?: string) => api.post(`${claim}/close`, body, { idempotencyKey }),
    reopen: (body: Reasoned, idempotencyKey?: string) => api.post(`${claim}/reopen`, body, { idempotencyKey }),
    /** A senior handler confirms the cover that could not be verified at opening. */
    confirmCover: (body: Reasoned, idempotencyKey?: string) => api.post(`${claim}/cover`, body, { idempotencyKey }),
    assign: (handlerId: string, idempotencyKey?: string) => api.post(`${claim}/assign`, { handlerId }, { idempotencyKey }),
    recordDeadlineEvent: (path: string, body: Record<string, string>) => api.post(`${claim}/deadlines/${path}`, body),
  };
};
