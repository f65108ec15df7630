import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Reasoned } from '../../../contract/common';
import type { Payment, PaymentOrder, PaymentSchedule, ReserveChange, Reserves, ScheduleOrder } from '../../../contract/money';
import { api } from './client';
import { useKeyedMutation } from './submission';

export type { MoneyTotals, Payment, PaymentSchedule, ReserveEntry, Reserves } from '../../../contract/money';
export type { CostType, PaymentStatus } from '../../../domain/money';
export { costTypes } from '../../../domain/money';
export { paymentOrder, reasoned, reserveChange, scheduleKinds, scheduleOrder } from '../../../contract/money';

export const moneyKeys = {
  all: ['backoffice-money'] as const,
  claim: (claimId: string) => ['backoffice-money', claimId] as const,
  reserves: (claimId: string) => ['backoffice-money', claimId, 'reserves'] as const,
  payments: (claimId: string) => ['backoffice-money', claimId, 'payments'] as const,
  schedules: (claimId: string) => ['backoffice-money', claimId, 'payment-schedules'] as const,
  approvals: ['backoffice-approvals'] as const,
};

const claimMoney = (claimId: string) => `/backoffice/claims/${claimId}`;

export const useReserves = (claimId: string) =>
  useQuery({ queryKey: moneyKeys.reserves(claimId), queryFn: () => api.get<Reserves>(`${claimMoney(claimId)}/reserves`) });
export const usePayments = (claimId: string) =>
  useQuery({ queryKey: moneyKeys.payments(claimId), queryFn: () => api.get<Payment[]>(`${claimMoney(claimId)}/payments`) });

export const useSchedules = (claimId: string) =>
  useQuery({
    queryKey: moneyKeys.schedules(claimId),
    queryFn: () => api.get<PaymentSchedule[]>(`${claimMoney(claimId)}/payment-schedules`),
    // A new schedule's first payment goes a moment after it starts: look again until it shows.
    refetchInterval: (query) => (query.state.data?.some((schedule) => schedule.status === 'running' && schedule.paidCount === 0) ? 2_000 : false),
  });

/** The senior handlers' approvals inbox: payments above their requester's limit. */
export const useApprovals = () =>
  useQuery({ queryKey: moneyKeys.approvals, queryFn: () => api.get<Payment[]>('/backoffice/payments?status=awaiting_approval') });

export function usePaymentDecision() {
  const queryClient = useQueryClient();
  return useKeyedMutation(
    ({ payment, verdict, body }: { payment: Payment; verdict: 'approve' | 'reject'; body?: Reasoned }, idempotencyKey: string) =>
      api.post<Payment>(`/backoffice/payments/${payment.id}/${verdict}`, verdict === 'reject' ? body : {}, { idempotencyKey }),
    { onSuccess: () => queryClient.invalidateQueries({ queryKey: moneyKeys.approvals }) },
  );
}

/** Payments the handler may still cancel: not yet on their way to the bank. */
export const isCancellable = (payment: Payment) => payment.status === 'awaiting_approval' || payment.status === 'approved';

/** What the handler does with a claim's money, each on its own endpoint; every command carries the submission's Idempotency-Key. */
export const moneyActions = (claimId: string) => ({
  changeReserve: (body: ReserveChange, idempotencyKey: string) => api.post(`${claimMoney(claimId)}/reserves`, body, { idempotencyKey }),
  pay: (body: PaymentOrder, idempotencyKey: string) => api.post<Payment>(`${claimMoney(claimId)}/payments`, body, { idempotencyKey }),
  cancelPayment: ({ payment, reason }: { payment: Payment; reason: string }, idempotencyKey: string) =>
    api.post<Payment>(`/backoffice/payments/${payment.id}/cancel`, { reason }, { idempotencyKey }),
  startSchedule: (body: ScheduleOrder, idempotencyKey: string) => api.post<PaymentSchedule>(`${claimMoney(claimId)}/payment-schedules`, body, { idempotencyKey }),
  stopSchedule: ({ schedule, reason }: { schedule: PaymentSchedule; reason: string }, idempotencyKey: string) =>
    api.post<PaymentSchedule>(`/backoffice/payment-schedules/${schedule.id}/stop`, { reason }, { idempotencyKey }),
});
