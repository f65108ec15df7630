import { z } from 'zod';
import { iban, text } from '../../domain/declaration-schemas/building-blocks';
import { costTypes } from '../../domain/money';
import { reason } from '../fields';

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
/** Postgres' integer fits up to €21 million per amount: far above any single reserve change or payment. */
const cents = z.number().int('Amounts are whole cents');
const MAX_CENTS = 2_000_000_000;

export const reserveChangeSchema = z.strictObject({
  costType: z.enum(costTypes),
  amountCents: cents.min(-MAX_CENTS).max(MAX_CENTS).refine((amount) => amount !== 0, 'A change of 0 changes nothing'),
  reason: reason(2000, 'Say why the reserve changes'),
});

const payee = { payeeName: text(200), iban };
export const paymentOrderSchema = z.strictObject({
  costType: z.enum(costTypes), amountCents: cents.positive('A payment is more than 0').max(MAX_CENTS), ...payee,
});
export const scheduleOrderSchema = z.strictObject({
  kind: z.enum(['death', 'invalidity']), totalCents: cents.positive('The total is more than 0').max(MAX_CENTS),
  spreadMonths: z.union([z.literal(12), z.literal(24)]), costType: z.enum(costTypes).default('indemnity'), ...payee,
});

export const reserveEntryView = (entry: Record<string, any>) => ({
  id: Number(entry.id), costType: entry.costType, amountCents: entry.amountCents, reason: entry.reason,
  author: { id: entry.authorId, name: entry.authorName }, createdAt: iso(entry.createdAt),
});

export const paymentView = (payment: Record<string, any>) => ({
  id: payment.id, claimId: payment.declarationId, costType: payment.costType, amountCents: payment.amountCents,
  payeeName: payment.payeeName, iban: payment.iban, status: payment.status,
  requestedBy: { id: payment.requestedById, name: payment.requestedByName },
  decidedBy: payment.approvedById ? { id: payment.approvedById, name: payment.approvedByName } : null,
  decidedAt: iso(payment.decidedAt), reason: payment.reason, escalatedAt: iso(payment.escalatedAt),
  scheduleId: payment.scheduleId, instalmentNumber: payment.instalmentNumber, paidAt: iso(payment.paidAt), createdAt: iso(payment.createdAt),
});

/** A schedule with what it paid and what is still to come (nothing once stopped or completed). */
export const scheduleView = (schedule: Record<string, any>, paid: { count: number; cents: number }) => ({
  id: schedule.id, claimId: schedule.declarationId, kind: schedule.kind, costType: schedule.costType, totalCents: schedule.totalCents,
  spreadMonths: schedule.spreadMonths, plan: schedule.plan, payeeName: schedule.payeeName, iban: schedule.iban, status: schedule.status,
  createdBy: schedule.createdBy, stopped: schedule.stopped, createdAt: iso(schedule.createdAt),
  paidCount: paid.count, paidCents: paid.cents,
  remainingCount: schedule.status === 'running' ? schedule.plan.length - paid.count : 0,
  remainingCents: schedule.status === 'running' ? schedule.totalCents - paid.cents : 0,
});
