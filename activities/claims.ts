import type { Knex } from 'knex';
import type { HandlerContact } from '../domain/declaration';
import { claimNumberCode, DeclarationType, productLineOf } from '../domain/declaration-types';
import { businessCounters } from '../runtime/metrics/business-counters';
import { assignAutomatically } from './assignment';

export interface OpenClaim {
  declarationId: string;
  type: DeclarationType;
  /** The handler who starts handling; null: assign automatically by workload. */
  handlerId: string | null;
  openedBy: string | null;
}

const brusselsYear = () => new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date());

async function handlerContact(knex: Knex, handlerId: string): Promise<HandlerContact> {
  const user = await knex('users').where({ id: handlerId }).first('id', 'fullName', 'email', 'phone');
  return { id: user.id, name: user.fullName, email: user.email, phone: user.phone };
}

/** A retried opening answers what the first one recorded: the rule that chose the handler, if the rules chose. */
async function automaticAssignmentOf(trx: Knex.Transaction, declarationId: string) {
  const entry = await trx('auditLog').where({ eventKey: `assignment:${declarationId}` }).first('details');
  return entry ? { ruleId: entry.details.ruleId ?? null, ruleName: entry.details.ruleName ?? null } : null;
}

export function claimActivities(knex: Knex) {
  return {
    /** Puts the claim file in another handler's name (idempotent). */
    async assignClaim({ declarationId, handlerId }: { declarationId: string; handlerId: string }): Promise<void> {
      await knex('claims').where({ declarationId }).update({ handlerId });
    },

    /**
     * Opens the claim file (schadedossier) for a declaration: a claim number and a handler. Runs as
     * often as Temporal retries it and still opens exactly one claim per declaration.
     */
    async openClaim(input: OpenClaim): Promise<{ claimNumber: string; handler: HandlerContact; simpleFireRisk: boolean; assignedBy?: { ruleId: string | null; ruleName: string | null } }> {
      const { claim, assignedBy, opened } = await knex.transaction(async (trx) => {
        const existing = await trx('claims').where({ declarationId: input.declarationId }).first();
        if (existing) return { opened: false, claim: existing, assignedBy: await automaticAssignmentOf(trx, input.declarationId) };
        // Without a handler who starts handling, the assignment rules choose (domain/assignment/rules.ts).
        const automatic = input.handlerId ? null : await assignAutomatically(trx, input.declarationId);
        const handlerId = input.handlerId ?? automatic!.handlerId;
        const { rows } = await trx.raw("select nextval('claim_number_seq') as seq");
        const claimNumber = `${brusselsYear()}/${claimNumberCode[input.type]}/${String(rows[0].seq).padStart(6, '0')}`;
        const [inserted] = await trx('claims')
          .insert({ declarationId: input.declarationId, claimNumber, handlerId, productLine: productLineOf[input.type], openedBy: input.openedBy })
          .onConflict('declarationId').ignore()
          .returning('*');
        if (inserted && automatic) await automatic.record(claimNumber);
        if (inserted) return { opened: true, claim: inserted, assignedBy: automatic && { ruleId: automatic.rule?.id ?? null, ruleName: automatic.rule?.name ?? null } };
        return { opened: false, claim: await trx('claims').where({ declarationId: input.declarationId }).first(), assignedBy: await automaticAssignmentOf(trx, input.declarationId) };
      });
      if (opened) businessCounters.claimsOpened.inc({ type: input.type }); // only the attempt that inserted the claim
      const policy = await knex('declarations as d').join('policies as p', 'p.id', 'd.policyId').where('d.id', input.declarationId).first('p.terms');
      return {
        claimNumber: claim.claimNumber, handler: await handlerContact(knex, claim.handlerId), simpleFireRisk: Boolean(policy?.terms?.simpleRisk),
        ...(assignedBy ? { assignedBy } : {}),
      };
    },
  };
}
