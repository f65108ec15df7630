import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ClaimFile } from './types';

export const claimFileKey = (claimId: string) => ['backoffice-claim', claimId];

export function useClaimFile(claimId: string) {
  // The assessment's sentences come in the reader's language: in another language the file is read again.
  const { i18n } = useTranslation();
  return useQuery({ queryKey: [...claimFileKey(claimId), i18n.language], queryFn: () => api.get<ClaimFile>(`/backoffice/claims/${claimId}`) });
}

/** An action on the claim: an explicit endpoint; afterwards the file (and the queue) are read again. */
export function useClaimAction<B>(claimId: string, call: (body: B) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: claimFileKey(claimId) }),
      queryClient.invalidateQueries({ queryKey: ['backoffice-money', claimId] }),
      queryClient.invalidateQueries({ queryKey: ['backoffice-queue'] }),
    ]),
  });
}
