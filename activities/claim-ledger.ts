import { ApplicationFailure } from '@temporalio/common';
import type { Knex } from 'knex';
import { audit } from '../db/audit';
import { writeRiskChange } from './claim-risk';
import { writeDiaryChange } from './claim-diary';
import { writeMotorFaultChange } from './motor-fault';
import type { ClaimChange } from '../domain/claim/change';
import { writeCustomerMessages } from './customer-messages';
import { checkCoverage } from '../domain/claim/coverage';
import { claimMoneyOf } from '../domain/claim/money';
import type { ClaimDecisionStatus, ClaimPayment, ClaimSchedule, ClaimState, Coverage, Recovery } from '../domain/claim/state';
import { type ActionRecord, systemActor } from '../domain/declaration';
import { costTypes, type CostType } from '../domain/money';
import { businessCounters } from '../runtime/metrics/business-counters';

/**
 * The claim's ledger: the database projection of the claim process (its claims row, reserve entries, payments,
 * schedules, recoveries, and the declaration customers read), written once per revision of the claim.
 */

/** The failure of adopting a claim the ledger cannot turn into a process: retrying finds the same ledger. */
export const claimNotAdoptableFailureType = 'claim_not_adoptable';

const adoptableStatuses: readonly ClaimDecisionStatus[] = ['in_handling', 'under_reservation', 'accepted', 'refused'];
/** Statuses in which the payment went to the bank in a batch. */
const sentStatuses: readonly ClaimPayment['status'][] = ['sent', 'confirmed', 'returned'];
const committedStatuses: readonly ClaimPayment['status'][] = ['approved', 'sent', 'confirmed'];

/** SQL NULL for nothing, JSON otherwise (nullable jsonb columns: "not set" reads as null, not as JSON null). */
const jsonOrNull = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** A claim reopened after its last close is open again: its closing day is cleared, the last close kept for the record. */
function closedAt(state: ClaimState): string | null {
  if (!state.closed) return null;
  if (state.reopened && Date.parse(state.reopened.at) >= Date.parse(state.closed.at)) return null;
  return state.closed.at;
}

const claimRow = (state: ClaimState) => ({
  workflowId: state.workflowId,
  revision: state.revision,
  ...(state.handler ? { handlerId: state.handler.id } : {}),
  coverageStatus: state.coverage.status,
  coverage: JSON.stringify(state.coverage),
  outcome: state.closed?.outcome ?? null,
  closeReason: state.closed?.reason ?? null,
  closedBy: jsonOrNull(state.closed?.by),
  closedAt: closedAt(state),
  reopened: jsonOrNull(state.reopened),
  money: JSON.stringify(claimMoneyOf(state)),
  ...(state.catastrophe ? { catastropheId: state.catastrophe.id } : {}), // the event's view and the dashboard select by it
});

/** The columns a later change of a payment may set; sent_at only with the change that sends it (the state holds no sending time). */
const mutablePaymentColumns = [
  'status', 'bic', 'requestedById', 'requestedByName', 'approvedById', 'approvedByName', 'decidedAt', 'reason', 'escalatedAt', 'batchId',
  'confirmedAt', 'returnedAt', 'bankReasonCode', 'bankReasonText', 'statementId', 'paidAt',
];

function paymentRow(declarationId: string, payment: ClaimPayment, now: string) {
  const { bank } = payment;
  return {
    id: payment.id, declarationId, costType: payment.costType, amountCents: payment.amountCents, payeeName: payment.payeeName,
    iban: payment.iban, bic: payment.bic, scheduleId: payment.scheduleId, instalmentNumber: payment.instalmentNumber,
    requestedById: payment.requestedBy.userId, requestedByName: payment.requestedBy.name, createdAt: payment.requestedAt,
    status: payment.status, approvedById: payment.decidedBy?.userId ?? null, approvedByName: payment.decidedBy?.name ?? null,
    decidedAt: payment.decidedAt, reason: payment.reason, escalatedAt: payment.escalatedAt, batchId: payment.batchId,
    sentAt: sentStatuses.includes(payment.status) ? now : null,
    confirmedAt: bank?.outcome === 'confirmed' ? bank.at : null,
    returnedAt: bank?.outcome === 'returned' ? bank.at : null,
    bankReasonCode: bank?.reasonCode ?? null, bankReasonText: bank?.reasonText ?? null, statementId: bank?.statementId ?? null,
    // Committed money counts as paid from its approval on, as the payments of the time before did (status 'paid').
    paidAt: committedStatuses.includes(payment.status) ? (payment.decidedAt ?? payment.requestedAt) : null,
  };
}

