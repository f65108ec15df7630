import { z } from 'zod';
import { countryCode, isoDate, text } from '../domain/declaration-schemas/building-blocks';
import {
  aggravatingCircumstances, liabilityKinds, type InjuryCoverBasis, type PremiumEffect, type ReplacementVehicleBasis, type SeniorGuarantee,
} from '../domain/rules/motor-fault';
import { actor, cents, day, moment } from './common';

/** Far above any towing bill: bounds a typo. */
const MAX_TOWING_CENTS = 10_000_000;
const MAX_RECOVERY_CENTS = 2_000_000_000;
const wholeNumber = z.number().int();
const country = countryCode;

// What the handler asks (request bodies).
/** BOB-bestuurder: the three facts that make a designated driver. */
export const designatedDriver = z.strictObject({ validLicence: z.boolean(), livesWithPolicyholder: z.boolean(), policyholderOrHouseholdAboard: z.boolean() });
export const liabilityOrder = z.strictObject({
  kind: z.enum(liabilityKinds),
  /** The insured driver's share of the fault, for a shared liability only. */
  ownSharePercent: wholeNumber.min(1).max(99).optional(),
  accidentOn: isoDate.optional(),
  aggravating: z.enum(aggravatingCircumstances).nullable().default(null),
  driverInjured: z.boolean().default(false),
  bob: designatedDriver.nullable().default(null),
  injuredPassengers: wholeNumber.min(0).max(60).default(0),
  expectedRecoveryCents: z.number().int('field.wholeCents').positive().max(MAX_RECOVERY_CENTS).optional(),
});
export type LiabilityOrder = z.input<typeof liabilityOrder>;
export const towingOrder = z.strictObject({
  country,
  immobilised: z.boolean(),
  towedTo: text(200),
  unharmedOccupants: wholeNumber.min(0).max(60),
  homeCountry: country.default('BE'),
  provider: text(200),
  costCents: z.number().int('field.wholeCents').positive().max(MAX_TOWING_CENTS),
});
export type TowingOrderInput = z.input<typeof towingOrder>;
export const repairOrder = z.strictObject({ garageName: text(200), approvedGarage: z.boolean(), repairDays: wholeNumber.min(1).max(365) });
export type RepairOrder = z.input<typeof repairOrder>;

// What the API answers.
const injuryCover = z.object({
  counterpartyPercent: z.number(), ownInsurerPercent: z.number(), uncoveredPercent: z.number(),
  basis: z.enum(['passenger', 'counterparty', 'driver_guarantee', 'bob_driver', 'no_driver_guarantee'] satisfies InjuryCoverBasis[]),
});
export const recordedLiability = z.object({
  kind: z.enum(liabilityKinds),
  ownSharePercent: z.number(),
  accidentOn: day,
  aggravating: z.enum(aggravatingCircumstances).nullable(),
  driverInjured: z.boolean(),
  bobDriver: z.boolean(),
  injuredPassengers: z.number(),
  driverCover: injuryCover,
  passengerCover: injuryCover,
  joker: z.object({ effect: z.enum(['unchanged_not_in_fault', 'joker_used', 'premium_raised'] satisfies PremiumEffect[]), claimFreeSince: day, earnedOn: day, nextJokerOn: day }),
  seniorGuarantee: z.enum(['protects', 'under_age', 'not_claim_free', 'aggravating_circumstance', 'birth_date_unknown'] satisfies SeniorGuarantee[]),
  recoveryId: z.string().nullable(),
  recordedBy: actor,
  recordedAt: moment,
});
export const towing = z.object({
  id: z.string(), country: z.string(), towedTo: z.string(), unharmedOccupants: z.number(), provider: z.string(), costCents: cents, orderedBy: actor, orderedAt: moment,
});
export const repair = z.object({
  garageName: z.string(), approvedGarage: z.boolean(), repairDays: z.number(), guaranteeDays: z.number(),
  replacementVehicle: z.object({ days: z.number(), basis: z.enum(['guarantee', 'approved_garage', 'none'] satisfies ReplacementVehicleBasis[]) }),
  recordedBy: actor, recordedAt: moment,
});
/** A motor policy's Joker today: available, or when it comes back; the last claim that used one. */
export const policyJoker = z.object({
  policyId: z.string(),
  policyNumber: z.string(),
  available: z.boolean(),
  claimFreeSince: day,
  earnedOn: day,
  lastUsed: z.object({ claimNumber: z.string(), accidentOn: day }).nullable(),
  insuredValueRaised: z.boolean(),
});
export type PolicyJoker = z.infer<typeof policyJoker>;
export const motorFaultFile = z.object({
  liability: recordedLiability.nullable(),
  towingOrders: z.array(towing),
  repair: repair.nullable(),
  /** Null: the claim is not linked to a motor policy. */
  policy: policyJoker.nullable(),
});
export type MotorFaultFile = z.infer<typeof motorFaultFile>;
