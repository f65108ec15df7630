import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useMe } from '../session/session';
import type { InsuredPerson, RegisterChange, RoleGrant } from './types';

/** Where the active organisation's group hospitalisation lives in the API (without the /api prefix). */
export function useHospitalisationBase(): string | null {
  const organisationId = useMe().data?.activeOrganisationId;
  return organisationId ? `/organisations/${organisationId}/hospitalisation` : null;
}

/** The user's roles in the active organisation's register: none means the module is not theirs. */
export function useHospitalisationRoles() {
  const base = useHospitalisationBase();
  return useQuery({ queryKey: ['hospitalisation', base, 'roles'], queryFn: () => api.get<RoleGrant[]>(`${base}/roles`), enabled: base !== null, staleTime: Infinity });
}

export function useInsuredPersons() {
  const base = useHospitalisationBase();
  return useQuery({ queryKey: ['hospitalisation', base, 'insured-persons'], queryFn: () => api.get<InsuredPerson[]>(`${base}/insured-persons`), enabled: base !== null });
}

export function useRegisterChanges() {
  const base = useHospitalisationBase();
  return useQuery({ queryKey: ['hospitalisation', base, 'changes'], queryFn: () => api.get<RegisterChange[]>(`${base}/changes`), enabled: base !== null });
}