const scheduleRow = (state: ClaimState, schedule: ClaimSchedule) => ({
  id: schedule.id, workflowId: `${state.workflowId}/${schedule.id}`, declarationId: state.declarationId, kind: schedule.kind,
  costType: schedule.costType, totalCents: schedule.totalCents, spreadMonths: schedule.spreadMonths, plan: JSON.stringify(schedule.plan),
  payeeName: schedule.payeeName, iban: schedule.iban, createdBy: JSON.stringify(schedule.createdBy), createdAt: schedule.createdAt,
  status: schedule.status, stopped: JSON.stringify(schedule.stopped), revision: state.revision,
});

const recoveryRow = (declarationId: string, recovery: Recovery) => ({
  id: recovery.id, declarationId, kind: recovery.kind, costType: recovery.costType, counterparty: JSON.stringify(recovery.counterparty),
  expectedCents: recovery.expectedCents, receivedCents: recovery.receivedCents, status: recovery.status,
  writtenOff: jsonOrNull(recovery.writtenOff), openedBy: JSON.stringify(recovery.openedBy), openedAt: recovery.openedAt,
});

/** The named items of the state; one the state no longer holds is a bug in the process, not something to skip. */
/** The business counters of one written change: its decision and the statuses its payments reached. */
function countChange(change: ClaimChange): void {
  if (change.action === 'decided' && typeof change.details?.decision === 'string') businessCounters.decisions.inc({ kind: change.details.decision });
  for (const id of change.paymentIds ?? []) {
    const payment = change.state.payments.find((candidate) => candidate.id === id);
    if (payment) businessCounters.payments.inc({ status: payment.status });
  }
}

function named<T extends { id: string }>(items: T[], ids: string[] | undefined, what: string): T[] {
  return (ids ?? []).map((id) => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`The claim change names ${what} ${id}, which its state does not hold`);
    return item;
  });
}

/** Every change goes to its own rows; the order follows the foreign keys (a schedule before its instalments, a recovery before its receipts). */
async function writeChange(trx: Knex.Transaction, change: ClaimChange, now: string): Promise<void> {
  const { state } = change;
  const declarationId = state.declarationId;
  await trx('claims').where({ declarationId }).update(claimRow(state));

  // reserve_entries is append-only: an entry already written under its key stays as it is.
  for (const entry of change.reserveEntries ?? []) {
    await trx('reserveEntries').insert({
      declarationId, entryKey: entry.key, costType: entry.costType, amountCents: entry.amountCents, reason: entry.reason,
      authorId: entry.author.userId, authorName: entry.author.name,
    }).onConflict('entryKey').ignore();
  }
  for (const schedule of named(state.schedules, change.scheduleIds, 'schedule')) {
    await trx('paymentSchedules').insert({ ...scheduleRow(state, schedule), updatedAt: now })
      .onConflict('id').merge(['status', 'stopped', 'revision', 'updatedAt']).where('payment_schedules.declaration_id', declarationId);
  }
  for (const payment of named(state.payments, change.paymentIds, 'payment')) {
    await trx('payments').insert(paymentRow(declarationId, payment, now))
      .onConflict('id').merge(payment.status === 'sent' ? [...mutablePaymentColumns, 'sentAt'] : mutablePaymentColumns)
      .where('payments.declaration_id', declarationId); // an id is this claim's: another claim's row is never overwritten
  }
  for (const recovery of named(state.recoveries, change.recoveryIds, 'recovery')) {
    await trx('recoveries').insert(recoveryRow(declarationId, recovery))
      .onConflict('id').merge(['counterparty', 'expectedCents', 'receivedCents', 'status', 'writtenOff']).where('recoveries.declaration_id', declarationId);
  }
  for (const receipt of change.receipts ?? []) {
    await trx('recoveryReceipts').insert({
      id: receipt.id, recoveryId: receipt.recoveryId, declarationId, amountCents: receipt.amountCents, receivedOn: receipt.receivedOn,
      recordedBy: JSON.stringify(receipt.by),
    }).onConflict('id').ignore();
  }
  for (const note of change.notes ?? []) {
    await trx('claimNotes').insert({
      id: note.id, declarationId, text: note.text, confidential: note.confidential, author: JSON.stringify(note.by), createdAt: now,
    }).onConflict('id').ignore();
  }
  await writeCustomerMessages(trx, change, now);
  await writeRiskChange(trx, change); // fraud screening, referrals, litigation, duplicates (activities/claim-risk.ts)
  await writeDiaryChange(trx, change); // the diary's items (activities/claim-diary.ts)
  await writeMotorFaultChange(trx, change, now); // a motor claim's liability, repair, towing (activities/motor-fault.ts)
  if (change.declaration) await projectDeclaration(trx, change, now);
  await notify(trx, change);
  await audit(trx, {
    actor: { id: change.by.userId, name: change.by.name }, action: `claim_${change.action}`, subject: { type: 'claim', id: declarationId },
    organisationId: state.organisationId, details: { claimNumber: state.claimNumber, revision: state.revision, ...(change.details ?? {}) },
    eventKey: `${state.workflowId}:${state.revision}`,
  });
}

