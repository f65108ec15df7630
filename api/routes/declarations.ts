import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { Config } from '../../runtime/config';
import { Declaration } from '../../db/models/declaration';
import { Policy } from '../../db/models/policy';
import { declarationStatuses } from '../../domain/declaration';
import { coveringProductLines, declarationTypes, DeclarationType } from '../../domain/declaration-types';
import { draftProblems } from '../../domain/declaration-schemas';
import { mergePrefill, prefillDeclaration } from '../../domain/prefill';
import { languages } from '../../domain/labels';
import { reopenUpdate, saveDraftUpdate, submitUpdate, withdrawUpdate } from '../../workflows/declaration/definitions';
import { actorOf, authOf } from '../auth/context';
import { requireOrganisation } from '../auth/guards';
import { invalid } from '../errors';
import { findCustomerDeclaration } from '../declarations/find';
import { sendSummaryPdf } from '../declarations/files';
import { pagingFields } from '../lists/query';
import { route } from '../route';
import { declarationDetail } from '../declarations/detail';
import { declarationDetailSchema, declarationListSchema, declarationView } from '../declarations/view';
import { runDeclarationUpdate, startDeclaration } from '../declarations/workflows';
import { readerLanguage } from '../i18n/reader-language';

const orgParams = z.object({ orgId: z.uuid() });
const declarationParams = z.object({ orgId: z.uuid(), id: z.uuid() });
const step = z.number().int().min(1).max(6);

async function policyFor(organisationId: string, policyId: string | undefined, type: DeclarationType) {
  if (!policyId) return null;
  const policy = await Policy.query().findOne({ id: policyId, organisationId });
  if (!policy) throw invalid('The policy is not one of this organisation.', [{ path: 'policyId', message: 'Unknown policy' }]);
  if (!coveringProductLines(type).includes(policy.productLine)) {
    throw invalid('The policy does not cover this kind of claim.', [{ path: 'policyId', message: `Policy ${policy.policyNumber} is a ${policy.productLine} policy` }]);
  }
  if (policy.status !== 'active') throw invalid('The policy is not active.', [{ path: 'policyId', message: `Policy ${policy.policyNumber} is ${policy.status}` }]);
  return policy;
}

