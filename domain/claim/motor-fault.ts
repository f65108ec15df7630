import type { Actor } from '../declaration';
import type {
  AggravatingCircumstance, InjuryCover, LiabilityKind, PremiumEffect, ReplacementVehicleBasis, SeniorGuarantee,
} from '../rules/motor-fault';

/**
 * A motor claim's fault and what it decides, as the claim's process holds it (rules: domain/rules/motor-fault.ts).
 * Recorded once per claim; the towing orders and the repair follow the car.
 */
/** Another claim of the policy took its Joker between the facts and the write: the liability is to be recorded again, without it. */
export const jokerTakenFailureType = 'joker_taken';

export interface RecordedLiability {
  kind: LiabilityKind;
  ownSharePercent: number;
  /** The day of the accident: the Joker's and the 58+ guarantee's history are read as they stood that day. */
  accidentOn: string;
  aggravating: AggravatingCircumstance | null;
  driverInjured: boolean;
  bobDriver: boolean;
  injuredPassengers: number;
  /** The driver's bodily injury: who pays which share. */
  driverCover: InjuryCover;
  /** Passengers' bodily injury ("inzittenden worden altijd vergoed"). */
  passengerCover: InjuryCover;
  /** The Joker as it stood on the accident's day (earned on earnedOn), what the accident did, and when one is earned next. */
  joker: { effect: PremiumEffect; claimFreeSince: string; earnedOn: string; nextJokerOn: string };
  seniorGuarantee: SeniorGuarantee;
  /** The recovery opened on the counterparty's insurer for its share; null when it owes nothing or is not known. */
  recoveryId: string | null;
  policyId: string;
  recordedBy: Actor;
  recordedAt: string;
}

/** Towing (sleping) and the transport of the unharmed occupants home, included in the liability cover. */
export interface TowingOrder {
  id: string;
  country: string;
  towedTo: string;
  unharmedOccupants: number;
  provider: string;
  costCents: number;
  orderedBy: Actor;
  orderedAt: string;
}

/** The repair, and the replacement vehicle it gives (an approved garage: for the repair's duration). */
export interface MotorRepair {
  garageName: string;
  approvedGarage: boolean;
  repairDays: number;
  /** The guarantee's 10 / 20 / 30 days for this claim (0 without the guarantee). */
  guaranteeDays: number;
  replacementVehicle: { days: number; basis: ReplacementVehicleBasis };
  recordedBy: Actor;
  recordedAt: string;
}

export interface MotorFault {
  liability: RecordedLiability | null;
  towingOrders: TowingOrder[];
  repair: MotorRepair | null;
}

/** What the claim's process reads before it decides (activities/motor-fault.ts): the policy and the declaration. */
export interface MotorFaultFacts {
  policyId: string;
  /** The start of the policyholder's proven record without an accident in fault (schadeverleden), or the policy's start. */
  recordSince: string;
  birthDate: string | null;
  driverGuarantee: boolean;
  /** Days of the policy's other claims with an accident in fault. */
  accidentsInFault: string[];
  eventDate: string | null;
  country: string;
  counterparty: { name: string; insurer: string | null } | null;
  estimatedCents: number | null;
  /** The replacement vehicle guarantee's days for this claim (seed 001's 10 / 20 / 30). */
  guaranteeDays: number;
}