/**
 * The declaration shows the claim's decision, status and handler to its customer, and lists the action. Its revision
 * is the declaration process's own (it orders that process's writes), so it stays as it is.
 */
async function projectDeclaration(trx: Knex.Transaction, change: ClaimChange, now: string): Promise<void> {
  const { state, declaration } = change;
  if (!declaration) return;
  const at = now;
  const record: ActionRecord = { action: declaration.action, by: change.by, at, details: declaration.details };
  await trx('declarations').where({ id: state.declarationId }).update({
    status: state.status, decision: JSON.stringify(state.decision), handler: JSON.stringify(state.handler), updatedAt: at,
    actions: trx.raw('actions || ?::jsonb', [JSON.stringify([record])]),
    ...(change.attachments?.length ? { attachments: trx.raw('attachments || ?::jsonb', [JSON.stringify(change.attachments)]) } : {}),
  });
}

/** One row per person told; a key seen before is not told again. */
async function notify(trx: Knex.Transaction, change: ClaimChange): Promise<void> {
  for (const notification of change.notifications ?? []) {
    const recipients = 'userId' in notification.to
      ? [{ userId: notification.to.userId, dedupeKey: notification.dedupeKey }]
      : (await trx('users').where({ role: notification.to.role }).select('id'))
        .map(({ id }: { id: string }) => ({ userId: id, dedupeKey: `${notification.dedupeKey}:${id}` }));
    if (recipients.length === 0) continue;
    await trx('notifications').insert(recipients.map((recipient) => ({
      ...recipient, declarationId: change.state.declarationId, kind: notification.kind, params: JSON.stringify(notification.params),
    }))).onConflict('dedupeKey').ignore();
  }
}

const perCostType = (rows: { costType: CostType; cents: string | number }[]): Record<CostType, number> => {
  const sums = Object.fromEntries(costTypes.map((type) => [type, 0])) as Record<CostType, number>;
  for (const row of rows) sums[row.costType] += Number(row.cents);
  return sums;
};

const notAdoptable = (message: string, details: Record<string, unknown>) =>
  ApplicationFailure.create({ type: claimNotAdoptableFailureType, nonRetryable: true, message, details: [details] });

export type AdoptedClaim = Omit<ClaimState, 'workflowId' | 'revision' | 'recentKeys'>;

