import { catalogue } from '../../i18n/catalogue';
import type { Payment, PaymentSchedule, ReserveEntry } from '../../contract/money';
import { claimNumberCode } from '../../domain/declaration-types';
import { claimCommunication } from '../../domain/sepa/structured-communication';

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
const moment = (value: unknown) => new Date(value as string).toISOString();
/** A closing releases what is left on the reserves: that entry's reason is the system's, worded for the reader. */
const releasedAtClosing = (entry: Record<string, any>) => typeof entry.entryKey === 'string' && entry.entryKey.startsWith('close:');

export const reserveEntryView = (entry: Record<string, any>, language: string): ReserveEntry => ({
  id: Number(entry.id), costType: entry.costType, amountCents: entry.amountCents,
  reason: releasedAtClosing(entry) ? catalogue.t('claim.reserveReleasedAtClosing', undefined, language) : entry.reason,
  author: { id: entry.authorId ?? 'system', name: entry.authorName }, createdAt: moment(entry.createdAt), // the system: a fast track
});

/** A payment row as paymentRows reads it: with the number of the batch that took it to the bank. */
export const paymentView = (payment: Record<string, any>): Payment => ({
  id: payment.id, claimId: payment.declarationId, costType: payment.costType, amountCents: payment.amountCents,
  payeeName: payment.payeeName, iban: payment.iban, bic: payment.bic ?? null, status: payment.status,
  requestedBy: { id: payment.requestedById ?? 'system', name: payment.requestedByName }, // the system: a fast track
  decidedBy: payment.approvedById ? { id: payment.approvedById, name: payment.approvedByName } : null,
  decidedAt: iso(payment.decidedAt), reason: payment.reason, escalatedAt: iso(payment.escalatedAt),
  scheduleId: payment.scheduleId, instalmentNumber: payment.instalmentNumber, paidAt: iso(payment.paidAt),
  batchId: payment.batchId ?? null, batchNumber: payment.batchNumber ?? null,
  communication: claimCommunication(payment.claimNumber, Object.values(claimNumberCode)),
  sentAt: iso(payment.sentAt), confirmedAt: iso(payment.confirmedAt), returnedAt: iso(payment.returnedAt),
  bankReason: payment.bankReasonCode || payment.bankReasonText ? { code: payment.bankReasonCode ?? null, text: payment.bankReasonText ?? null } : null,
  createdAt: moment(payment.createdAt),
});

/** A schedule with what it paid and what is still to come (nothing once stopped or completed). */
export const scheduleView = (schedule: Record<string, any>, paid: { count: number; cents: number }): PaymentSchedule => ({
  id: schedule.id, claimId: schedule.declarationId, kind: schedule.kind, costType: schedule.costType, totalCents: schedule.totalCents,
  spreadMonths: schedule.spreadMonths, plan: schedule.plan, payeeName: schedule.payeeName, iban: schedule.iban, status: schedule.status,
  createdBy: schedule.createdBy, stopped: schedule.stopped, createdAt: moment(schedule.createdAt),
  paidCount: paid.count, paidCents: paid.cents,
  remainingCount: schedule.status === 'running' ? schedule.plan.length - paid.count : 0,
  remainingCents: schedule.status === 'running' ? schedule.totalCents - paid.cents : 0,
});
