import { useQuery } from '@tanstack/react-query';
import type { DiaryClosingOrder, DiaryItem, DiaryItemOrder, MyWork } from '../../../contract/diary';
import { api } from './client';

export type { DiaryItem, MyWork } from '../../../contract/diary';
export { diaryItemOrder } from '../../../contract/diary';

/** The claims' diaries and My work; keys defined once. */
export const diaryKeys = {
  claim: (claimId: string) => ['backoffice-diary', claimId] as const,
  myWork: ['backoffice-my-work'] as const,
};

const diaryOf = (claimId: string) => `/backoffice/claims/${claimId}/diary`;

export const useDiary = (claimId: string) => useQuery({ queryKey: diaryKeys.claim(claimId), queryFn: () => api.get<DiaryItem[]>(diaryOf(claimId)) });

/** My work, read again every 5 minutes (each read is in the audit log): the menu's counts follow the day. */
export const useMyWork = (enabled = true) =>
  useQuery({ queryKey: diaryKeys.myWork, queryFn: () => api.get<MyWork>('/backoffice/my-work'), enabled, staleTime: 60_000, refetchInterval: 300_000 });

/** Plans an item with the submission's Idempotency-Key: sent again after an unknown outcome, it is planned once. */
export const planDiaryItem = (claimId: string) => (body: DiaryItemOrder, idempotencyKey: string) =>
  api.post<DiaryItem>(diaryOf(claimId), body, { idempotencyKey });

/** Completes or cancels an item, with its note. */
export const closeDiaryItem = (action: 'complete' | 'cancel') => ({ itemId, ...body }: DiaryClosingOrder & { itemId: string }, idempotencyKey: string) =>
  api.post<DiaryItem>(`/backoffice/diary/${itemId}/${action}`, body, { idempotencyKey });
