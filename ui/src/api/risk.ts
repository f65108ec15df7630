import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CloseRequest } from '../../../contract/claims';
import type { Page } from '../../../contract/common';
import type { ClaimRisk, InvestigationClosing, LitigationOrder, ReferralOrder, ReferredClaim } from '../../../contract/risk';
import { claimKeys, useClaimRefresh } from './claims';
import { api, queryString } from './client';
import { useKeyedMutation } from './submission';

export type { ClaimRisk, LinkedClaim, ReferredClaim } from '../../../contract/risk';
export { investigationClosing, litigationOrder, referralOrder, referralStates } from '../../../contract/risk';
export { investigationOutcomes } from '../../../domain/claim/risk';

/** A claim's risk (fraud indicators, duplicates, the SIU, litigation) and the SIU's work list; keys defined once. */
export const riskKeys = {
  claim: (claimId: string) => ['backoffice-risk', claimId] as const,
  investigations: ['backoffice-investigations'] as const,
};

const riskOf = (claimId: string) => `/backoffice/claims/${claimId}/risk`;

/** The reasons are worded in the reader's language: in another language the risk is read again. */
export function useClaimRisk(claimId: string) {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: [...riskKeys.claim(claimId), i18n.language], queryFn: () => api.get<ClaimRisk>(riskOf(claimId)) });
}

export const useInvestigations = (query: { state: string; page: number; pageSize: number }) =>
  useQuery({
    queryKey: [...riskKeys.investigations, query], placeholderData: keepPreviousData,
    queryFn: () => api.get<Page<ReferredClaim>>(`/backoffice/investigations${queryString(query)}`),
  });

/** Each action with the submission's Idempotency-Key; afterwards the risk, the file (its flags) and the lists are read again. */
export function useRiskAction<B>(claimId: string, call: (body: B, idempotencyKey: string) => Promise<unknown>) {
  const queryClient = useQueryClient();
  const refresh = useClaimRefresh(claimId);
  return useKeyedMutation(call, {
    onSuccess: () => Promise.all([
      refresh(),
      queryClient.invalidateQueries({ queryKey: riskKeys.claim(claimId) }),
      queryClient.invalidateQueries({ queryKey: riskKeys.investigations }),
      queryClient.invalidateQueries({ queryKey: claimKeys.queue }),
    ]),
  });
}

export const riskActions = (claimId: string) => {
  const claim = `/backoffice/claims/${claimId}`;
  return {
    refer: (body: ReferralOrder, idempotencyKey: string) => api.post<ClaimRisk>(`${claim}/investigation`, body, { idempotencyKey }),
    closeInvestigation: (body: InvestigationClosing, idempotencyKey: string) => api.post<ClaimRisk>(`${claim}/investigation/close`, body, { idempotencyKey }),
    setLitigation: (body: LitigationOrder, idempotencyKey: string) => api.post<ClaimRisk>(`${claim}/litigation`, body, { idempotencyKey }),
    closeAsDuplicate: (body: Required<Pick<CloseRequest, 'duplicateOf' | 'reason'>>, idempotencyKey: string) =>
      api.post(`${claim}/close`, { outcome: 'duplicate', ...body }, { idempotencyKey }),
  };
};
