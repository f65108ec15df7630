import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackofficeChange, InsuredPerson, RegisterChange, RoleGrant } from '../../../contract/hospitalisation';
import type { ChangeKind } from '../../../domain/hospitalisation';
import { api } from './client';
import { useMe } from './session';

export type { BackofficeChange, InsuredPerson, RegisterChange, RoleGrant } from '../../../contract/hospitalisation';

export const hospitalisationKeys = {
  of: (base: string | null) => ['hospitalisation', base] as const,
  roles: (base: string | null) => ['hospitalisation', base, 'roles'] as const,
  persons: (base: string | null) => ['hospitalisation', base, 'insured-persons'] as const,
  changes: (base: string | null) => ['hospitalisation', base, 'changes'] as const,
  backoffice: (status: string | null) => ['backoffice-hospitalisation-changes', status] as const,
};

/** Where the active organisation's group hospitalisation lives in the API (without the /api prefix). */
export function useHospitalisationBase(): string | null {
  const organisationId = useMe().data?.activeOrganisationId;
  return organisationId ? `/organisations/${organisationId}/hospitalisation` : null;
}

/** The user's roles in the active organisation's register: none means the module is not theirs. */
export function useHospitalisationRoles() {
  const base = useHospitalisationBase();
  return useQuery({ queryKey: hospitalisationKeys.roles(base), queryFn: () => api.get<RoleGrant[]>(`${base}/roles`), enabled: base !== null, staleTime: Infinity });
}

export function useInsuredPersons() {
  const base = useHospitalisationBase();
  return useQuery({ queryKey: hospitalisationKeys.persons(base), queryFn: () => api.get<InsuredPerson[]>(`${base}/insured-persons`), enabled: base !== null });
}

export function useRegisterChanges() {
  const base = useHospitalisationBase();
  return useQuery({ queryKey: hospitalisationKeys.changes(base), queryFn: () => api.get<RegisterChange[]>(`${base}/changes`), enabled: base !== null });
}

/** Reads the list of changes again. */
export function useChangesRefresh() {
  const base = useHospitalisationBase();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: hospitalisationKeys.changes(base) });
}

type ChangeBody = { data: Record<string, unknown>; effectiveDate: string | null };
/** A change's steps: the first save starts its workflow, later saves carry the version they change. */
export const changeActions = (base: string) => ({
  save: (change: RegisterChange | null, kind: ChangeKind, body: ChangeBody) => (change
    ? api.put<RegisterChange>(`${base}/changes/${change.id}/draft`, { ...body, version: change.version })
    : api.post<RegisterChange>(`${base}/changes`, { kind, ...body })),
  finish: (change: RegisterChange, action: 'submit' | 'withdraw') => api.post<RegisterChange>(`${base}/changes/${change.id}/${action}`, {}),
});

export function useWithdrawChange() {
  const base = useHospitalisationBase()!;
  const refresh = useChangesRefresh();
  return useMutation({ mutationFn: (change: RegisterChange) => changeActions(base).finish(change, 'withdraw'), onSuccess: refresh });
}

/** The back office's inbox of register changes, by status. */
export const useBackofficeChanges = (status: string) =>
  useQuery({ queryKey: hospitalisationKeys.backoffice(status), queryFn: () => api.get<BackofficeChange[]>(`/backoffice/hospitalisation-changes?status=${status}`) });

export type Verdict = 'approve' | 'reject';
/** The back office approves or rejects (with a reason); the inbox is read again. */
export function useDecideChange(onDecided: (change: BackofficeChange, verdict: Verdict) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ change, verdict, reason }: { change: BackofficeChange; verdict: Verdict; reason: string }) =>
      api.post<RegisterChange>(`/backoffice/hospitalisation-changes/${change.id}/${verdict}`, verdict === 'reject' ? { reason } : {}),
    onSuccess: (_decided, { change, verdict }) => {
      onDecided(change, verdict);
      return queryClient.invalidateQueries({ queryKey: hospitalisationKeys.backoffice(null).slice(0, 1) });
    },
  });
}
