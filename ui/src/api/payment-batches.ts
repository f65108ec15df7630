import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BankStatementImport, PaymentBatch } from '../../../contract/payment-batches';
import { api, upload } from './client';
import { moneyKeys } from './money';
import { useKeyedMutation } from './submission';

export type { BankStatementImport, PaymentBatch } from '../../../contract/payment-batches';

/** SEPA payment batches (pain.001 to the bank) and the bank's statements (camt.054) that confirm or return their payments. */
export const batchKeys = {
  list: ['backoffice-payment-batches'] as const,
};

export const useBatches = () => useQuery({ queryKey: batchKeys.list, queryFn: () => api.get<PaymentBatch[]>('/backoffice/payment-batches') });

/** The batch's credit transfer file, as it went to the bank. */
export const batchFileUrl = (batch: PaymentBatch) => `/api/backoffice/payment-batches/${batch.id}/pain.001.xml`;

/** After a batch or a statement, payments changed status everywhere: the batches and every claim's money are read again. */
function useBatchRefresh() {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: batchKeys.list }),
    queryClient.invalidateQueries({ queryKey: moneyKeys.all }),
  ]);
}

/** Sends every approved payment to the bank now, as the daily batch does; one key per click, reused on a retry. */
export function useMakeBatch() {
  const refresh = useBatchRefresh();
  return useKeyedMutation((_: void, idempotencyKey: string) => api.post<PaymentBatch>('/backoffice/payment-batches', {}, { idempotencyKey }), { onSuccess: () => refresh() });
}

/** Imports a bank statement (camt.054); the same file imported again changes nothing (the server knows it by its hash). */
export function useImportStatement() {
  const refresh = useBatchRefresh();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return upload<BankStatementImport>('/backoffice/bank-statements', form);
    },
    onSuccess: () => refresh(),
  });
}
