import type { Knex } from 'knex';
import type { HandlerContact } from '../domain/declaration';
import { claimNumberCode, DeclarationType, productLineOf } from '../domain/declaration-types';

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

/** Among the handlers taking this product line, the one with the fewest open claims (ties: alphabetical). */
export async function leastBusyHandler(trx: Knex | Knex.Transaction, productLine: string): Promise<string> {
  const candidate = await trx('users as u')
    .leftJoin('claims as c', 'c.handlerId', 'u.id')
    .leftJoin('declarations as d', function openClaims() {
      this.on('d.id', 'c.declarationId').andOnIn('d.status', ['in_handling', 'under_reservation']);
    })
    .where('u.role', 'handler')
    .where((q) => q.whereNull('u.productLines').orWhereRaw('u.product_lines \\? ?', [productLine]))
    .groupBy('u.id', 'u.email')
    .orderByRaw('count(d.id) asc, u.email asc')
    .first('u.id');
  if (!candidate) throw new Error(`No claims handler takes ${productLine} claims`);
  return candidate.id;
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
    async openClaim(input: OpenClaim): Promise<{ claimNumber: string; handler: HandlerContact; simpleFireRisk: boolean }> {
      const claim = await knex.transaction(async (trx) => {
        const existing = await trx('claims').where({ declarationId: input.declarationId }).first();
        if (existing) return existing;
        const handlerId = input.handlerId ?? (await leastBusyHandler(trx, productLineOf[input.type]));
        const { rows } = await trx.raw("select nextval('claim_number_seq') as seq");
        const claimNumber = `${brusselsYear()}/${claimNumberCode[input.type]}/${String(rows[0].seq).padStart(6, '0')}`;
        const [inserted] = await trx('claims')
          .insert({ declarationId: input.declarationId, claimNumber, handlerId, productLine: productLineOf[input.type], openedBy: input.openedBy })
          .onConflict('declarationId').ignore()
          .returning('*');
        return inserted ?? (await trx('claims').where({ declarationId: input.declarationId }).first());
      });
      const policy = await knex('declarations as d').join('policies as p', 'p.id', 'd.policyId').where('d.id', input.declarationId).first('p.terms');
      return { claimNumber: claim.claimNumber, handler: await handlerContact(knex, claim.handlerId), simpleFireRisk: Boolean(policy?.terms?.simpleRisk) };
    },
  };
}
