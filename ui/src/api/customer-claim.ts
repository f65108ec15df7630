import { useQueryClient } from '@tanstack/react-query';
import type { WaitingItem } from '../../../contract/customer-claim';
import { claimKeys } from './claims';
import { upload } from './client';

export type { CustomerPayment, WaitingItem } from '../../../contract/customer-claim';
export { progressSteps } from '../../../contract/customer-claim';

/** Adds documents the insurer waits for to the customer's claim, then reads the claim again (its list of what is awaited changed). */
export function useAddClaimDocuments(organisationId: string, claimId: string) {
  const queryClient = useQueryClient();
  return async (form: FormData, onProgress: (share: number) => void) => {
    const answer = await upload<{ waitingFor: WaitingItem[] }>(`/organisations/${organisationId}/claims/${claimId}/documents`, form, onProgress);
    await queryClient.invalidateQueries({ queryKey: claimKeys.detail(organisationId, claimId) });
    return answer;
  };
}
