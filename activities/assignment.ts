import type { Knex } from 'knex';
import { audit } from '../db/audit';
import { catastropheOfDeclaration } from '../db/catastrophes';
import {
  type Assignment, type AssignmentRule, type Candidate, chooseHandler, type ClaimFacts,
} from '../domain/assignment/rules';
import { systemActor } from '../domain/declaration';
import { productLineOf, type DeclarationType } from '../domain/declaration-types';
import type { ProductLine } from '../domain/product-lines';

type Db = Knex | Knex.Transaction;

/** A rule as stored (assignment_rules). */
export function ruleOf(row: Record<string, any>): AssignmentRule {
  return {
    id: row.id, name: row.name, priority: row.priority, active: row.active, conditions: row.conditions ?? {},
    handlerIds: row.handlerIds ?? [], matchCustomerLanguage: row.matchCustomerLanguage,
  };
}

export const assignmentRules = async (db: Db): Promise<AssignmentRule[]> =>
  (await db('assignmentRules').orderBy('priority').orderBy('name').orderBy('id')).map(ruleOf);

/** Everyone who may take claims, with their open claims (a claim in handling or under reservation) as workload. */
export async function candidates(db: Db): Promise<Candidate[]> {
  const rows = await db('users as u')
    .leftJoin('claims as c', 'c.handlerId', 'u.id')
    .leftJoin('declarations as d', function openClaims() {
      this.on('d.id', 'c.declarationId').andOnIn('d.status', ['in_handling', 'under_reservation']);
    })
    .whereIn('u.role', ['handler', 'senior_handler'])
    .groupBy('u.id')
    .select('u.id', 'u.fullName', 'u.email', 'u.role', 'u.productLines', 'u.languages', db.raw('count(d.id)::int as open_claims'));
  return rows.map((row: Record<string, any>) => ({
    id: row.id, name: row.fullName, email: row.email, role: row.role, productLines: row.productLines ?? null, languages: row.languages ?? [], openClaims: row.openClaims,
  }));
}

/**
 * The catastrophe event a claim belongs to: the tag its process gave it, or, for a claim opening now, the event that
 * will tag it (the same rule: period, place, and a peril that concerns this kind of damage).
 */
async function catastropheOf(db: Db, declarationId: string): Promise<string | null> {
  const tagged = await db('claims').where({ declarationId }).first('catastropheId');
  return tagged?.catastropheId ?? (await catastropheOfDeclaration(db, declarationId))?.id ?? null;
}

/** What the rules look at: product line, the declared estimate, the customer's language, where it happened. */
export async function claimFactsOf(db: Db, declarationId: string): Promise<ClaimFacts & { organisationId: string }> {
  const row = await db('declarations as d').join('organisations as o', 'o.id', 'd.organisationId').leftJoin('policies as p', 'p.id', 'd.policyId')
    .where('d.id', declarationId).first('d.type', 'd.data', 'd.organisationId', 'o.language', 'p.insuredObject');
  if (!row) throw new Error(`No declaration ${declarationId}`);
  const data = row.data ?? {};
  const estimate = data.damage?.estimatedAmountCents;
  // Where the event happened; else where the insured risk is (a building's address).
  const postcode = data.event?.place?.postalCode ?? row.insuredObject?.address?.postalCode ?? null;
  return {
    organisationId: row.organisationId,
    productLine: productLineOf[row.type as DeclarationType] as ProductLine,
    estimatedAmountCents: Number.isInteger(estimate) ? estimate : null,
    // The language the customer asked to be contacted in; else the organisation's.
    customerLanguage: data.contact?.language ?? row.language ?? null,
    postcode: postcode ? String(postcode) : null,
    catastropheId: await catastropheOf(db, declarationId),
  };
}

/** Who would get the claim now, and why (the dry run; also what an opening uses). */
export async function assignmentFor(db: Db, declarationId: string): Promise<{ facts: ClaimFacts; assignment: Assignment; candidates: Candidate[] }> {
  const { organisationId: _, ...facts } = await claimFactsOf(db, declarationId);
  const all = await candidates(db);
  return { facts, assignment: chooseHandler(facts, await assignmentRules(db), all), candidates: all };
}

/**
 * Chooses the handler of a claim that opens without one, inside the opening's transaction; `record` writes to the
 * audit log which rule chose them, once the claim is written (once per claim, however often the opening runs).
 */
export async function assignAutomatically(trx: Knex.Transaction, declarationId: string): Promise<{ handlerId: string; rule: Assignment['rule']; record: (claimNumber: string) => Promise<void> }> {
  const { organisationId, ...facts } = await claimFactsOf(trx, declarationId);
  const all = await candidates(trx);
  const { handlerId, rule } = chooseHandler(facts, await assignmentRules(trx), all);
  if (!handlerId) throw new Error(`No claims handler takes ${facts.productLine} claims`);
  const handler = all.find((candidate) => candidate.id === handlerId)!;
  const record = (claimNumber: string) => audit(trx, {
    actor: { id: null, name: systemActor.name }, action: 'claim_assigned_automatically', subject: { type: 'claim', id: declarationId }, organisationId,
    details: { claimNumber, handlerId, handlerName: handler.name, ruleId: rule?.id ?? null, ruleName: rule?.name ?? null, facts },
    eventKey: `assignment:${declarationId}`,
  });
  return { handlerId, rule, record };
}
