import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackofficeUserAgreement, OrganisationAgreements, UserAgreement, UserAgreementToSign } from '../../../contract/user-agreement';
import type { AgreementAccessLevel } from '../../../domain/user-agreement';
import { api } from './client';
import { useMe } from './session';

export type { BackofficeUserAgreement, OrganisationAgreements, UserAgreement, UserAgreementToSign } from '../../../contract/user-agreement';

export interface AgreementLine { fullName: string; email: string; nationalRegisterNumber: string; accessLevel: AgreementAccessLevel }

export const userAgreementKeys = {
  of: (base: string | null) => ['user-agreements', base] as const,
  one: (base: string | null, id: string) => ['user-agreements', base, id] as const,
  backoffice: (status: string, escalated: boolean) => ['backoffice-user-agreements', status, escalated] as const,
};

/** Where the active organisation's user agreements live in the API (without the /api prefix). */
export function useAgreementBase(): string | null {
  const organisationId = useMe().data?.activeOrganisationId;
  return organisationId ? `/organisations/${organisationId}/user-agreements` : null;
}

/** The agreement in force and every agreement of the organisation (My data). */
export function useOrganisationAgreements() {
  const base = useAgreementBase();
  return useQuery({ queryKey: userAgreementKeys.of(base), queryFn: () => api.get<OrganisationAgreements>(base!), enabled: base !== null });
}

/** One agreement with the text its administrator signs. */
export function useAgreementToSign(id: string | null) {
  const base = useAgreementBase();
  return useQuery({ queryKey: userAgreementKeys.one(base, id ?? ''), queryFn: () => api.get<UserAgreementToSign>(`${base}/${id}`), enabled: base !== null && id !== null });
}

/** The administrator's steps: the first save starts the agreement's workflow; later saves carry the version they change. */
export function useAgreementActions() {
  const base = useAgreementBase()!;
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['user-agreements', base] });
  return {
    save: useMutation({
      mutationFn: ({ agreement, employees }: { agreement: UserAgreement | null; employees: AgreementLine[] }) => (agreement
        ? api.put<UserAgreement>(`${base}/${agreement.id}/draft`, { employees, version: agreement.version })
        : api.post<UserAgreement>(base, { employees })),
      onSuccess: refresh,
    }),
    submit: useMutation({
      mutationFn: ({ agreement, confirmedText, key }: { agreement: UserAgreement; confirmedText: string; key: string }) =>
        api.post<UserAgreement>(`${base}/${agreement.id}/submit`, { confirmedText }, { idempotencyKey: key }),
      onSuccess: refresh,
    }),
    withdraw: useMutation({ mutationFn: (agreement: UserAgreement) => api.post<UserAgreement>(`${base}/${agreement.id}/withdraw`, {}), onSuccess: refresh }),
  };
}

export function useBackofficeAgreements(status: string, escalated: boolean) {
  return useQuery({
    queryKey: userAgreementKeys.backoffice(status, escalated),
    queryFn: () => api.get<BackofficeUserAgreement[]>(`/backoffice/user-agreements?status=${status}${escalated ? '&escalated=true' : ''}`),
  });
}

export type AgreementVerdict = 'register' | 'send-back';
export function useDecideAgreement(onDone: (agreement: UserAgreement, verdict: AgreementVerdict) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agreement, verdict, reason }: { agreement: UserAgreement; verdict: AgreementVerdict; reason: string }) =>
      api.post<UserAgreement>(`/backoffice/user-agreements/${agreement.id}/${verdict}`, verdict === 'register' ? {} : { reason }),
    onSuccess: (agreement, { verdict }) => {
      void queryClient.invalidateQueries({ queryKey: ['backoffice-user-agreements'] });
      onDone(agreement, verdict);
    },
  });
}
