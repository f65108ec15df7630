import { useQuery } from '@tanstack/react-query';
import type { Note, NoteOrder } from '../../../contract/notes';
import { api } from './client';

export type { Note } from '../../../contract/notes';
export { noteOrder } from '../../../contract/notes';

/** Notes on a claim: never edited; confidential ones come only to senior handlers and auditors. */
export const noteKeys = {
  claim: (claimId: string) => ['backoffice-notes', claimId] as const,
};

const notesOf = (claimId: string) => `/backoffice/claims/${claimId}/notes`;

export const useNotes = (claimId: string) => useQuery({ queryKey: noteKeys.claim(claimId), queryFn: () => api.get<Note[]>(notesOf(claimId)) });

/** Writes a note with the submission's Idempotency-Key: sent again after an unknown outcome, it is written once. */
export const writeNote = (claimId: string) => (body: NoteOrder, idempotencyKey: string) => api.post<Note>(notesOf(claimId), body, { idempotencyKey });
