import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { Request, Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { Config } from '../../runtime/config';
import { Declaration } from '../../db/models/declaration';
import { Policy } from '../../db/models/policy';
import { declarationStatuses, reopenRefusal, withdrawRefusal } from '../../domain/declaration';
import { coveringProductLines, declarationTypes, DeclarationType } from '../../domain/declaration-types';
import { draftProblems } from '../../domain/declaration-schemas';
import { mergePrefill, prefillDeclaration } from '../../domain/prefill';
import { languages } from '../../i18n/server-labels';
import { reopenUpdate, saveDraftUpdate, submitUpdate, withdrawUpdate } from '../../workflows/declaration/definitions';
import { actorOf, authOf } from '../auth/context';
import { requireOrganisation } from '../auth/guards';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { conflict, HttpError, invalid } from '../errors';
import { jsonObject, reason } from '../fields';
import { findCustomerDeclaration } from '../declarations/find';
import { sendSummaryPdf } from '../declarations/files';
import { pagingFields } from '../lists/query';
import { route } from '../route';
import { claimContextOf } from '../claims/context';
import { declarationDetail } from '../declarations/detail';
import { declarationDetail as declarationDetailSchema, declarationPage as declarationListSchema } from '../../contract/declarations';
import { declarationProcess, startDeclaration } from '../../workflows/declaration/client';
import { declarationIdFor, idempotencyKeyOf } from '../idempotency';
import { refusalTypes } from '../../workflows/refusals';
import { readerLanguage } from '../i18n/reader-language';
import { recordRead } from '../audit/reads';
import { medicalReaderOf, requireMedicalAccess } from '../declarations/medical-access';
import { declarationDetailFor, declarationViewFor } from '../declarations/sealed';

const orgParams = z.object({ orgId: z.uuid() });
const declarationParams = z.object({ orgId: z.uuid(), id: z.uuid() });
const step = z.number().int().min(1).max(6);
/** The steps of a declaration (event, parties, damage, contact) and its flags; the type's schema checks the rest. */
const declarationData = jsonObject(10);

async function policyFor(organisationId: string, policyId: string | undefined, type: DeclarationType) {
  if (!policyId) return null;
  const policy = await Policy.query().findOne({ id: policyId, organisationId });
  if (!policy) throw invalid(phrase('api.declaration.policyNotOurs'), [fieldProblem('policyId', 'api.declaration.unknownPolicy')]);
  if (!coveringProductLines(type).includes(policy.productLine)) {
    throw invalid(phrase('api.declaration.notCovered'), [
      fieldProblem('policyId', 'api.declaration.policyOfLine', { policyNumber: policy.policyNumber, productLine: policy.productLine }),
    ]);
  }
  if (policy.status !== 'active') throw invalid(phrase('api.declaration.notActive'), [fieldProblem('policyId', 'api.declaration.policyStatus', { policyNumber: policy.policyNumber, status: policy.status })]);
  return policy;
}

/** The customer's declarations (Declare a claim): full access to the organisation they act for. */
export function declarationRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const full = [requireOrganisation('full')];
  const base = '/api/organisations/:orgId/declarations';

  const findDeclaration = findCustomerDeclaration;
  /** Changing a declaration or reading its documents needs its medical details: the declarant, the person concerned. */
  const findReadable = async (req: Request, orgId: string, id: string) => {
    const declaration = await findDeclaration(orgId, id);
    requireMedicalAccess(await medicalReaderOf(knex, req), declaration);
    return declaration;
  };
  /** The projection's status answers first: once handling starts, the declaration's own process has ended. */
  const refuseWhen = (refusal: ReturnType<typeof withdrawRefusal>) => {
    if (refusal) throw conflict(refusalTypes.notAllowed, refusal);
  };
  const declarationRead = (req: Request, declaration: { id: string; organisationId: string }, what: string) => (details: Record<string, unknown> = {}) =>
    recordRead(knex, req, { subject: { type: 'declaration', id: declaration.id }, organisationId: declaration.organisationId, what, details });

  route(router, {
    method: 'post', path: base, tag: 'declarations', access: 'customers with full access', status: 201,
    summary: 'Start a declaration as a draft, optionally for a policy and with first data; what the insurer knows (contact, insured vehicle or building) is prefilled.',
    params: orgParams,
    body: z.strictObject({
      type: z.enum(declarationTypes),
      policyId: z.uuid().optional(),
      data: declarationData.default({}),
      step: step.default(1),
    }),
    response: declarationDetailSchema,
  }, full, async ({ params, body }, req) => {
    const policy = await policyFor(params.orgId, body.policyId, body.type);
    const { user } = authOf(req);
    const data = mergePrefill(prefillDeclaration(body.type, { user, policy }), body.data);
    const problems = draftProblems(body.type, data);
    if (problems.length) throw invalid(phrase('declaration.refusal.malformed'), problems.map((p) => ({ ...p, path: `data.${p.path}` })));
    const actor = actorOf(req);
    // With an Idempotency-Key a retried create reaches the same declaration: its id derives from the key.
    const idempotencyKey = req.get('Idempotency-Key') || undefined;
    const declarationId = idempotencyKey ? declarationIdFor(user.id, params.orgId, idempotencyKey) : randomUUID();
    try {
      const snapshot = await startDeclaration(client, config.temporal.taskQueue, {
        declarationId,
        organisationId: params.orgId,
        policyId: policy?.id ?? null,
        type: body.type,
        createdBy: actor,
        timing: config.declarations,
        claimTiming: claimContextOf(config).timing,
        claimLimits: claimContextOf(config).limits,
      }, { actor, data, step: body.step, version: 0 }, idempotencyKey);
      // A retry gets the first attempt's answer from Temporal; the declaration may have changed since.
      const current = idempotencyKey ? await Declaration.query().findOne({ id: declarationId, organisationId: params.orgId }) : undefined;
      return declarationDetail(current ?? snapshot, readerLanguage(req));
    } catch (error) {
      if (!idempotencyKey) throw error;
      // Unknown outcome: the row may come from a projection written in a workflow task that never completed (the
      // worker died), so only the workflow's own answer counts. 503 tells the caller to retry with the same key.
      if (error instanceof HttpError && error.status === 503) throw error;
      // An earlier attempt with this key made the declaration (it has since changed, or its run moved on): that is the answer.
      const existing = await Declaration.query().findOne({ id: declarationId, organisationId: params.orgId });
      if (existing) return declarationDetail(existing, readerLanguage(req));
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        throw conflict('idempotency_key_used', phrase('api.declaration.idempotencyKeyUsed'));
      }
      throw error;
    }
  });

  route(router, {
    method: 'get', path: base, tag: 'declarations', access: 'customers with full access',
    summary: "The organisation's declarations, newest first, by status and type.",
    params: orgParams,
    query: z.object({ status: z.enum(declarationStatuses).optional(), type: z.enum(declarationTypes).optional(), ...pagingFields }),
    response: declarationListSchema,
  }, full, async ({ params, query }, req) => {
    const selection = Declaration.query().where({ organisationId: params.orgId }).modify((q) => {
      if (query.status) q.where({ status: query.status });
      if (query.type) q.where({ type: query.type });
    });
    const { results, total } = await selection.orderBy('updatedAt', 'desc').page(query.page - 1, query.pageSize);
    const reader = await medicalReaderOf(knex, req);
    await recordRead(knex, req, {
      subject: { type: 'declaration_list', id: params.orgId }, organisationId: params.orgId, what: 'declaration_list',
      declarationIds: results.map((declaration) => declaration.id), details: { status: query.status, type: query.type, page: query.page },
    });
    return { items: results.map((declaration) => declarationViewFor(reader, declaration)), total, page: query.page, pageSize: query.pageSize };
  });

  route(router, {
    method: 'get', path: `${base}/:id`, tag: 'declarations', access: 'customers with full access',
    summary: 'A declaration: status, data, wizard step, version, claim number, handler and the history of actions.',
    params: declarationParams, response: declarationDetailSchema,
  }, full, async ({ params }, req) => {
    const declaration = await findDeclaration(params.orgId, params.id);
    const detail = await declarationDetailFor(await medicalReaderOf(knex, req), declaration, readerLanguage(req));
    await declarationRead(req, declaration, 'declaration_detail')({ sealed: 'sealed' in detail });
    return detail;
  });

  route(router, {
    method: 'get', path: `${base}/:id/summary.pdf`, tag: 'declarations', access: 'customers with full access',
    summary: "The declaration's PDF summary: every field, party and attachment, in the contact's language unless `language` is given.",
    params: declarationParams, query: z.object({ language: z.enum(languages).optional() }), produces: 'application/pdf',
  }, full, async ({ params, query }, req, res) => {
    const declaration = await findReadable(req, params.orgId, params.id);
    await sendSummaryPdf(knex, declaration, query.language, res, declarationRead(req, declaration, 'summary_pdf'));
  });

  route(router, {
    method: 'put', path: `${base}/:id/draft`, tag: 'declarations', access: 'customers with full access',
    summary: 'Save the draft: partial data and the wizard step. `version` must be the one you loaded, or you get 409.',
    params: declarationParams,
    body: z.strictObject({ data: declarationData, step, version: z.number().int().min(1) }),
    response: declarationDetailSchema,
  }, full, async ({ params, body }, req) => {
    const declaration = await findReadable(req, params.orgId, params.id);
    return declarationDetail(await declarationProcess.update(client, declaration, saveDraftUpdate, { actor: actorOf(req), ...body }, idempotencyKeyOf(req)), readerLanguage(req));
  });

  route(router, {
    method: 'post', path: `${base}/:id/submit`, tag: 'declarations', access: 'customers with full access',
    summary: 'Submit: every field the type requires is checked. Fire and group hospitalisation open a claim at once.',
    params: declarationParams, body: z.strictObject({ version: z.number().int().min(1).optional() }), response: declarationDetailSchema,
  }, full, async ({ params, body }, req) => {
    const declaration = await findReadable(req, params.orgId, params.id);
    return declarationDetail(await declarationProcess.update(client, declaration, submitUpdate, { actor: actorOf(req), version: body.version }, idempotencyKeyOf(req)), readerLanguage(req));
  });

  route(router, {
    method: 'post', path: `${base}/:id/withdraw`, tag: 'declarations', access: 'customers with full access',
    summary: 'Withdraw a submitted declaration until the insurer starts handling it, or discard a draft (it leaves the drafts list; its history is kept).',
    params: declarationParams, body: z.strictObject({ reason: reason(1000).optional() }), response: declarationDetailSchema,
  }, full, async ({ params, body }, req) => {
    const declaration = await findReadable(req, params.orgId, params.id);
    refuseWhen(withdrawRefusal(declaration.status));
    return declarationDetail(await declarationProcess.update(client, declaration, withdrawUpdate, { actor: actorOf(req), reason: body.reason }, idempotencyKeyOf(req)), readerLanguage(req));
  });

  route(router, {
    method: 'post', path: `${base}/:id/reopen`, tag: 'declarations', access: 'customers with full access',
    summary: 'Reopen a submitted or withdrawn declaration to change it and submit it again, until handling starts.',
    params: declarationParams, body: z.strictObject({}), response: declarationDetailSchema,
  }, full, async ({ params }, req) => {
    const declaration = await findReadable(req, params.orgId, params.id);
    refuseWhen(reopenRefusal(declaration.status));
    return declarationDetail(await declarationProcess.update(client, declaration, reopenUpdate, { actor: actorOf(req) }, idempotencyKeyOf(req)), readerLanguage(req));
  });

  return router;
}
