import type { DeclarationType } from './declaration-types';
import type { MotorEvent, MotorPolicy, MotorSituation, VehicleState } from './rules/motor';
import { obligations } from './rules/workplace-accident';
import type { DirectCause, InjuryOutcome } from './rules/workplace-accident';

/** Reads the facts the product rules need from a declaration's data (which may still be incomplete). */
type Data = Record<string, any>;

const motorEventOf: Record<string, MotorEvent> = {
  collision: 'collision', glass: 'glass', hail: 'hail', storm: 'storm', natural_force: 'other_natural_force',
  vandalism: 'vandalism', animal: 'loose_animal', fire: 'fire',
};

export const isMotorType = (type: DeclarationType) => type === 'motor_theft' || type === 'motor_damage' || type === 'omnium_assignment';

/** What happened to the car, in the motor rules' terms; null while the declaration does not say yet. */
export function motorSituationOf(type: DeclarationType, data: Data): MotorSituation | null {
  const policeReportDrawnUp = Boolean(data.damage?.policeReportNumber);
  if (type === 'motor_theft') return { event: data.event?.attemptOnly ? 'attempted_theft' : 'theft', counterparty: false, policeReportDrawnUp };
  if (type === 'omnium_assignment') return { event: 'collision', counterparty: (data.parties?.counterparties ?? []).length > 0, policeReportDrawnUp };
  const event = motorEventOf[data.event?.kind];
  if (type !== 'motor_damage' || !event) return null;
  return { event, counterparty: Boolean(data.event?.counterpartyInvolved), policeReportDrawnUp };
}

export function vehicleStateOf(type: DeclarationType, data: Data): VehicleState {
  if (type === 'motor_theft') return data.event?.attemptOnly ? 'immobilised' : 'stolen';
  if (data.damage?.totalLoss) return 'total_loss';
  return data.damage?.vehicleDrivable === false ? 'immobilised' : 'driveable';
}

/** The motor cover a policy gives, from its terms (omnium none / small / full with its deductible). */
export function motorPolicyOf(terms: Record<string, any>): MotorPolicy {
  if (terms.omnium === 'full') return { cover: 'full_omnium', deductibleCents: terms.deductibleCents === 25_000 ? 25_000 : 50_000 };
  if (terms.omnium === 'small') return { cover: 'small_omnium' };
  return { cover: 'liability' };
}

/** The injury of a workplace accident in the seriousness test's terms. */
export function workplaceInjuryOf(data: Data): { outcome: InjuryOutcome; directCause: DirectCause; temporaryIncapacity: boolean } {
  const damage = data.damage ?? {};
  const outcome: InjuryOutcome = damage.fatal ? 'fatal'
    : damage.permanentInjury ? 'permanent_injury'
      : damage.nature || damage.temporaryIncapacity ? 'temporary_injury' : 'no_injury';
  return { outcome, directCause: data.event?.causedByEventOrObject ? 'event' : 'other', temporaryIncapacity: Boolean(damage.temporaryIncapacity) };
}

/** A serious workplace accident's detailed report to the labour inspection: when it is due, if it is due. */
export function inspectionReportDue(type: DeclarationType, data: Data): string | null {
  const accidentDate = data.event?.date;
  if ((type !== 'workplace_accident' && type !== 'private_life') || typeof accidentDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(accidentDate)) return null;
  const { outcome, directCause } = workplaceInjuryOf(data);
  return obligations(accidentDate, outcome, directCause).find((o) => o.code === 'detailed_report_to_inspection')?.dueDate ?? null;
}