/** The customer's declarations (Declare a claim): full access to the organisation they act for. */
export function declarationRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const full = [requireOrganisation('full')];
  const base = '/api/organisations/:orgId/declarations';

  const findDeclaration = findCustomerDeclaration;

  route(router, {
    method: 'post', path: base, tag: 'declarations', access: 'customers with full access', status: 201,
    summary: 'Start a declaration as a draft, optionally for a policy and with first data; what the insurer knows (contact, insured vehicle or building) is prefilled.',
    params: orgParams,
    body: z.strictObject({
      type: z.enum(declarationTypes),
      policyId: z.uuid().optional(),
      data: z.record(z.string(), z.unknown()).default({}),
      step: step.default(1),
    }),
    response: declarationDetailSchema,
  }, full, async ({ params, body }, req) => {
    const policy = await policyFor(params.orgId, body.policyId, body.type);
    const { user } = authOf(req);
    const data = mergePrefill(prefillDeclaration(body.type, { user, policy }), body.data);
    const problems = draftProblems(body.type, data);
    if (problems.length) throw invalid('Some fields are not well-formed.', problems.map((p) => ({ ...p, path: `data.${p.path}` })));
    const actor = actorOf(req);
    const snapshot = await startDeclaration(client, config.temporal.taskQueue, {
      declarationId: randomUUID(),
      organisationId: params.orgId,
      policyId: policy?.id ?? null,
      type: body.type,
      createdBy: actor,
      timing: config.declarations,
    }, { actor, data, step: body.step, version: 0 });
    return declarationDetail(snapshot, readerLanguage(req));
  });

  route(router, {
    method: 'get', path: base, tag: 'declarations', access: 'customers with full access',
    summary: "The organisation's declarations, newest first, by status and type.",
    params: orgParams,
    query: z.object({ status: z.enum(declarationStatuses).optional(), type: z.enum(declarationTypes).optional(), ...pagingFields }),
    response: declarationListSchema,
  }, full, async ({ params, query }) => {
    const selection = Declaration.query().where({ organisationId: params.orgId }).modify((q) => {
      if (query.status) q.where({ status: query.status });
      if (query.type) q.where({ type: query.type });
    });
    const { results, total } = await selection.orderBy('updatedAt', 'desc').page(query.page - 1, query.pageSize);
    return { items: results.map(declarationView), total, page: query.page, pageSize: query.pageSize };
  });

  route(router, {
    method: 'get', path: `${base}/:id`, tag: 'declarations', access: 'customers with full access',
    summary: 'A declaration: status, data, wizard step, version, claim number, handler and the history of actions.',
    params: declarationParams, response: declarationDetailSchema,
  }, full, async ({ params }, req) => declarationDetail(await findDeclaration(params.orgId, params.id), readerLanguage(req)));

  route(router, {
    method: 'get', path: `${base}/:id/summary.pdf`, tag: 'declarations', access: 'customers with full access',
    summary: "The declaration's PDF summary: every field, party and attachment, in the contact's language unless `language` is given.",
    params: declarationParams, query: z.object({ language: z.enum(languages).optional() }), produces: 'application/pdf',
  }, full, async ({ params, query }, _req, res) => {
    await sendSummaryPdf(knex, await findDeclaration(params.orgId, params.id), query.language, res);
  });

  route(router, {
    method: 'put', path: `${base}/:id/draft`, tag: 'declarations', access: 'customers with full access',
    summary: 'Save the draft: partial data and the wizard step. `version` must be the one you loaded, or you get 409.',
    params: declarationParams,
    body: z.strictObject({ data: z.record(z.string(), z.unknown()), step, version: z.number().int().min(1) }),
    response: declarationDetailSchema,
  }, full, async ({ params, body }, req) => {
    const declaration = await findDeclaration(params.orgId, params.id);
    return declarationDetail(await runDeclarationUpdate(client, req, declaration, saveDraftUpdate, { actor: actorOf(req), ...body }), readerLanguage(req));
  });

  route(router, {
    method: 'post', path: `${base}/:id/submit`, tag: 'declarations', access: 'customers with full access',
    summary: 'Submit: every field the type requires is checked. Fire and group hospitalisation open a claim at once.',
    params: declarationParams, body: z.strictObject({ version: z.number().int().min(1).optional() }), response: declarationDetailSchema,
  }, full, async ({ params, body }, req) => {
    const declaration = await findDeclaration(params.orgId, params.id);
    return declarationDetail(await runDeclarationUpdate(client, req, declaration, submitUpdate, { actor: actorOf(req), version: body.version }), readerLanguage(req));
  });

  route(router, {
    method: 'post', path: `${base}/:id/withdraw`, tag: 'declarations', access: 'customers with full access',
    summary: 'Withdraw a submitted declaration until the insurer starts handling it, or discard a draft (it leaves the drafts list; its history is kept).',
    params: declarationParams, body: z.strictObject({ reason: z.string().trim().max(1000).optional() }), response: declarationDetailSchema,
  }, full, async ({ params, body }, req) => {
    const declaration = await findDeclaration(params.orgId, params.id);
    return declarationDetail(await runDeclarationUpdate(client, req, declaration, withdrawUpdate, { actor: actorOf(req), reason: body.reason }), readerLanguage(req));
  });

  route(router, {
    method: 'post', path: `${base}/:id/reopen`, tag: 'declarations', access: 'customers with full access',
    summary: 'Reopen a submitted or withdrawn declaration to change it and submit it again, until handling starts.',
    params: declarationParams, body: z.strictObject({}), response: declarationDetailSchema,
  }, full, async ({ params }, req) => {
    const declaration = await findDeclaration(params.orgId, params.id);
    return declarationDetail(await runDeclarationUpdate(client, req, declaration, reopenUpdate, { actor: actorOf(req) }), readerLanguage(req));
  });

  return router;
}
