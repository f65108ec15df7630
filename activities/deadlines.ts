import type { Knex } from 'knex';
import { audit } from '../db/audit';
import type { Deadline, DeadlinesSnapshot } from '../workflows/claim-deadlines/definitions';

const describe: Record<Deadline['code'], string> = {
  reasoned_answer: 'the reasoned answer within three months (a flat €300 is now due)',
  reminder_answer: 'the answer within 11 days of the reminder (€300 per day of delay accrues)',
  payment: 'payment within 30 days of the agreed amount (late payment bears twice the legal interest)',
  inspection_report: 'the detailed report to the labour inspection within 10 working days',
};

export function deadlineActivities(knex: Knex) {
  return {
    /** Writes the claim's deadlines to the read model; an older revision never overwrites a newer one. */
    async projectDeadlines(snapshot: DeadlinesSnapshot): Promise<void> {
      if (snapshot.deadlines.length === 0) return;
      await knex('claimDeadlines')
        .insert(snapshot.deadlines.map((deadline) => ({
          declarationId: snapshot.declarationId, code: deadline.code, dueOn: deadline.dueOn, status: deadline.status,
          penaltyCents: deadline.penaltyCents, revision: snapshot.revision, updatedAt: knex.fn.now(),
        })))
        .onConflict(['declarationId', 'code']).merge()
        .where('claim_deadlines.revision', '<', snapshot.revision);
    },

    /** A deadline passed: the handler is told, and the audit log records it (with the sum now due) once. */
    async deadlineMissed({ declarationId, deadline }: { declarationId: string; deadline: Deadline }): Promise<void> {
      const claim = await knex('claims').where({ declarationId }).first('handlerId', 'claimNumber');
      const dedupeKey = `deadline-missed:${declarationId}:${deadline.code}:${deadline.dueOn}`;
      await knex.transaction(async (trx) => {
        const inserted = await trx('notifications')
          .insert({ dedupeKey, userId: claim.handlerId, declarationId, kind: 'deadline_missed', message: `Claim ${claim.claimNumber}: missed ${describe[deadline.code]}; it was due on ${deadline.dueOn}.` })
          .onConflict('dedupeKey').ignore().returning('id');
        if (inserted.length === 0) return; // already recorded by an earlier attempt
        await audit(trx, {
          actor: { id: null, name: 'System' }, action: 'deadline_missed', subject: { type: 'claim', id: declarationId },
          details: { code: deadline.code, dueOn: deadline.dueOn, penaltyCents: deadline.penaltyCents, claimNumber: claim.claimNumber },
        });
      });
    },
  };
}