export function claimLedgerActivities(knex: Knex) {
  /** Money of the processes of the time before: paid ('paid' rows), and promised by their open approvals and running schedules. */
  const legacyMoneyOf = async (declarationId: string) => {
    const [paid, awaiting, schedules] = await Promise.all([
      knex('payments').where({ declarationId, status: 'paid' }).groupBy('costType').select('costType', knex.raw('sum(amount_cents) as cents')),
      knex('payments').where({ declarationId, status: 'awaiting_approval' }).whereNotNull('workflowId').select('costType', 'amountCents as cents', 'workflowId'),
      knex('paymentSchedules as s').where({ 's.declarationId': declarationId, 's.status': 'running' })
        .select('s.costType', 's.workflowId', knex.raw("s.total_cents - coalesce((select sum(p.amount_cents) from payments p where p.schedule_id = s.id and p.status = 'paid'), 0) as cents")),
    ]);
    const promised = [...awaiting, ...schedules];
    return {
      settledPaidCents: perCostType(paid), legacyPromisedCents: perCostType(promised),
      workflowIds: promised.map((row: { workflowId: string }) => row.workflowId),
    };
  };

  return {
    /**
     * Writes one accepted change of a claim in one transaction, under the lock of its claims row. A change whose
     * revision the row already has (a retried activity, a replayed workflow, a late older write) changes nothing.
     */
    async projectClaim(change: ClaimChange): Promise<void> {
      const { declarationId, revision } = change.state;
      const written = await knex.transaction(async (trx) => {
        const claim = await trx('claims').where({ declarationId }).forUpdate().first('revision');
        if (!claim) throw new Error(`No claim is open for declaration ${declarationId}`);
        if (claim.revision >= revision) return false;
        await writeChange(trx, change, change.at); // the workflow's time: a retry writes the same
        return true;
      });
      if (written) countChange(change); // once per revision: the guard above lets a change through once
    },

    /**
     * The cover check at opening, on the declaration and its linked policy. Dates of `date` columns arrive as
     * 'YYYY-MM-DD' strings (db/connection.ts sets pg's parser for them), as the check compares calendar days.
     */
    async checkClaimCoverage({ declarationId }: { declarationId: string }): Promise<Coverage> {
      const declaration = await knex('declarations').where({ id: declarationId }).first('type', 'data', 'policyId');
      if (!declaration) throw new Error(`No declaration ${declarationId}`);
      const policy = declaration.policyId
        ? await knex('policies').where({ id: declaration.policyId }).first('status', 'startDate', 'endDate', 'productLine', 'guarantees', 'terms')
        : null;
      const check = checkCoverage({ type: declaration.type, data: declaration.data, policy: policy ?? null });
      return { ...check, confirmed: null };
    },

    /**
     * What the processes of the time before did and still promise on an adopted claim: what they paid, and what their
     * approvals awaiting a decision and their running schedules have yet to pay. The claim reads it again before each action.
     */
    async readLegacyMoney({ declarationId }: { declarationId: string }): Promise<Pick<ClaimState, 'settledPaidCents' | 'legacyPromisedCents'>> {
      const { settledPaidCents, legacyPromisedCents } = await legacyMoneyOf(declarationId);
      return { settledPaidCents, legacyPromisedCents };
    },

    /**
     * Takes over a claim opened before claims had a process of their own: its state rebuilt from the ledger. The
     * legacy approval and schedule workflows still running keep paying; what they promise stays counted until they end.
     */
    async adoptClaim({ declarationId }: { declarationId: string }): Promise<{ state: AdoptedClaim; legacyWorkflows: string[] }> {
      const claim = await knex('claims as c').join('declarations as d', 'd.id', 'c.declarationId').where('c.declarationId', declarationId)
        .first('c.claimNumber', 'c.productLine', 'c.closedAt', 'c.workflowId', 'd.organisationId', 'd.type', 'd.status', 'd.handler', 'd.decision');
      if (!claim) throw notAdoptable(`No claim is open for declaration ${declarationId}`, { declarationId });
      if (!adoptableStatuses.includes(claim.status)) {
        throw notAdoptable(`A claim in status ${claim.status} cannot be taken over by a claim process`, { declarationId, status: claim.status });
      }
      // A claim its process wrote holds money the ledger of the time before does not read (approved, sent, confirmed payments).
      if (claim.workflowId) throw notAdoptable(`The claim is owned by ${claim.workflowId} already`, { declarationId, workflowId: claim.workflowId });

      const [reserve, legacy] = await Promise.all([
        knex('reserveEntries').where({ declarationId }).groupBy('costType').select('costType', knex.raw('sum(amount_cents) as cents')),
        legacyMoneyOf(declarationId),
      ]);
      const { settledPaidCents } = legacy;
      const anythingPaid = costTypes.some((type) => settledPaidCents[type] > 0);
      const state: AdoptedClaim = {
        declarationId, organisationId: claim.organisationId, claimNumber: claim.claimNumber, type: claim.type, productLine: claim.productLine,
        status: claim.status, handler: claim.handler, decision: claim.decision,
        // Claims of the time before were opened without the cover check: their handlers took the cover as given.
        coverage: { status: 'verified', findings: [], eventDate: null, confirmed: null },
        reserveCents: perCostType(reserve), settledPaidCents, legacyPromisedCents: legacy.legacyPromisedCents,
        payments: [], schedules: [], recoveries: [],
        closed: claim.closedAt
          ? { outcome: claim.status === 'refused' ? 'refused' : anythingPaid ? 'paid' : 'no_payment', reason: null, by: systemActor, at: new Date(claim.closedAt).toISOString() }
          : null,
        reopened: null,
      };
      return { state, legacyWorkflows: legacy.workflowIds };
    },
  };
}
