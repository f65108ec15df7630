import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '../../../contract/common';
import type { Policy, PolicyDocument } from '../../../contract/policies';
import { api, queryString } from './client';

export type { Policy, PolicyDocument } from '../../../contract/policies';
export { policyStatuses } from '../../../contract/policies';

type ListQuery = Record<string, string | number | undefined>;

export const policyKeys = {
  list: (organisationId: string, query: ListQuery) => ['policies', organisationId, query] as const,
  documents: (organisationId: string, policyId: string) => ['policy-documents', organisationId, policyId] as const,
};

const policiesOf = (organisationId: string) => `/organisations/${organisationId}/policies`;

/** Mijn polissen: filtered, sorted and paged by the API; the previous page shows while the next loads. */
export const usePolicies = (organisationId: string, query: ListQuery, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: policyKeys.list(organisationId, query),
    queryFn: () => api.get<Page<Policy>>(`${policiesOf(organisationId)}${queryString(query)}`),
    placeholderData: keepPreviousData,
    ...options,
  });

/** The policy's documents (polisdocumenten), each a PDF at its url. */
export const usePolicyDocuments = (organisationId: string, policyId: string) =>
  useQuery({
    queryKey: policyKeys.documents(organisationId, policyId),
    queryFn: () => api.get<PolicyDocument[]>(`${policiesOf(organisationId)}/${policyId}/documents`),
  });

/** Where the CSV of the selection downloads. */
export const policiesCsvUrl = (organisationId: string, query: ListQuery) => `/api${policiesOf(organisationId)}${queryString(query)}`;
