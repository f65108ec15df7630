import { ApplicationFailure } from '@temporalio/common';
import { jokerTakenFailureType, type MotorFault } from '../../domain/claim/motor-fault';
import type { ClaimState } from '../../domain/claim/state';
import { brusselsDate } from '../../domain/rules/calendar';
import {
  counterpartyShareCents, injuryCover, isBobDriver, jokerStatus, liabilityOf, nextJokerOn, premiumEffect, replacementVehicleWithRepair, seniorGuarantee,
  towingRefusal, type TowingRefusal,
} from '../../domain/rules/motor-fault';
import type { PhraseKey } from '../../i18n/keys';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { activityCause, invalidFields, notAllowed } from '../refusals';
import { claimActivities } from './activities';
import * as checks from './checks';
import * as claim from './definitions';
import { copy, type ClaimProcess } from './process';

/** Longest repair a replacement vehicle is counted for: far above a real repair, it bounds a typo. */
export const MAX_REPAIR_DAYS = 365;

const motorFaultOf = (state: ClaimState): MotorFault => (state.motorFault ??= { liability: null, towingOrders: [], repair: null });

function requireMotorClaim(state: ClaimState, actor: claim.RecordLiability['actor']) {
  checks.requireStaff(actor);
  checks.requireOpen(state);
  if (state.productLine !== 'motor') throw notAllowed(phrase('motorFault.refusal.notMotor', { claimNumber: state.claimNumber }));
}

function checkLiability(state: ClaimState, order: claim.RecordLiability) {
  requireMotorClaim(state, order.actor);
  if (state.motorFault?.liability) throw notAllowed(phrase('motorFault.refusal.liabilityRecorded', { claimNumber: state.claimNumber }));
  // A shared liability names the driver's share (1 to 99 %); not at fault and at fault name none.
  const share = order.ownSharePercent ?? null;
  const valid = order.kind === 'shared' ? share !== null && Number.isInteger(share) && share >= 1 && share <= 99 : share === null;
  if (!valid) {
    throw invalidFields(phrase('motorFault.refusal.share'), [fieldProblem('ownSharePercent', 'motorFault.problem.share')]);
  }
}

function checkTowing(state: ClaimState, order: claim.OrderTowing) {
  requireMotorClaim(state, order.actor);
  const refusal = towingRefusal(order);
  if (refusal) {
    const [field, problem] = towingProblems[refusal];
    throw invalidFields(phrase('motorFault.refusal.towingNotIncluded'), [fieldProblem(field, problem)]);
  }
}

/** Which field a towing refusal concerns, and how it is worded. */
const towingProblems: Record<TowingRefusal, [string, PhraseKey]> = {
  not_immobilised: ['immobilised', 'motorFault.problem.notImmobilised'],
  outside_belgium_or_luxembourg: ['country', 'motorFault.problem.outsideBelgiumOrLuxembourg'],
  home_outside_belgium: ['homeCountry', 'motorFault.problem.homeOutsideBelgium'],
};

function checkRepair(state: ClaimState, order: claim.RecordRepair) {
  requireMotorClaim(state, order.actor);
  if (!Number.isInteger(order.repairDays) || order.repairDays < 1 || order.repairDays > MAX_REPAIR_DAYS) {
    throw invalidFields(phrase('motorFault.refusal.repairDays'), [fieldProblem('repairDays', 'motorFault.problem.repairDays', { max: MAX_REPAIR_DAYS })]);
  }
}

/**
 * What fault decides on a motor claim (seed 001): the handler records the liability established, and the claim works out
 * the driver's and the passengers' cover, the Joker, the 58+ guarantee and the recovery on the other side's insurer;
 * towing and the repair at an approved garage follow the car. New update handlers: no patch needed.
 */
