import { useQuery } from '@tanstack/react-query';
import type { Reasoned } from '../../../contract/common';
import type { ReceiptOrder, Recoveries, Recovery, RecoveryOrder } from '../../../contract/recoveries';
import { api } from './client';

export type { Counterparty, Recoveries, Recovery } from '../../../contract/recoveries';
export { reasoned, receiptOrder, recoveryOrder } from '../../../contract/recoveries';
export { recoveryKinds } from '../../../domain/claim/state';

/** Recoveries (verhaal) of a claim: what the insurer expects back, and what came in. */
export const recoveryKeys = {
  claim: (claimId: string) => ['backoffice-recoveries', claimId] as const,
};

const recoveriesOf = (claimId: string) => `/backoffice/claims/${claimId}/recoveries`;
type Changed = { recovery: Recovery };

/** The claim's recoveries with its money, and the parties its declaration names (to prefill a new recovery). */
export const useRecoveries = (claimId: string) =>
  useQuery({ queryKey: recoveryKeys.claim(claimId), queryFn: () => api.get<Recoveries>(recoveriesOf(claimId)) });

/** What the handler does with a recovery, each on its own endpoint and with the submission's Idempotency-Key. */
export const recoveryActions = (claimId: string) => ({
  open: (body: RecoveryOrder, idempotencyKey: string) => api.post<Changed>(recoveriesOf(claimId), body, { idempotencyKey }),
  recordReceipt: ({ recovery, ...body }: ReceiptOrder & { recovery: Recovery }, idempotencyKey: string) =>
    api.post<Changed>(`${recoveriesOf(claimId)}/${recovery.id}/receipts`, body, { idempotencyKey }),
  writeOff: ({ recovery, ...body }: Reasoned & { recovery: Recovery }, idempotencyKey: string) =>
    api.post<Changed>(`${recoveriesOf(claimId)}/${recovery.id}/write-off`, body, { idempotencyKey }),
});
