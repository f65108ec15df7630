import type { Knex } from 'knex';
import type { DeclarationSnapshot } from '../domain/declaration';
import { openedAutomatically } from '../domain/declaration-opening';
import { claimActivities } from './claims';
import { projectionActivities } from './projection';

export function declarationSubmitActivities(knex: Knex) {
  const { projectDeclaration } = projectionActivities(knex);
  const { openClaim } = claimActivities(knex);
  return {
    /**
     * A declaration whose claim opens by itself, submitted and opened in one activity instead of three (the submitted
     * row, the claim, the row in handling), each a trip through the engine. Each write is idempotent, so a retry
     * after any of them ends the same: one claim, the rows at their revisions.
     */
    async submitAndOpenClaim(submitted: DeclarationSnapshot) {
      await projectDeclaration(submitted);
      const claim = await openClaim({ declarationId: submitted.id, type: submitted.type, handlerId: null, openedBy: null });
      await projectDeclaration(openedAutomatically(submitted, claim));
      return claim;
    },
  };
}
