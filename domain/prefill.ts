import type { DeclarationType } from './declaration-types';
import { productLineOf } from './declaration-types';

export interface KnownFacts {
  user: { fullName: string; email: string; phone: string | null; language: string };
  policy: { productLine: string; insuredObject: Record<string, any> } | null;
}

type Data = Record<string, any>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the customer typed wins; the prefill only fills what is still empty. */
export function mergePrefill(prefill: Data, given: Data): Data {
  const merged: Data = { ...prefill };
  for (const [key, value] of Object.entries(given)) merged[key] = isObject(value) && isObject(prefill[key]) ? mergePrefill(prefill[key], value) : value;
  return merged;
}

function splitName(fullName: string) {
  const [firstName, ...rest] = fullName.trim().split(/\s+/);
  return { firstName, lastName: rest.join(' ') || firstName };
}

/**
 * The data the insurer already knows when a declaration starts for a policy (seed 000: "gekende gegevens
 * worden vooraf ingevuld"): the contact person, and from the policy its insured vehicle or building.
 */
export function prefillDeclaration(type: DeclarationType, facts: KnownFacts): Data {
  const { user, policy } = facts;
  const data: Data = {
    contact: {
      name: user.fullName,
      email: user.email,
      ...(user.phone ? { phone: user.phone } : {}),
      language: ['nl', 'fr', 'de', 'en'].includes(user.language) ? user.language : 'nl',
    },
  };
  const insured = policy?.insuredObject;
  if (!insured || policy.productLine !== productLineOf[type]) return data;
  if (insured.kind === 'vehicle' && (type === 'motor_damage' || type === 'motor_theft')) {
    data.damage = { vehicle: { licensePlate: insured.licensePlate, vin: insured.vin, make: insured.make, model: insured.model } };
    if (type === 'motor_damage') data.damage.driver = { ...splitName(user.fullName), phone: user.phone ?? undefined, email: user.email };
  }
  if (insured.kind === 'building' && isObject(insured.address) && type === 'fire') data.event = { place: insured.address };
  return JSON.parse(JSON.stringify(data)); // drops undefined values
}
