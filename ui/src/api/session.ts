import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Credentials, Me, Organisation, OrganisationAccess } from '../../../contract/session';
import { api, ApiError } from './client';

export type { AccessLevel, Me, Organisation, OrganisationAccess, Role } from '../../../contract/session';
export type { MenuItem } from '../../../domain/access';

/** The session's query keys. */
export const sessionKeys = {
  me: ['me'] as const,
  organisation: (organisationId: string) => ['organisation', organisationId] as const,
};

/** The logged-in user, or null when nobody is (the API answers 401). */
export function useMe() {
  return useQuery({
    queryKey: sessionKeys.me,
    queryFn: async () => {
      try {
        return await api.get<Me>('/auth/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });
}

/** The organisation a customer acts for, with its menu; undefined when none is chosen. */
export const activeOrganisation = (me: Me): OrganisationAccess | undefined =>
  me.organisations.find((organisation) => organisation.id === me.activeOrganisationId);

/** After a change of session: the new `me`, and every list loaded for the previous organisation forgotten. */
function useSessionChange() {
  const queryClient = useQueryClient();
  return (me: Me | null) => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.me[0] });
    queryClient.setQueryData(sessionKeys.me, me);
  };
}

export function useLogin() {
  const changed = useSessionChange();
  return useMutation({
    mutationFn: (credentials: Credentials) => api.post<Me>('/auth/login', credentials),
    onSuccess: changed,
  });
}

export function useLogout() {
  const changed = useSessionChange();
  return useMutation({
    mutationFn: () => api.post<{ providerLogoutUrl: string | null }>('/auth/provider-logout'),
    onSuccess: ({ providerLogoutUrl }) => {
      changed(null);
      // Logged in through the eID (or the staff IdP): its session ends too, at its own logout page.
      if (providerLogoutUrl) window.location.assign(providerLogoutUrl);
    },
  });
}

export function useSwitchOrganisation() {
  const changed = useSessionChange();
  return useMutation({
    mutationFn: async ({ organisationId, asDefault }: { organisationId: string; asDefault?: boolean }) => {
      const me = await api.post<Me>('/auth/organisation', { organisationId });
      return asDefault ? api.put<Me>('/auth/default-organisation', { organisationId }) : me;
    },
    onSuccess: changed,
  });
}

/** My data: the organisation and its user agreement. */
export const useOrganisation = (organisationId: string) =>
  useQuery({ queryKey: sessionKeys.organisation(organisationId), queryFn: () => api.get<Organisation>(`/organisations/${organisationId}`) });
