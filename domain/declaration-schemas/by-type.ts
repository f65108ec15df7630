import { z } from 'zod';
import { EXCLUSIONS, Exclusion } from '../rules/accident-income';
import {
  amountCents, clockTime, contact, email, eventBase, iban, isoDate, longText, MAX_LIST_ITEMS, optionalText, parties, person, text, vehicle,
} from './building-blocks';

/** Every declaration follows the portal's plan: event, parties, damage, contact (seed 000). */
const declaration = <E extends z.ZodType, P extends z.ZodType, D extends z.ZodType>(event: E, partiesStep: P, damage: D) =>
  z.strictObject({ event, parties: partiesStep, damage, contact });

const liability = () => declaration(
  eventBase,
  parties(),
  z.strictObject({
    description: longText,
    bodilyInjury: z.boolean(),
    propertyDamage: z.boolean(),
    estimatedAmountCents: amountCents.optional(),
  }),
);

const percent = z.number().min(0).max(100);
const bodilyAccident = () => declaration(
  eventBase.extend({
    contractKind: z.enum(['private', 'collective', 'travel', 'school', 'accident_income']),
    trafficAccident: z.boolean().optional(), // doubles the benefit of Verzekerd Inkomen formula 12/24
    circumstances: z.array(z.enum([...(Object.keys(EXCLUSIONS) as [Exclusion, ...Exclusion[]]), 'terrorism'])).max(MAX_LIST_ITEMS).optional(),
  }),
  parties(),
  z.strictObject({
    injuries: longText,
    hospitalised: z.boolean(),
    firstMedicalCareDate: isoDate.optional(),
    outcome: z.enum(['injury', 'death', 'permanent_invalidity']).optional(),
    invalidityPercent: percent.optional(),
    preExistingInvalidityPercent: percent.optional(), // does not count towards the 67 %
    iban: iban.optional(),
  }),
);

const victim = person.extend({
  nationalNumber: z.string().max(15).regex(/^\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}$/, 'field.nationalNumber'),
  jobTitle: text(),
  employedSince: isoDate.optional(),
});

const workplaceEvent = eventBase.extend({
  onCommute: z.boolean(), // arbeidsweg
  workStartedAt: clockTime.optional(),
  causedByEventOrObject: z.boolean(), // part of the "serious accident" test (seed 004)
});

const injury = z.strictObject({
  nature: text(),
  bodyParts: z.array(text()).min(1, 'field.bodyPart').max(MAX_LIST_ITEMS),
  fatal: z.boolean(),
  permanentInjury: z.boolean(),
  temporaryIncapacity: z.boolean(),
  firstCareProvider: optionalText(200),
  healthFund: z.strictObject({ name: text(), email: email.optional() }).optional(), // ziekenfonds: receives the decision in writing
});

const workplaceAccident = () => declaration(workplaceEvent, parties(victim), injury).extend({
  simplified: z.boolean().default(false), // the simplified declaration for minor accidents
});

/**
 * The simplified declaration for minor accidents (seed 004): the event, who was hurt and how, and a
 * contact; no employment details or witnesses. Only for accidents that are not serious.
 */
export const workplaceAccidentSimplified = z.strictObject({
  event: eventBase.extend({ onCommute: z.boolean(), causedByEventOrObject: z.boolean() }),
  parties: z.strictObject({
    insured: z.array(victim.pick({ firstName: true, lastName: true, nationalNumber: true })).length(1, 'field.victim'),
    counterparties: z.array(z.never()).default([]),
    witnesses: z.array(z.never()).default([]),
  }),
  damage: injury.pick({ nature: true, bodyParts: true, fatal: true, permanentInjury: true, temporaryIncapacity: true }),
  contact,
  simplified: z.literal(true),
});

const privateLife = () => declaration(eventBase, parties(victim), injury);

const fire = () => declaration(
  eventBase.extend({ cause: z.enum(['fire', 'smoke', 'explosion', 'lightning', 'electrical', 'unknown']) }),
  parties(),
  z.strictObject({
    buildingDamage: z.boolean(),
    contentsDamage: z.boolean(),
    description: longText,
    fireBrigadeCalled: z.boolean(),
    policeReportNumber: optionalText(50),
    estimatedAmountCents: amountCents.optional(),
    premisesHabitable: z.boolean(),
  }),
);

const collectiveHospitalisation = () => declaration(
  eventBase.extend({ cause: z.enum(['illness', 'accident', 'pregnancy']) }),
  parties(person.extend({ insuredPersonId: z.string().uuid().optional() })),
  z.strictObject({
    hospital: text(),
    admissionDate: isoDate,
    dischargeDate: isoDate.optional(),
    roomType: z.enum(['single', 'double', 'common']),
    iban,
  }),
);

const motorTheft = () => declaration(
  eventBase.extend({ discoveredAt: isoDate, attemptOnly: z.boolean() }),
  parties(),
  z.strictObject({
    vehicle,
    policeReportNumber: text(50), // without a police report the insurer does not intervene (seed 001)
    keysHandedOver: z.number().int().min(0).max(10),
    stolenContents: optionalText(2000),
  }),
);

/** Damage to a vehicle, whoever's it is: the insured's own car or an employee's car on assignment. */
const vehicleDamage = z.strictObject({
  vehicle,
  driver: person,
  damageDescription: longText,
  vehicleDrivable: z.boolean(),
  totalLoss: z.boolean().optional(), // beyond repair, or repair dearer than the residual value
  kilometresDriven: z.number().int().nonnegative().optional(), // since the policy was signed: total-loss valuation
  estimatedAmountCents: amountCents.optional(),
});

const motorDamage = () => declaration(
  eventBase.extend({
    kind: z.enum(['collision', 'glass', 'hail', 'storm', 'natural_force', 'vandalism', 'animal', 'fire']),
    counterpartyInvolved: z.boolean(),
    atFault: z.boolean().optional(), // irrelevant for the replacement vehicle, decisive for who pays
    europeanAccidentReport: z.boolean(),
  }),
  parties(),
  vehicleDamage.extend({ policeReportNumber: optionalText(50) }),
);

const omniumAssignment = () => declaration(
  eventBase.extend({ assignment: text(500) }), // the mission for the employer during which it happened
  parties(),
  vehicleDamage,
);

/**
 * One complete schema per declaration type: what submit requires. Each is built at its first use: a workflow
 * evaluates this module for itself (workflows/rules-on-demand.ts) and checks one type only.
 */
export const declarationSchemas = builtOnDemand({
  liability,
  bodily_accident: bodilyAccident,
  private_life: privateLife,
  workplace_accident: workplaceAccident,
  fire,
  collective_hospitalisation: collectiveHospitalisation,
  motor_theft: motorTheft,
  motor_damage: motorDamage,
  omnium_assignment: omniumAssignment,
});

/** An object whose every property is built by its function when first read, then kept. */
function builtOnDemand<T extends Record<string, () => unknown>>(builders: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const built = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const [key, build] of Object.entries(builders)) {
    Object.defineProperty(built, key, {
      enumerable: true,
      get() {
        const value = build();
        Object.defineProperty(built, key, { value, enumerable: true });
        return value;
      },
      configurable: true,
    });
  }
  return built;
}
