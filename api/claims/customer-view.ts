import type { Knex } from 'knex';
import type { Declaration } from '../../db/models/declaration';
import type { CustomerPayment, WaitingItem } from '../../contract/customer-claim';
import { missingDocuments } from '../../domain/required-documents';
import { catalogue } from '../../i18n/catalogue';

/** What a customer follows on their claim (contract/customer-claim.ts): built from the projections, never from reserves. */

type ClaimRow = { openedAt: Date | string; closedAt: Date | string | null } | undefined;
const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

/** The reservation's missing items the customer has not yet answered with a file since the reservation. */
export function openReservationItems(claim: Pick<Declaration, 'status' | 'decision' | 'actions'>): string[] {
  const { decision } = claim;
  if (claim.status !== 'under_reservation' || decision?.decision !== 'reserve') return [];
  const answered = new Set(claim.actions
    .filter((entry) => entry.action === 'documents_added' && entry.at >= decision.decidedAt)
    .map((entry) => entry.details?.answers));
  return decision.missing.filter((item) => !answered.has(item));
}

/** The insurer waits for nothing on a claim that is refused, withdrawn or closed. */
const waitsForDocuments = (status: string, claimRow: ClaimRow) => !claimRow?.closedAt && ['submitted', 'in_handling', 'under_reservation', 'accepted'].includes(status);

export function waitingFor(claim: Declaration, claimRow: ClaimRow, language: string): WaitingItem[] {
  if (!waitsForDocuments(claim.status, claimRow)) return [];
  const reservedSince = claim.decision?.decidedAt ?? null;
  const reservation = claim.decision?.missing ?? [];
  const reservationItems = openReservationItems(claim).map((item): WaitingItem => ({
    id: `reservation:${reservation.indexOf(item)}`, source: 'reservation', kind: null, item, reason: null, since: reservedSince,
  }));
  const documents = missingDocuments(claim.type, claim.data, claim.attachments).map((needed): WaitingItem => ({
    id: `document:${needed.kind}`, source: 'document', kind: needed.kind, item: null,
    reason: { ...needed.reason, text: catalogue.render(needed.reason, language) }, since: iso(claim.submittedAt),
  }));
  return [...reservationItems, ...documents];
}

/** Committed money only: what the customer can expect on an account, or has received; a legacy 'paid' row is paid. */
const visibleStatuses = ['approved', 'sent', 'confirmed', 'returned', 'paid'];
const customerStatus = (status: string): CustomerPayment['status'] =>
  (status === 'confirmed' || status === 'paid' ? 'paid' : status === 'returned' ? 'returned' : 'on_its_way');

export async function customerPayments(knex: Knex, declarationId: string): Promise<CustomerPayment[]> {
  const rows = await knex('payments').where({ declarationId }).whereIn('status', visibleStatuses).orderBy('createdAt').orderBy('id')
    .select('id', 'amountCents', 'costType', 'payeeName', 'iban', 'status', 'createdAt', 'decidedAt', 'paidAt', 'sentAt', 'confirmedAt', 'returnedAt');
  return rows.map((row) => ({
    id: row.id, amountCents: row.amountCents, costType: row.costType, payeeName: row.payeeName,
    accountEnding: String(row.iban).replace(/\s/g, '').slice(-4), status: customerStatus(row.status),
    at: iso(row.returnedAt ?? row.confirmedAt ?? row.sentAt ?? row.paidAt ?? row.decidedAt ?? row.createdAt)!,
  }));
}

/** Declared, opened, decided, first paid, closed: each with its moment once reached. */
export function progressOf(claim: Declaration, claimRow: ClaimRow, payments: CustomerPayment[]) {
  const paid = payments.filter((payment) => payment.status !== 'returned').map((payment) => payment.at).sort()[0] ?? null;
  return [
    { step: 'declared' as const, at: iso(claim.submittedAt) },
    { step: 'opened' as const, at: iso(claimRow?.openedAt) },
    { step: 'decided' as const, at: claim.decision?.decidedAt ?? null },
    { step: 'paid' as const, at: paid },
    { step: 'closed' as const, at: iso(claimRow?.closedAt) },
  ];
}

/**
 * The whole follow-up. A sealed reader (medical details hidden) sees the progress only, as they see the status and the
 * dates of its steps: no documents asked for (they name what is medical), no amounts.
 */
export async function customerFollowUp(knex: Knex, claim: Declaration, sealed: boolean, language: string) {
  const claimRow: ClaimRow = await knex('claims').where({ declarationId: claim.id }).first('openedAt', 'closedAt');
  const payments = await customerPayments(knex, claim.id);
  return {
    progress: progressOf(claim, claimRow, payments),
    waitingFor: sealed ? [] : waitingFor(claim, claimRow, language),
    payments: sealed ? [] : payments,
    mayAddDocuments: !sealed && Boolean(claimRow) && !claimRow!.closedAt,
  };
}
