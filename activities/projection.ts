import { log } from '@temporalio/activity';
import type { Knex } from 'knex';
import { audit } from '../db/audit';
import { businessCounters } from '../runtime/metrics/business-counters';
import type { ActionRecord, DeclarationSnapshot } from '../domain/declaration';

/** Every action a process accepts goes to the audit log too, once per revision however often this runs. */
export async function logLatestAction(
  db: Knex.Transaction, subjectType: string, subjectId: string, organisationId: string, workflowId: string, revision: number,
  action: { action: string; by: ActionRecord['by']; details?: Record<string, unknown> } | undefined,
): Promise<void> {
  if (!action) return;
  await audit(db, {
    actor: { id: action.by.userId, name: action.by.name }, action: `${subjectType}_${action.action}`,
    subject: { type: subjectType, id: subjectId }, organisationId, details: { workflowId, revision, ...(action.details ?? {}) },
    eventKey: `${workflowId}:${revision}`,
  });
}

export function projectionActivities(knex: Knex) {
  return {
    /**
     * Writes the workflow's state to the read model. Idempotent and order-safe: a write carrying an
     * older revision (a retry arriving late) never overwrites a newer one.
     */
    async projectDeclaration(snapshot: DeclarationSnapshot): Promise<void> {
      const row = {
        id: snapshot.id,
        workflowId: snapshot.workflowId,
        organisationId: snapshot.organisationId,
        policyId: snapshot.policyId,
        type: snapshot.type,
        status: snapshot.status,
        step: snapshot.step,
        version: snapshot.version,
        revision: snapshot.revision,
        data: JSON.stringify(snapshot.data),
        attachments: JSON.stringify(snapshot.attachments ?? []),
        claimNumber: snapshot.claimNumber,
        handler: JSON.stringify(snapshot.handler),
        decision: JSON.stringify(snapshot.decision),
        actions: JSON.stringify(snapshot.actions),
        createdBy: snapshot.createdBy.userId,
        createdAt: snapshot.createdAt,
        updatedAt: snapshot.updatedAt,
        submittedAt: snapshot.submittedAt,
      };
      const written = await knex.transaction(async (trx) => {
        const rows = await trx('declarations').insert(row).onConflict('id').merge().where('declarations.revision', '<', snapshot.revision).returning('id');
        await logLatestAction(trx, 'declaration', snapshot.id, snapshot.organisationId, snapshot.workflowId, snapshot.revision, snapshot.actions.at(-1));
        return rows.length > 0;
      });
      // Ids and status only: the declaration's data is personal. The activity's log adds the workflow and request ids.
      if (written) log.info('declaration projected', { declarationId: snapshot.id, revision: snapshot.revision, status: snapshot.status });
      // Counted once: a retry of this revision writes no row.
      if (written && snapshot.actions.at(-1)?.action === 'submitted') businessCounters.declarationsSubmitted.inc({ type: snapshot.type });
    },
  };
}
