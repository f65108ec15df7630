import type { Knex } from 'knex';
import { audit } from '../db/audit';
import { businessCounters } from '../runtime/metrics/business-counters';
import type { Deadline, DeadlinesSnapshot } from '../workflows/claim-deadlines/definitions';

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
      const recorded = await knex.transaction(async (trx) => {
        const inserted = await trx('notifications')
          .insert({ dedupeKey, userId: claim.handlerId, declarationId, kind: 'deadline_missed',
            params: { claimNumber: claim.claimNumber, deadline: deadline.code, dueOn: deadline.dueOn, penaltyCents: deadline.penaltyCents } })
          .onConflict('dedupeKey').ignore().returning('id');
        if (inserted.length === 0) return false; // already recorded by an earlier attempt
        await audit(trx, {
          actor: { id: null, name: 'System' }, action: 'deadline_missed', subject: { type: 'claim', id: declarationId },
          details: { code: deadline.code, dueOn: deadline.dueOn, penaltyCents: deadline.penaltyCents, claimNumber: claim.claimNumber },
        });
        return true;
      });
      if (recorded) businessCounters.deadlinesMissed.inc({ code: deadline.code });
    },
  };
}
