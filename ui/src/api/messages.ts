import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InboxMessage, Message } from '../../../contract/messages';
import { api, queryString, upload } from './client';

export type { InboxMessage, Message } from '../../../contract/messages';
export { messageFields, messageReply, messageStatuses } from '../../../contract/messages';

export const messageKeys = {
  thread: (path: string) => ['messages', path] as const,
  inbox: ['backoffice-messages'] as const,
};

/** A thread of messages to the insurer: a claim's (to its handler) or group hospitalisation's (to the back office). */
export const useThread = (path: string) => useQuery({ queryKey: messageKeys.thread(path), queryFn: () => api.get<Message[]>(path) });

/** Reads the thread again. */
export function useThreadRefresh(path: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: messageKeys.thread(path) });
}

export function useWithdrawMessage(organisationId: string, path: string) {
  const refresh = useThreadRefresh(path);
  return useMutation({
    mutationFn: (messageId: string) => api.post<Message>(`/organisations/${organisationId}/messages/${messageId}/withdraw`, {}),
    onSuccess: refresh,
  });
}

/** A new message with its files (multipart); `onProgress` gets the share sent so far. */
export function sendMessage(path: string, message: { subject?: string; body: string; files: File[] }, onProgress: (share: number) => void) {
  const form = new FormData();
  if (message.subject?.trim()) form.append('subject', message.subject.trim());
  form.append('body', message.body);
  for (const file of message.files) form.append('files', file);
  return upload<Message>(path, form, onProgress);
}

/** The handlers' inbox, by status and "mine". */
export const useInbox = (filters: Record<string, string>) =>
  useQuery({ queryKey: [...messageKeys.inbox, filters], queryFn: () => api.get<InboxMessage[]>(`/backoffice/messages${queryString(filters)}`) });

/** Marking read and answering: the inbox is read again afterwards. */
export function useInboxActions(messageId: string, onChanged: (message: Message) => void) {
  const queryClient = useQueryClient();
  const changed = (message: Message) => {
    onChanged(message);
    return queryClient.invalidateQueries({ queryKey: messageKeys.inbox });
  };
  return {
    markRead: useMutation({ mutationFn: () => api.post<Message>(`/backoffice/messages/${messageId}/read`, {}), onSuccess: changed }),
    reply: useMutation({ mutationFn: (body: string) => api.post<Message>(`/backoffice/messages/${messageId}/reply`, { body }), onSuccess: changed }),
  };
}
