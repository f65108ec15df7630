import fs from 'node:fs';
import path from 'node:path';
import { claimNumberCode, declarationTypes, productLineOf, type DeclarationType } from '../../../domain/declaration-types';
import type { ProductLine } from '../../../domain/product-lines';
import { policies as seedPolicies } from '../../../db/seeds/demo-data';

/**
 * The insurer the list bench loads: 50 customer organisations (the first a large fleet owner with a tenth of all
 * claims, so its export is 100,000 rows at full scale), 20 handlers, one customer user per organisation, and a
 * policy per organisation and product line. Every id is derived from a counter, so two loads are the same world.
 */
export const ORGANISATIONS = 50;
export const HANDLERS = 20;
/** Share of all claims held by the first organisation (its export is the one measured). */
export const LARGE_ORGANISATION_SHARE = 10;

/** A version-4 shaped uuid naming row `n` of a table (`kind`): readable in plans, unique, stable across loads. */
export const idOf = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
export const kinds = { organisation: 1, user: 2, policy: 3, declaration: 4, claim: 5, diary: 6, payment: 7, catastrophe: 8, investigation: 9 } as const;

export const organisationId = (o: number) => idOf(kinds.organisation, o);
export const handlerId = (h: number) => idOf(kinds.user, h);
export const seniorHandlerId = handlerId(0);
export const customerId = (o: number) => idOf(kinds.user, 1000 + o);
const productLines: ProductLine[] = [...new Set(Object.values(productLineOf))];
export const policyId = (o: number, productLine: ProductLine) => idOf(kinds.policy, o * 100 + productLines.indexOf(productLine));
export const policyNumber = (o: number, productLine: ProductLine) => `${productLine.slice(0, 2).toUpperCase()}-2020-${String(o * 100 + productLines.indexOf(productLine)).padStart(6, '0')}`;
export const catastropheId = idOf(kinds.catastrophe, 1);

export const surnames = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambert', 'Dupont', 'Martin', 'Leclercq'];
/** A surname only one claim in a thousand carries: what a customer types to find one claim by free text. */
export const rareSurname = 'Vanderstraeten';

export function organisationRows() {
  return Array.from({ length: ORGANISATIONS }, (_, o) => [
    organisationId(o), o === 0 ? 'Vloot Logistiek NV' : `Klant ${o} BV`, `0${String(400_000_000 + o * 7).padStart(9, '0')}`,
    `Stationsstraat ${o + 1}`, String(1000 + o * 150), 'Brussel', 'BE', 'nl',
  ]);
}

export function userRows() {
  const handlers = Array.from({ length: HANDLERS }, (_, h) => [
    handlerId(h), `handler${h}@insurer.example`, `Handler ${String(h).padStart(2, '0')}`, 'not-a-password-hash',
    h === 0 ? 'senior_handler' : 'handler', 'nl', JSON.stringify(productLines), `{nl,fr}`, 1_000_000,
  ]);
  const customers = Array.from({ length: ORGANISATIONS }, (_, o) => [
    customerId(o), `customer${o}@client.example`, `Customer ${o}`, 'not-a-password-hash', 'customer', 'nl', null, '{}', null,
  ]);
  return [...handlers, ...customers];
}

export const accessRows = () => Array.from({ length: ORGANISATIONS }, (_, o) => [customerId(o), organisationId(o), 'full']);

export function policyRows() {
  return Array.from({ length: ORGANISATIONS }).flatMap((_, o) => productLines.map((line) => {
    const seed = seedPolicies.find((policy) => policy.productLine === line) ?? seedPolicies[0];
    return [policyId(o, line), organisationId(o), policyNumber(o, line), line, 'active', `Klant ${o} BV`, '2015-01-01', null,
      seed.annualPremiumCents, seed.insuredObject, seed.guarantees, seed.terms];
  }));
}

/** The declared facts per type, as the test fixtures hold them (a complete, valid declaration of each type). */
export function declarationTemplates(): Record<DeclarationType, Record<string, any>> {
  const folder = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'declarations');
  return Object.fromEntries(declarationTypes.map((type) =>
    [type, JSON.parse(fs.readFileSync(path.join(folder, `${type}.json`), 'utf8')).data])) as Record<DeclarationType, Record<string, any>>;
}

export { claimNumberCode, productLines };
