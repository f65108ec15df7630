import type { Knex } from 'knex';
import { audit } from '../db/audit';
import { logLatestAction } from './projection';
import type { Actor } from '../domain/declaration';
import type { ChangeSnapshot } from '../workflows/hospitalisation-change/definitions';

const APPLIED = 'hospitalisation_change_applied';

export function hospitalisationActivities(knex: Knex) {
  return {
    /** Writes the change to the read model; an older revision never overwrites a newer one. */
    async projectHospitalisationChange(change: ChangeSnapshot): Promise<void> {
      const row = {
        id: change.id, workflowId: change.workflowId, organisationId: change.organisationId, policyId: change.policyId,
        kind: change.kind, role: change.role, data: JSON.stringify(change.data), effectiveDate: change.effectiveDate,
        status: change.status, version: change.version, revision: change.revision,
        requestedBy: JSON.stringify(change.requestedBy), requestedById: change.requestedBy.userId,
        decision: JSON.stringify(change.decision), actions: JSON.stringify(change.actions),
        createdAt: change.createdAt, updatedAt: change.updatedAt, submittedAt: change.submittedAt,
      };
      await knex.transaction(async (trx) => {
        await trx('hospitalisationChanges').insert(row).onConflict('id').merge().where('hospitalisation_changes.revision', '<', change.revision);
        await logLatestAction(trx, 'hospitalisation_change', change.id, change.organisationId, change.workflowId, change.revision, change.actions.at(-1));
      });
    },

    /**
     * Applies an approved change to the register from its effective date, in one transaction with its
     * audit entry; that entry also marks it applied, so a retried activity changes nothing twice.
     */
    async applyHospitalisationChange({ change, approvedBy }: { change: ChangeSnapshot; approvedBy: Actor }): Promise<void> {
      await knex.transaction(async (trx) => {
        const applied = await trx('auditLog').where({ action: APPLIED, subjectType: 'hospitalisation_change', subjectId: change.id }).first('id');
        if (applied) return;
        const data = change.data as Record<string, any>;
        const from = change.effectiveDate!;
        const persons = () => trx('insuredPersons').where({ policyId: change.policyId });
        switch (change.kind) {
          case 'update_person':
            await persons().where({ id: data.personId }).update({ ...data.changes, updatedAt: trx.fn.now() });
            break;
          case 'add_family_member':
          case 'add_titularis':
            await trx('insuredPersons')
              .insert({
                ...data.person, policyId: change.policyId, coveredFrom: from, addedByChange: change.id,
                titularisId: change.kind === 'add_family_member' ? data.titularisId : null,
                relation: change.kind === 'add_family_member' ? data.relation : 'titularis',
              })
              .onConflict(['policyId', 'nationalNumber']).ignore(); // already insured: nothing to add
            break;
          case 'remove_family_member':
            await persons().where({ id: data.personId }).update({ coveredUntil: from, updatedAt: trx.fn.now() });
            break;
          case 'remove_titularis': // the family leaves with the titularis
            await persons().where((q) => q.where({ id: data.personId }).orWhere({ titularisId: data.personId })).update({ coveredUntil: from, updatedAt: trx.fn.now() });
            break;
        }
        await audit(trx, {
          actor: { id: approvedBy.userId, name: approvedBy.name }, action: APPLIED,
          subject: { type: 'hospitalisation_change', id: change.id }, organisationId: change.organisationId,
          details: { kind: change.kind, effectiveDate: from, data },
        });
      });
    },
  };
}
