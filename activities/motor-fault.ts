import { ApplicationFailure } from '@temporalio/common';
import type { Knex } from 'knex';
import { motorPolicyOf, motorSituationOf, vehicleStateOf } from '../domain/declaration-facts';
import type { ClaimChange } from '../domain/claim/change';
import { jokerTakenFailureType, type MotorFaultFacts } from '../domain/claim/motor-fault';
import { replacementVehicleDays } from '../domain/rules/motor';
import { accidentInFault, DRIVER_GUARANTEE } from '../domain/rules/motor-fault';

const textOr = (value: unknown, fallback: string | null) => (typeof value === 'string' && value.trim() ? value.trim() : fallback);

/** The motor claim's facts its process decides on, and the write of what it decided (part of projectClaim's transaction). */
export function motorFaultActivities(knex: Knex) {
  return {
    /**
     * The policy's record (terms.claimFreeSince, terms.policyholderBirthDate, the driver guarantee) and its other
     * accidents in fault; the declaration's accident day, country, counterparty and estimate; the guarantee's days.
     */
    async motorFaultFactsOf({ declarationId }: { declarationId: string }): Promise<MotorFaultFacts | null> {
      const row = await knex('declarations as d').leftJoin('policies as p', 'p.id', 'd.policyId').where('d.id', declarationId)
        .first('d.type', 'd.data', 'd.policyId', 'p.productLine', 'p.startDate', 'p.guarantees', 'p.terms');
      if (!row) throw ApplicationFailure.nonRetryable(`No declaration ${declarationId}`, 'bad_data');
      if (!row.policyId || row.productLine !== 'motor') return null;
      const data = row.data ?? {};
      const terms = row.terms ?? {};
      const others = await knex('policyAccidentsInFault').where({ policyId: row.policyId }).whereNot({ declarationId }).select('accidentOn');
      const counterparty = (data.parties?.counterparties ?? [])[0];
      const situation = motorSituationOf(row.type, data);
      const country = textOr(data.event?.place?.country, 'BE')!;
      const guaranteeDays = situation
        ? replacementVehicleDays({ ...situation, policy: motorPolicyOf(terms), country, vehicleState: vehicleStateOf(row.type, data), atFault: false }).days
        : 0;
      return {
        policyId: row.policyId,
        recordSince: textOr(terms.claimFreeSince, row.startDate)!,
        birthDate: textOr(terms.policyholderBirthDate, null),
        driverGuarantee: Array.isArray(row.guarantees) && row.guarantees.includes(DRIVER_GUARANTEE),
        accidentsInFault: others.map((other: { accidentOn: string }) => other.accidentOn),
        eventDate: textOr(data.event?.date, null),
        country,
        counterparty: counterparty
          ? { name: textOr([counterparty.firstName, counterparty.lastName].filter(Boolean).join(' ') || counterparty.name, '—')!, insurer: textOr(counterparty.insurer, null) }
          : null,
        estimatedCents: typeof data.damage?.estimatedAmountCents === 'number' ? data.damage.estimatedAmountCents : null,
        guaranteeDays,
      };
    },
  };
}

/**
 * Writes a motor claim's liability, repair and towing orders; an accident in fault goes on the policy's record
 * (policy_accidents_in_fault) with whether it used the Joker. Once per revision, inside projectClaim's transaction.
 */
export async function writeMotorFaultChange(trx: Knex.Transaction, change: ClaimChange, now: string): Promise<void> {
  const written = change.motorFault;
  const fault = change.state.motorFault;
  if (!written || !fault) return;
  const declarationId = change.state.declarationId;
  const { liability, repair } = fault;
  if (written.liability || written.repair) {
    await trx('claimMotorFault').insert({
      declarationId, policyId: liability?.policyId ?? null, liability: liability ? JSON.stringify(liability) : null,
      repair: repair ? JSON.stringify(repair) : null, updatedAt: now,
    }).onConflict('declarationId').merge(['policyId', 'liability', 'repair', 'updatedAt']);
  }
  if (written.liability && liability && accidentInFault(liability)) {
    // Two claims of one policy recorded at once must not both use its Joker: under the policy's lock, an accident in
    // fault recorded since the facts were read (after the clean period's start, up to this accident) takes it first.
    await trx('policies').where({ id: liability.policyId }).forUpdate().first('id');
    if (liability.joker.effect === 'joker_used') {
      const meanwhile = await trx('policyAccidentsInFault').where({ policyId: liability.policyId }).whereNot({ declarationId })
        .where('accidentOn', '>', liability.joker.claimFreeSince).where('accidentOn', '<=', liability.accidentOn).first('claimNumber');
      if (meanwhile) throw ApplicationFailure.nonRetryable(`The Joker was taken by claim ${meanwhile.claimNumber} meanwhile`, jokerTakenFailureType, { claimNumber: meanwhile.claimNumber });
    }
    await trx('policyAccidentsInFault').insert({
      declarationId, policyId: liability.policyId, claimNumber: change.state.claimNumber, accidentOn: liability.accidentOn,
      ownSharePercent: liability.ownSharePercent, jokerUsed: liability.joker.effect === 'joker_used', recordedAt: now,
    }).onConflict('declarationId').ignore();
  }
  for (const id of written.towingOrderIds ?? []) {
    const order = fault.towingOrders.find((candidate) => candidate.id === id);
    if (!order) throw new Error(`The claim change names towing order ${id}, which its state does not hold`);
    await trx('claimTowingOrders').insert({
      id, declarationId, country: order.country, towedTo: order.towedTo, unharmedOccupants: order.unharmedOccupants, provider: order.provider,
      costCents: order.costCents, orderedBy: JSON.stringify(order.orderedBy), orderedAt: order.orderedAt,
    }).onConflict('id').ignore();
  }
}
