import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { LiabilityOrder, MotorFaultFile, PolicyJoker, RepairOrder, TowingOrderInput } from '../../../contract/motor-fault';
import { api } from './client';
import { useClaimRefresh } from './claims';
import { useKeyedMutation } from './submission';

export type { LiabilityOrder, MotorFaultFile, PolicyJoker, RepairOrder, TowingOrderInput } from '../../../contract/motor-fault';
export { aggravatingCircumstances, liabilityKinds } from '../../../domain/rules/motor-fault';

/** A motor claim's liability and what it decided, its towing and its repair; a motor policy's Joker. */
export const motorFaultKeys = {
  claim: (claimId: string) => ['backoffice-motor-fault', claimId] as const,
  policyJoker: (organisationId: string, policyId: string) => ['policy-joker', organisationId, policyId] as const,
};

const motorFaultOf = (claimId: string) => `/backoffice/claims/${claimId}/motor-fault`;

export const useMotorFault = (claimId: string) =>
  useQuery({ queryKey: motorFaultKeys.claim(claimId), queryFn: () => api.get<MotorFaultFile>(motorFaultOf(claimId)) });

export const usePolicyJoker = (organisationId: string, policyId: string) =>
  useQuery({ queryKey: motorFaultKeys.policyJoker(organisationId, policyId), queryFn: () => api.get<PolicyJoker>(`/organisations/${organisationId}/policies/${policyId}/joker`) });

const calls = (claimId: string) => ({
  liability: (body: LiabilityOrder, idempotencyKey: string) => api.post<MotorFaultFile>(`${motorFaultOf(claimId)}/liability`, body, { idempotencyKey }),
  towing: (body: TowingOrderInput, idempotencyKey: string) => api.post<MotorFaultFile>(`${motorFaultOf(claimId)}/towing`, body, { idempotencyKey }),
  repair: (body: RepairOrder, idempotencyKey: string) => api.post<MotorFaultFile>(`${motorFaultOf(claimId)}/repair`, body, { idempotencyKey }),
});

/** One motor action with the submission's Idempotency-Key; the answer is the motor file as it is now, and the claim file is read again. */
export function useMotorFaultAction<K extends keyof ReturnType<typeof calls>>(claimId: string, kind: K) {
  const queryClient = useQueryClient();
  const refresh = useClaimRefresh(claimId);
  return useKeyedMutation(calls(claimId)[kind] as (body: Parameters<ReturnType<typeof calls>[K]>[0], key: string) => Promise<MotorFaultFile>, {
    onSuccess: (file) => {
      queryClient.setQueryData(motorFaultKeys.claim(claimId), file);
      return refresh();
    },
  });
}
