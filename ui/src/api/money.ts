import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Reasoned } from '../../../contract/common';
import type { Payment, PaymentOrder, PaymentSchedule, ReserveChange, Reserves, ScheduleOrder } from '../../../contract/money';
import { api } from './client';

export type { MoneyTotals, Payment, PaymentSchedule, ReserveEntry, Reserves } from '../../../contract/money';
export type { CostType } from '../../../domain/money';
export { costTypes } from '../../../domain/money';
export { paymentOrder, reasoned, reserveChange, scheduleKinds, scheduleOrder } from '../../../contract/money';

export const moneyKeys = {
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
  return useMutation({
    mutationFn: ({ payment, verdict, body }: { payment: Payment; verdict: 'approve' | 'reject'; body?: Reasoned }) =>
      api.post<Payment>(`/backoffice/payments/${payment.id}/${verdict}`, verdict === 'reject' ? body : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moneyKeys.approvals }),
  });
}

/** What the handler does with a claim's money, each on its own endpoint. */
export const moneyActions = (claimId: string) => ({
  changeReserve: (body: ReserveChange) => api.post(`${claimMoney(claimId)}/reserves`, body),
  pay: (body: PaymentOrder) => api.post<Payment>(`${claimMoney(claimId)}/payments`, body),
  startSchedule: (body: ScheduleOrder) => api.post<PaymentSchedule>(`${claimMoney(claimId)}/payment-schedules`, body),
  stopSchedule: (schedule: PaymentSchedule, body: Reasoned) => api.post<PaymentSchedule>(`/backoffice/payment-schedules/${schedule.id}/stop`, body),
});
