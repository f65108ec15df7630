import { setHandler } from '@temporalio/workflow';
import { systemActor } from '../../domain/declaration';
import * as claim from './definitions';
import { copy, type ClaimProcess } from './process';
import { paymentsHeld } from './risk';

/** The bank's side: the daily batch takes what is approved; the bank's statement confirms or returns it. */
export function registerBank(p: ClaimProcess) {
  setHandler(claim.takeForBatchUpdate, ({ batchId }) => p.exclusively(async () => {
    const { state } = p;
    const taken = state.payments.filter((payment) => payment.batchId === batchId);
    if (taken.length) return copy(taken);
    if (paymentsHeld(state)) return []; // referred to the special investigation unit: its approved payments wait
    const approved = state.payments.filter((payment) => payment.status === 'approved');
    if (!approved.length) return [];
    for (const payment of approved) Object.assign(payment, { status: 'sent', batchId });
    await p.commit({ action: 'payments_sent', by: systemActor, paymentIds: approved.map((payment) => payment.id), details: { batchId, count: approved.length } });
    return copy(approved);
  }));

  setHandler(claim.bankReportedUpdate, (report) => p.exclusively(async () => {
    const { state } = p;
    const payment = state.payments.find((candidate) => candidate.id === report.paymentId);
    if (!payment || payment.status !== 'sent') return copy(state); // reported before: the same file twice changes nothing
    if (report.amountCents !== undefined && report.amountCents !== payment.amountCents) {
      // Not this payment's answer as the bank tells it: the payment stays sent, and its handler looks into it.
      return p.commit({
        action: 'bank_amount_mismatch', by: systemActor,
        details: { paymentId: payment.id, amountCents: payment.amountCents, reportedCents: report.amountCents, statementId: report.statementId },
        notifications: state.handler ? [{
          to: { userId: state.handler.id }, kind: 'bank_amount_mismatch', dedupeKey: `bank-amount-mismatch:${payment.id}:${report.statementId}`,
          params: { claimNumber: state.claimNumber, amountCents: payment.amountCents, reportedCents: report.amountCents },
        }] : [],
      });
    }
    payment.status = report.outcome;
    payment.bank = { outcome: report.outcome, reasonCode: report.reasonCode, reasonText: report.reasonText, statementId: report.statementId, at: p.now() };
    const returned = report.outcome === 'returned';
    return p.commit({
      action: returned ? 'payment_returned' : 'payment_confirmed', by: systemActor, paymentIds: [payment.id],
      details: { paymentId: payment.id, amountCents: payment.amountCents, reasonCode: report.reasonCode, statementId: report.statementId },
      // A returned payment is no longer paid: its amount is back on the reserve, and the handler must act on it.
      notifications: returned && state.handler ? [{
        to: { userId: state.handler.id }, kind: 'payment_returned', dedupeKey: `payment-returned:${payment.id}`,
        params: { claimNumber: state.claimNumber, amountCents: payment.amountCents, payeeName: payment.payeeName, reasonCode: report.reasonCode },
      }] : [],
    });
  }));
}