export function registerMotorFault(p: ClaimProcess) {
  p.register(claim.recordLiabilityUpdate, p.keyed(checkLiability, async (order) => {
    const facts = await claimActivities.motorFaultFactsOf({ declarationId: p.state.declarationId });
    if (!facts) throw notAllowed(phrase('motorFault.refusal.noMotorPolicy', { claimNumber: p.state.claimNumber }));
    const liability = liabilityOf(order.kind, order.ownSharePercent ?? undefined);
    const accidentOn = order.accidentOn ?? facts.eventDate ?? brusselsDate(p.now());
    const joker = jokerStatus(facts.recordSince, facts.accidentsInFault, accidentOn);
    const bobDriver = order.bob ? isBobDriver(order.bob) : false;
    const driverCover = injuryCover('driver', liability, facts, bobDriver);
    const expectedCents = order.expectedRecoveryCents ?? (facts.estimatedCents === null ? 0 : counterpartyShareCents(facts.estimatedCents, liability));
    const recovery = liability.ownSharePercent < 100 && facts.counterparty && expectedCents > 0 ? facts.counterparty : null;
    const fault = motorFaultOf(p.state);
    fault.liability = {
      ...liability, accidentOn, aggravating: order.aggravating, driverInjured: order.driverInjured, bobDriver, injuredPassengers: order.injuredPassengers,
      driverCover, passengerCover: injuryCover('passenger', liability, facts),
      joker: { effect: premiumEffect(liability, joker), claimFreeSince: joker.claimFreeSince, earnedOn: joker.earnedOn, nextJokerOn: nextJokerOn(liability, joker, accidentOn) },
      seniorGuarantee: seniorGuarantee({ birthDate: facts.birthDate, on: accidentOn, claimFreeSince: joker.claimFreeSince, aggravating: order.aggravating }),
      recoveryId: recovery ? order.recoveryId : null, policyId: facts.policyId, recordedBy: order.actor, recordedAt: p.now(),
    };
    if (recovery) {
      // The RDR way: we settle our client and recover the counterparty's share from its insurer.
      p.state.recoveries.push({
        id: order.recoveryId, kind: 'direct_settlement', costType: 'indemnity', expectedCents, receivedCents: 0, status: 'open', writtenOff: null,
        openedBy: order.actor, openedAt: p.now(), counterparty: { name: recovery.insurer ?? recovery.name, insurer: recovery.insurer, reference: null },
      });
    }
    const recorded = fault.liability;
    return p.commit({
      action: 'liability_recorded', by: order.actor, motorFault: { liability: true }, recoveryIds: recovery ? [order.recoveryId] : [],
      details: {
        kind: recorded.kind, ownSharePercent: recorded.ownSharePercent, accidentOn, joker: recorded.joker.effect, seniorGuarantee: recorded.seniorGuarantee,
        driverCover: driverCover.basis, ...(recovery ? { recoveryId: order.recoveryId, expectedCents } : {}),
      },
    }).catch((error) => {
      // The commit put the state back; the handler asks again and finds the Joker gone.
      const cause = activityCause(error);
      if (cause instanceof ApplicationFailure && cause.type === jokerTakenFailureType) {
        throw notAllowed(phrase('motorFault.refusal.jokerTaken', { claimNumber: String((cause.details?.[0] as { claimNumber?: string })?.claimNumber) }));
      }
      throw error;
    });
  }));

  p.register(claim.orderTowingUpdate, p.keyed(checkTowing, async (order) => {
    const fault = motorFaultOf(p.state);
    if (fault.towingOrders.some((known) => known.id === order.orderId)) return copy(p.state);
    fault.towingOrders.push({
      id: order.orderId, country: order.country, towedTo: order.towedTo.trim(), unharmedOccupants: order.unharmedOccupants, provider: order.provider.trim(),
      costCents: order.costCents, orderedBy: order.actor, orderedAt: p.now(),
    });
    return p.commit({
      action: 'towing_ordered', by: order.actor, motorFault: { towingOrderIds: [order.orderId] },
      details: { orderId: order.orderId, country: order.country, unharmedOccupants: order.unharmedOccupants, provider: order.provider.trim(), costCents: order.costCents },
    });
  }));

  p.register(claim.recordRepairUpdate, p.keyed(checkRepair, async (order) => {
    const facts = await claimActivities.motorFaultFactsOf({ declarationId: p.state.declarationId });
    const guaranteeDays = facts?.guaranteeDays ?? 0;
    const replacementVehicle = replacementVehicleWithRepair(guaranteeDays, order);
    motorFaultOf(p.state).repair = {
      garageName: order.garageName.trim(), approvedGarage: order.approvedGarage, repairDays: order.repairDays, guaranteeDays, replacementVehicle,
      recordedBy: order.actor, recordedAt: p.now(),
    };
    return p.commit({
      action: 'repair_recorded', by: order.actor, motorFault: { repair: true },
      details: { garageName: order.garageName.trim(), approvedGarage: order.approvedGarage, repairDays: order.repairDays, replacementVehicleDays: replacementVehicle.days },
    });
  }));
}
