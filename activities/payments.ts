import type { Knex } from 'knex';
import { audit } from '../db/audit';
import { businessCounters } from '../runtime/metrics/business-counters';
import { checkScheduleFits, MoneyRefused, recordPayment } from '../db/ledger';
import type { Actor } from '../domain/declaration';
import type { MoneyRefusal, PlannedPayment } from '../domain/money';
import { paymentApprovalWorkflowId, PaymentRequest } from '../workflows/payment-approval/definitions';
import type { PaymentScheduleSnapshot } from '../workflows/payment-schedule/definitions';

/** A refusal of the money rules is an answer for the workflow, not a failure to retry. */
async function refusalOf(work: () => Promise<unknown>): Promise<MoneyRefusal | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof MoneyRefused) return error.refusal;
    throw error;
  }
}

const scheduleRow = (schedule: PaymentScheduleSnapshot) => ({
  status: schedule.status, stopped: JSON.stringify(schedule.stopped), revision: schedule.revision, updatedAt: schedule.updatedAt,
});

export function paymentActivities(knex: Knex) {
  const organisationOf = async (trx: Knex.Transaction, declarationId: string) =>
    (await trx('declarations').where({ id: declarationId }).first('organisationId')).organisationId as string;

  /** Decides a payment awaiting approval, with its audit entry; decided already (a retry), it changes nothing. */
  const decide = async (paymentId: string, by: Actor, at: string, change: Record<string, unknown>, action: string, details: Record<string, unknown>) => {
    const decided = await knex.transaction(async (trx) => {
      const [payment] = await trx('payments').where({ id: paymentId, status: 'awaiting_approval' })
        .update({ ...change, approvedById: by.userId, approvedByName: by.name, decidedAt: at }).returning('*');
      if (!payment) return false;
      await audit(trx, {
        actor: { id: by.userId, name: by.name }, action, subject: { type: 'payment', id: paymentId },
        organisationId: await organisationOf(trx, payment.declarationId), details: { amountCents: payment.amountCents, costType: payment.costType, ...details },
      });
      return true;
    });
    if (decided) businessCounters.payments.inc({ status: String(change.status) });
  };

  return {
    /** Records a payment above the requester's limit as awaiting approval, if it fits the reserve. */
    async recordPaymentRequest(request: PaymentRequest): Promise<MoneyRefusal | null> {
      return refusalOf(() => recordPayment(knex, request, { status: 'awaiting_approval', workflowId: paymentApprovalWorkflowId(request.paymentId) }));
    },

    async markPaymentPaid({ paymentId, approvedBy, at }: { paymentId: string; approvedBy: Actor; at: string }): Promise<void> {
      await decide(paymentId, approvedBy, at, { status: 'paid', paidAt: at }, 'payment_approved', {});
    },

    async markPaymentRejected({ paymentId, rejectedBy, reason, at }: { paymentId: string; rejectedBy: Actor; reason: string; at: string }): Promise<void> {
      await decide(paymentId, rejectedBy, at, { status: 'rejected', reason }, 'payment_rejected', { reason });
    },

    /** Undecided too long: a notice in every senior handler's inbox, once however often this runs. */
    async escalatePaymentApproval(request: PaymentRequest & { escalatedAt: string }): Promise<void> {
      await knex.transaction(async (trx) => {
        await trx('payments').where({ id: request.paymentId }).whereNull('escalatedAt').update({ escalatedAt: request.escalatedAt });
        const seniors: { id: string }[] = await trx('users').where({ role: 'senior_handler' }).select('id');
        if (seniors.length === 0) return;
        const params = { amountCents: request.amountCents, payeeName: request.payeeName, requestedBy: request.requestedBy.name };
        await trx('notifications')
          .insert(seniors.map((senior) => ({
            dedupeKey: `payment-escalation:${request.paymentId}:${senior.id}`, userId: senior.id, declarationId: request.declarationId, kind: 'payment_approval_escalated', params,
          })))
          .onConflict('dedupeKey').ignore();
      });
    },

    /** Records a new schedule once its total fits the reserve (from then on promised on it). */
    async recordPaymentSchedule(schedule: PaymentScheduleSnapshot): Promise<MoneyRefusal | null> {
      return refusalOf(() => knex.transaction(async (trx) => {
        if (await trx('paymentSchedules').where({ id: schedule.scheduleId }).first('id')) return; // a retry
        const claim = await checkScheduleFits(trx, { ...schedule, workflowId: schedule.workflowId });
        await trx('paymentSchedules').insert({
          id: schedule.scheduleId, workflowId: schedule.workflowId, declarationId: schedule.declarationId, kind: schedule.kind, costType: schedule.costType,
          totalCents: schedule.totalCents, spreadMonths: schedule.spreadMonths, plan: JSON.stringify(schedule.plan), payeeName: schedule.payeeName,
          iban: schedule.iban, createdBy: JSON.stringify(schedule.createdBy), createdAt: schedule.createdAt, ...scheduleRow(schedule),
        });
        await audit(trx, {
          actor: { id: schedule.createdBy.userId, name: schedule.createdBy.name }, action: 'payment_schedule_started',
          subject: { type: 'payment_schedule', id: schedule.scheduleId }, organisationId: claim.organisationId,
          details: { claimNumber: claim.claimNumber, kind: schedule.kind, totalCents: schedule.totalCents, spreadMonths: schedule.spreadMonths, plan: schedule.plan },
        });
      }));
    },

    /** Writes the schedule's status; an older revision never overwrites a newer one. A stop is audit-logged with it. */
    async projectPaymentSchedule(schedule: PaymentScheduleSnapshot): Promise<void> {
      await knex.transaction(async (trx) => {
        const updated = await trx('paymentSchedules').where({ id: schedule.scheduleId }).where('revision', '<', schedule.revision).update(scheduleRow(schedule));
        if (!updated || schedule.status !== 'stopped' || !schedule.stopped) return;
        await audit(trx, {
          actor: { id: schedule.stopped.by.userId, name: schedule.stopped.by.name }, action: 'payment_schedule_stopped',
          subject: { type: 'payment_schedule', id: schedule.scheduleId }, organisationId: await organisationOf(trx, schedule.declarationId),
          details: { reason: schedule.stopped.reason, paidCount: schedule.paidCount, plannedCount: schedule.plan.length },
        });
      });
    },

    /** Pays one instalment: (schedule, number) is unique, so a retried activity pays it once. */
    async payInstalment({ schedule, instalmentNumber, amountCents }: { schedule: PaymentScheduleSnapshot } & PlannedPayment): Promise<void> {
      const paid = await knex.transaction(async (trx) => {
        const [payment] = await trx('payments').insert({
          id: trx.raw('gen_random_uuid()'), declarationId: schedule.declarationId, costType: schedule.costType, amountCents, payeeName: schedule.payeeName,
          iban: schedule.iban, status: 'paid', requestedById: schedule.createdBy.userId, requestedByName: schedule.createdBy.name,
          scheduleId: schedule.scheduleId, instalmentNumber, paidAt: trx.fn.now(),
        }).onConflict(['scheduleId', 'instalmentNumber']).ignore().returning('id');
        if (!payment) return false;
        await audit(trx, {
          actor: { id: null, name: 'System' }, action: 'payment_paid', subject: { type: 'payment', id: payment.id },
          organisationId: await organisationOf(trx, schedule.declarationId), details: { scheduleId: schedule.scheduleId, instalmentNumber, amountCents, costType: schedule.costType },
        });
        return true;
      });
      if (paid) businessCounters.payments.inc({ status: 'paid' });
    },
  };
}
