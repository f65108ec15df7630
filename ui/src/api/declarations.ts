import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '../../../contract/common';
import type { Declaration, DeclarationDetail, DeclarationTypeInfo } from '../../../contract/declarations';
import { api, queryString, upload } from './client';

export type { Declaration, DeclarationAttachment, DeclarationDetail, DeclarationTypeInfo, JsonSchema } from '../../../contract/declarations';

export const declarationKeys = {
  types: ['declaration-types'] as const,
  one: (organisationId: string, declarationId: string) => ['declaration', organisationId, declarationId] as const,
  drafts: (organisationId: string) => ['drafts', organisationId] as const,
};

/** Where an organisation's declarations live in the API (without the /api prefix). */
export const declarationsOf = (organisationId: string) => `/organisations/${organisationId}/declarations`;

/** The declaration types with their names and JSON Schemas: they change with a release only. */
export const useDeclarationTypes = () =>
  useQuery({ queryKey: declarationKeys.types, queryFn: () => api.get<DeclarationTypeInfo[]>('/declaration-types'), staleTime: Infinity });

/** One declaration, read once: from then on the wizard holds it and adopts what the API answers. */
export const useDeclaration = (organisationId: string, declarationId: string) =>
  useQuery({
    queryKey: declarationKeys.one(organisationId, declarationId),
    queryFn: () => api.get<DeclarationDetail>(`${declarationsOf(organisationId)}/${declarationId}`),
    staleTime: Infinity,
    gcTime: 0,
  });

export const useDrafts = (organisationId: string, page: number, pageSize: number) =>
  useQuery({
    queryKey: [...declarationKeys.drafts(organisationId), page, pageSize],
    queryFn: () => api.get<Page<Declaration>>(`${declarationsOf(organisationId)}${queryString({ status: 'draft', page, pageSize })}`),
    placeholderData: keepPreviousData,
  });

type NewDeclaration = { type: string; policyId?: string; data: Record<string, unknown>; step: number };
export const useStartDeclaration = (organisationId: string, onStarted: (declaration: DeclarationDetail) => void) =>
  useMutation({ mutationFn: (body: NewDeclaration) => api.post<DeclarationDetail>(declarationsOf(organisationId), body), onSuccess: onStarted });

/** Discarding a draft withdraws it; the list of drafts is read again. */
export function useDiscardDraft(organisationId: string, onDiscarded: (discarded: DeclarationDetail) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draftId: string) => api.post<DeclarationDetail>(`${declarationsOf(organisationId)}/${draftId}/withdraw`, {}),
    onSuccess: (discarded) => {
      onDiscarded(discarded);
      return queryClient.invalidateQueries({ queryKey: declarationKeys.drafts(organisationId) });
    },
  });
}

/** What the wizard does with one declaration (`base` is its path): each answers the declaration as it now stands. */
export const declarationActions = (base: string) => ({
  saveDraft: (body: { data: Record<string, unknown>; step: number; version: number }) => api.put<DeclarationDetail>(`${base}/draft`, body),
  submit: (version: number) => api.post<DeclarationDetail>(`${base}/submit`, { version }),
  act: (action: 'withdraw' | 'reopen') => api.post<DeclarationDetail>(`${base}/${action}`, {}),
  uploadAttachments: (form: FormData, onProgress: (share: number) => void) => upload<DeclarationDetail>(`${base}/attachments`, form, onProgress),
  removeAttachment: (attachmentId: string) => api.delete<DeclarationDetail>(`${base}/attachments/${attachmentId}`),
});
