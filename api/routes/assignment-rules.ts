import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { assignmentFor, ruleOf } from '../../activities/assignment';
import { audit } from '../../db/audit';
import {
  type AssignmentRule, assignmentDryRun, assignmentRule, assignmentRuleOrder, assignmentRules,
} from '../../contract/assignment';
import { fieldProblem, type FieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { actorOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { HttpError, invalid, notFound } from '../errors';
import { route } from '../route';

const tag = 'assignment';
const access = 'senior handlers';
const base = '/api/backoffice/assignment-rules';
const idParams = z.object({ id: z.uuid() });
type Order = z.infer<typeof assignmentRuleOrder>;

/**
 * The assignment rules senior handlers maintain: which handlers get which new claims (product line, estimate, the
 * customer's language, region, catastrophe event), by priority, then by workload. Every change is in the audit log
 * with who and when; the dry run says which handler a claim would get, and why.
 */
export function assignmentRuleRoutes(knex: Knex): Router {
  const router = Router();
  const seniors = [requireRole('senior_handler')];

  const viewOf = async (db: Knex | Knex.Transaction, rows: Record<string, any>[]): Promise<AssignmentRule[]> => {
    const ids = [...new Set(rows.flatMap((row) => row.handlerIds ?? []))];
    const names = new Map((await db('users').whereIn('id', ids).select('id', 'fullName')).map((user: { id: string; fullName: string }) => [user.id, user.fullName]));
    return rows.map((row) => ({
      ...ruleOf(row), handlerIds: undefined,
      handlers: (row.handlerIds ?? []).map((id: string) => ({ id, name: names.get(id) ?? id })),
      createdBy: row.createdBy, updatedBy: row.updatedBy, createdAt: new Date(row.createdAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString(),
    }));
  };

  /** The handlers must be claims handlers, the catastrophe event a declared one: else 422 naming the field. */
  const checkReferences = async (order: Order) => {
    const problems: FieldProblem[] = [];
    const staff = new Set((await knex('users').whereIn('id', order.handlerIds).whereIn('role', ['handler', 'senior_handler']).select('id')).map(({ id }: { id: string }) => id));
    order.handlerIds.forEach((id, index) => { if (!staff.has(id)) problems.push(fieldProblem(`handlerIds.${index}`, 'assignment.problem.unknownHandler')); });
    const { catastropheId } = order.conditions;
    if (catastropheId && !(await knex.schema.hasTable('catastrophe_events') && await knex('catastropheEvents').where({ id: catastropheId }).first('id'))) {
      problems.push(fieldProblem('conditions.catastropheId', 'assignment.problem.unknownCatastrophe'));
    }
    if (problems.length) throw invalid(phrase('assignment.refusal.ruleInvalid'), problems);
  };

  const rowOf = (order: Order) => ({
    name: order.name, priority: order.priority, active: order.active, conditions: JSON.stringify(order.conditions),
    handlerIds: JSON.stringify(order.handlerIds), matchCustomerLanguage: order.matchCustomerLanguage,
  });
  const findRule = async (db: Knex | Knex.Transaction, id: string) => {
    const row = await db('assignmentRules').where({ id }).first();
    if (!row) throw new HttpError(404, 'not_found', phrase('assignment.refusal.ruleNotFound'));
    return row;
  };
  const logged = (db: Knex.Transaction, req: Parameters<typeof actorOf>[0], action: string, id: string, details: Record<string, unknown>) => {
    const actor = actorOf(req);
    return audit(db, { actor: { id: actor.userId, name: actor.name }, action: `assignment_rule_${action}`, subject: { type: 'assignment_rule', id }, details });
  };

  route(router, {
    method: 'get', path: base, tag, access, response: assignmentRules,
    summary: 'The assignment rules, in the order they are tried (priority, lower first).',
  }, seniors, async () => viewOf(knex, await knex('assignmentRules').orderBy('priority').orderBy('name').orderBy('id')));

  route(router, {
    method: 'post', path: base, tag, access, status: 201, body: assignmentRuleOrder, response: assignmentRule,
    summary: 'Add an assignment rule: its conditions (product lines, estimated amount band, customer languages, postcode ranges, catastrophe event), its priority and the handlers it sends claims to.',
  }, seniors, async ({ body }, req) => {
    await checkReferences(body);
    const actor = actorOf(req);
    return knex.transaction(async (trx) => {
      const [row] = await trx('assignmentRules')
        .insert({ id: randomUUID(), ...rowOf(body), createdBy: JSON.stringify(actor), updatedBy: JSON.stringify(actor) }).returning('*');
      await logged(trx, req, 'created', row.id, { rule: body });
      return (await viewOf(trx, [row]))[0];
    });
  });

  route(router, {
    method: 'put', path: `${base}/:id`, tag, access, params: idParams, body: assignmentRuleOrder, response: assignmentRule,
    summary: 'Change an assignment rule (the whole rule, as the form shows it); the audit log keeps what it was.',
  }, seniors, async ({ params, body }, req) => {
    await checkReferences(body);
    return knex.transaction(async (trx) => {
      const before = ruleOf(await findRule(trx, params.id));
      const [row] = await trx('assignmentRules').where({ id: params.id })
        .update({ ...rowOf(body), updatedBy: JSON.stringify(actorOf(req)), updatedAt: trx.fn.now() }).returning('*');
      await logged(trx, req, 'changed', params.id, { before, after: body });
      return (await viewOf(trx, [row]))[0];
    });
  });

  route(router, {
    method: 'delete', path: `${base}/:id`, tag, access, params: idParams, response: assignmentRule,
    summary: 'Remove an assignment rule; the audit log keeps it. Claims it assigned keep their handler.',
  }, seniors, async ({ params }, req) => knex.transaction(async (trx) => {
    const row = await findRule(trx, params.id);
    await trx('assignmentRules').where({ id: params.id }).delete();
    await logged(trx, req, 'removed', params.id, { rule: ruleOf(row) });
    return (await viewOf(trx, [row]))[0];
  }));

  route(router, {
    method: 'post', path: `${base}/dry-run`, tag, access, body: z.strictObject({ claimId: z.uuid() }), response: assignmentDryRun,
    summary: 'Which handler this claim (or submitted declaration) would get under the rules as they are now, and why: each rule in priority order with the conditions it did not meet. Changes nothing.',
  }, seniors, async ({ body }) => {
    if (!(await knex('declarations').where({ id: body.claimId }).whereNot({ status: 'draft' }).first('id'))) throw notFound('claim');
    const { facts, assignment, candidates } = await assignmentFor(knex, body.claimId);
    const handler = candidates.find((candidate) => candidate.id === assignment.handlerId);
    return {
      facts, rule: assignment.rule, outcomes: assignment.outcomes,
      handler: handler ? { id: handler.id, name: handler.name, openClaims: handler.openClaims } : null,
    };
  });

  return router;
}
