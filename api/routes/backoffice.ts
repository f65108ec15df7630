import type { Client } from '@temporalio/client';
import { Router } from 'express';
import { z } from 'zod';
import { Declaration } from '../../db/models/declaration';
import { declarationStatuses } from '../../domain/declaration';
import { declarationTypes } from '../../domain/declaration-types';
import type { Config } from '../../runtime/config';
import { updateClaim } from '../../workflows/claim/client';
import { decideClaimUpdate } from '../../workflows/claim/definitions';
import { decideUpdate, startHandlingUpdate } from '../../workflows/declaration/definitions';
import { actorOf, authOf } from '../auth/context';
import { hideReferredFrom } from '../claims/investigation-seclusion';
import { withoutParallelWorkers } from '../lists/query';
import { requireRole } from '../auth/guards';
import { claimContextOf } from '../claims/context';
import { claimTargetOf } from '../claims/target';
import { notFound } from '../errors';
import { route } from '../route';
import { declarationDetail } from '../declarations/detail';
import { decisionRequest } from '../../contract/claims';
import { declarationDetail as declarationDetailSchema, declarationPage as declarationListSchema } from '../../contract/declarations';
import { declarationView } from '../declarations/view';
import { declarationProcess } from '../../workflows/declaration/client';
import { idempotencyKeyOf } from '../idempotency';
import { pagingFields } from '../lists/query';
import { readerLanguage } from '../i18n/reader-language';
import { recordRead } from '../audit/reads';

const idParams = z.object({ id: z.uuid() });
/** What waits for the back office unless the handler asks for something else. */
const openStatuses = ['submitted', 'in_handling', 'under_reservation'] as const;

export function backofficeRoutes(client: Client, config: Config): Router {
  const router = Router();
  const claimContext = claimContextOf(config);
  const handlers = [requireRole('handler', 'senior_handler')];
  const access = 'handlers and senior handlers';

  const findDeclaration = async (id: string) => {
    const declaration = await Declaration.query().findById(id);
    if (!declaration || declaration.status === 'draft') throw notFound('declaration'); // drafts are the customer's own
    return declaration;
  };

  route(router, {
    method: 'get', path: '/api/backoffice/declarations', tag: 'back office', access,
    summary: 'The queue: declarations waiting for handling and open claims, oldest first, by status and type.',
    query: z.object({ status: z.enum(declarationStatuses).optional(), type: z.enum(declarationTypes).optional(), ...pagingFields }),
    response: declarationListSchema,
  }, handlers, async ({ query }, req) => {
    const { results, total } = await withoutParallelWorkers(Declaration.knex(), async (trx) => Declaration.query(trx)
      .modify((q) => {
        if (query.status) q.where({ status: query.status });
        else q.whereIn('status', openStatuses);
        if (query.type) q.where({ type: query.type });
      })
      .modify(hideReferredFrom(Declaration.knex(), authOf(req).user.role, 'declarations.id')) // referred to the SIU: not for handlers
      .whereNot({ status: 'draft' })
      .orderBy('submittedAt', 'asc')
      .page(query.page - 1, query.pageSize));
    await recordRead(Declaration.knex(), req, {
      subject: { type: 'declaration_list', id: 'backoffice' }, what: 'backoffice_declaration_list',
      declarationIds: results.map((declaration) => declaration.id), details: { status: query.status, type: query.type, page: query.page },
    });
    return { items: results.map(declarationView), total, page: query.page, pageSize: query.pageSize };
  });

  route(router, {
    method: 'get', path: '/api/backoffice/declarations/:id', tag: 'back office', access,
    summary: 'A declaration as the handler sees it.', params: idParams, response: declarationDetailSchema,
  }, handlers, async ({ params }, req) => {
    const declaration = await findDeclaration(params.id);
    const detail = await declarationDetail(declaration, readerLanguage(req));
    await recordRead(Declaration.knex(), req, { subject: { type: 'declaration', id: declaration.id }, organisationId: declaration.organisationId, what: 'declaration_detail' });
    return detail;
  });

  route(router, {
    method: 'post', path: '/api/backoffice/declarations/:id/start-handling', tag: 'back office', access,
    summary: 'Start handling: opens the claim with a claim number, assigned to you. The customer can no longer withdraw or reopen.',
    params: idParams, body: z.strictObject({}), response: declarationDetailSchema,
  }, handlers, async ({ params }, req) => {
    const declaration = await findDeclaration(params.id);
    return declarationDetail(await declarationProcess.update(client, declaration, startHandlingUpdate, { actor: actorOf(req) }, idempotencyKeyOf(req)), readerLanguage(req));
  });

  route(router, {
    method: 'post', path: '/api/backoffice/declarations/:id/decision', tag: 'back office', access,
    summary: "Decide: accept; accept under reservation (reason and the missing items; later accept or refuse); refuse (reason). Once the claim is opened, its process decides; the answer is the declaration as the customer sees it too.",
    params: idParams,
    body: decisionRequest,
    response: declarationDetailSchema,
  }, handlers, async ({ params, body }, req) => {
    const declaration = await findDeclaration(params.id);
    const knex = Declaration.knex();
    // Not opened yet: the declaration's own process answers (and refuses, as only an opened claim is decided).
    if (!(await knex('claims').where({ declarationId: declaration.id }).first('declarationId'))) {
      return declarationDetail(await declarationProcess.update(client, declaration, decideUpdate, { actor: actorOf(req), ...body }, idempotencyKeyOf(req)), readerLanguage(req));
    }
    await updateClaim(client, claimContext, await claimTargetOf(knex, declaration.id), decideClaimUpdate, { actor: actorOf(req), ...body }, idempotencyKeyOf(req));
    return declarationDetail(await findDeclaration(declaration.id), readerLanguage(req));
  });

  return router;
}
