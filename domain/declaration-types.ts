import type { ProductLine } from './product-lines';

/** The online declarations of the portal (schadeaangifte), one workflow each. */
export const declarationTypes = [
  'liability',
  'bodily_accident',
  'private_life',
  'workplace_accident',
  'fire',
  'collective_hospitalisation',
  'motor_theft',
  'motor_damage',
  'omnium_assignment',
] as const;
export type DeclarationType = (typeof declarationTypes)[number];

export const productLineOf: Record<DeclarationType, ProductLine> = {
  liability: 'liability',
  bodily_accident: 'bodily_accident',
  private_life: 'workplace_accident', // the private-life guarantee of a workplace accident policy
  workplace_accident: 'workplace_accident',
  fire: 'fire',
  collective_hospitalisation: 'collective_hospitalisation',
  motor_theft: 'motor',
  motor_damage: 'motor',
  omnium_assignment: 'omnium_assignment',
};

/**
 * The product lines whose policies a declaration can be made under: a bodily-accident declaration also
 * serves a policy with an accident guarantee such as Verzekerd Inkomen (seed 000, seed 003).
 */
export const coveringProductLines = (type: DeclarationType): ProductLine[] =>
  type === 'bodily_accident' ? ['bodily_accident', 'accident_income'] : [productLineOf[type]];

/** Fire and group hospitalisation declarations are opened automatically on submit (seed 000). */
export const opensAutomatically = (type: DeclarationType): boolean =>
  type === 'fire' || type === 'collective_hospitalisation';

/** Short code in the claim number (schadenummer), e.g. 2026/BR/000042 for fire (brand). */
export const claimNumberCode: Record<DeclarationType, string> = {
  liability: 'BA',
  bodily_accident: 'LO',
  private_life: 'PL',
  workplace_accident: 'AO',
  fire: 'BR',
  collective_hospitalisation: 'CH',
  motor_theft: 'AD',
  motor_damage: 'AU',
  omnium_assignment: 'OM',
};
