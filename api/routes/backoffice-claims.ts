import type { Client } from '@temporalio/client';
import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { Declaration } from '../../db/models/declaration';
import { productLineOf } from '../../domain/declaration-types';
import { isoDate } from '../../domain/declaration-schemas/building-blocks';
import { productLines } from '../../domain/product-lines';
import { brusselsDate } from '../../domain/rules/calendar';
import { reminderPenaltyCents } from '../../domain/rules/claim-deadlines';
import type { Config } from '../../runtime/config';
import { updateClaim } from '../../workflows/claim/client';
import {
  closeClaimUpdate, confirmCoverUpdate, type DeadlineEvent, reassignClaimUpdate, recordDeadlineEventUpdate, reopenClaimUpdate,
} from '../../workflows/claim/definitions';
import { actorOf, authOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { claimContextOf } from '../claims/context';
import { claimFlagsOf } from '../claims/flags';
import { checkDuplicateTarget } from '../claims/duplicates';
import { hideReferredFrom } from '../claims/investigation-seclusion';
import { fileReaders } from '../claims/risk-access';
import { claimHeaderOf } from '../claims/header';
import { claimUploadsOf } from '../claims/uploads';
import { claimRecordOf } from '../claims/record';
import { claimTargetOf } from '../claims/target';
import { declarationDetail } from '../declarations/detail';
import { idempotencyKeyOf } from '../idempotency';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { invalid, notFound } from '../errors';
import { readerLanguage } from '../i18n/reader-language';
import { pagingFields, sortField } from '../lists/query';
import { messageView } from '../messages/view';
import { route } from '../route';
import { recordRead } from '../audit/reads';
import {
  claimFile, claimRecord, closeRequest, coverageStatuses, deadlineRecorded, queuePage, queueStatuses, staff,
} from '../../contract/claims';
import { reasoned } from '../../contract/common';
import { declarationDetail as declarationDetailSchema } from '../../contract/declarations';

const idParams = z.object({ id: z.uuid() });
const access = 'handlers and senior handlers';
const sortable = { nextDeadline: 'q.next_deadline_on', submittedAt: 'q.submitted_at', claimNumber: 'q.claim_number', status: 'q.status' };

/** The running deadline due first, and the money a missed one costs today. */
export function withPenalties(rows: { code: string; dueOn: string; status: string; penaltyCents: number }[]) {
  const today = brusselsDate(new Date());
  return rows.map((deadline) => ({
    ...deadline,
    // After a missed reminder deadline €300 accrues per day until the answer.
    penaltyCents: deadline.code === 'reminder_answer' && deadline.status === 'missed' ? reminderPenaltyCents(deadline.dueOn, today) : deadline.penaltyCents,
  }));
}

/**
 * The handlers' side of a claim: queue, file, assignment, deadlines, closing and reopening, cover. Every action is
 * asked of the claim's process, which decides and writes the projection; the answer is read back from it.
 */
export function backofficeClaimRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const handlers = [requireRole('handler', 'senior_handler')];
  const seniors = [requireRole('senior_handler')];
  const claimContext = claimContextOf(config);

  const findClaim = async (id: string) => {
    const declaration = await Declaration.query().findById(id).whereNot({ status: 'draft' });
    if (!declaration) throw notFound('claim');
    return declaration;
  };
  /** The claim as the projection shows it once its process has answered (the process wrote it within the update). */
  const claimAfter = async (id: string, req: Request) => (await claimRecordOf(knex, id, readerLanguage(req)))!;

  route(router, {
    method: 'get', path: '/api/backoffice/claims', tag: 'back office', access,
    summary: 'The work queue: declarations waiting for handling and open claims, with the next deadline and the state of their cover; by status, product line, assignee, deadline and cover (`coverage=unverified`: the claims whose cover a senior handler must confirm); sorted (default: next deadline first); paged.',
    query: z.object({
      status: z.enum(queueStatuses).optional(),
      productLine: z.enum(productLines).optional(),
      assignee: z.union([z.enum(['me', 'unassigned']), z.uuid()], { error: 'api.field.assignee' }).optional(),
      deadlineBefore: isoDate.optional(),
      coverage: z.enum(coverageStatuses).optional(),
      sort: sortField(sortable, 'nextDeadline:asc'),
      ...pagingFields,
    }),
    response: queuePage,
  }, handlers, async ({ query }, req) => {
    const me = authOf(req).user.id;
    // The queue's own table (db/migrations/20261203000000_claim-queue.ts): only open rows, one index per filter and sort.
    const selection = () => knex('claimQueue as q')
      .modify(hideReferredFrom(knex, authOf(req).user.role, 'q.declaration_id')) // referred to the SIU: not in the handler's queue
      .modify((q) => {
        if (query.status) q.where('q.status', query.status);
        if (query.productLine) q.where('q.productLine', query.productLine);
        if (query.assignee === 'unassigned') q.whereNull('q.handlerId');
        else if (query.assignee) q.where('q.handlerId', query.assignee === 'me' ? me : query.assignee);
        if (query.coverage) q.where('q.coverageStatus', query.coverage);
        if (query.deadlineBefore) q.where('q.nextDeadlineOn', '<=', query.deadlineBefore);
      });
    const [{ count }] = (await selection().count({ count: '*' })) as unknown as { count: string }[];
    const order = `${query.sort.column} ${query.sort.direction} nulls last, q.submitted_at, q.declaration_id`;
    // The page chosen on the queue's table alone, then joined: a deep page skips its OFFSET rows in the index without
    // reading each one's declaration and organisation.
    const page = selection().select('q.declarationId').orderByRaw(order).offset((query.page - 1) * query.pageSize).limit(query.pageSize);
    const rows = await knex('claimQueue as q')
      .whereIn('q.declarationId', page)
      .join('declarations as d', 'd.id', 'q.declarationId')
      .join('organisations as o', 'o.id', 'q.organisationId')
      .select('q.declarationId as id', 'q.type', 'q.status', 'q.submittedAt', 'd.handler', 'q.claimNumber', 'q.handlerId', 'q.coverageStatus',
        'o.name as organisationName', 'q.nextDeadlineOn', 'q.nextDeadlineCode')
      .orderByRaw(order);
    return {
      items: rows.map((row: Record<string, any>) => ({
        id: row.id, claimNumber: row.claimNumber, type: row.type, productLine: productLineOf[row.type as keyof typeof productLineOf], status: row.status,
        organisationName: row.organisationName, submittedAt: row.submittedAt, handler: row.handler,
        nextDeadline: row.nextDeadlineOn ? { code: row.nextDeadlineCode, dueOn: row.nextDeadlineOn } : null,
        coverageStatus: row.coverageStatus ?? null,
      })),
      total: Number(count), page: query.page, pageSize: query.pageSize,
    };
  });

  route(router, {
    method: 'get', path: '/api/backoffice/claims/:id', tag: 'back office', access,
    summary: 'The claim file for the handler: declaration, parties, attachments, missing documents, rule results (their sentences in the Accept-Language), decisions, the claim (cover and its findings, money, outcome, reopening), messages, letters, deadlines and the full timeline.',
    params: idParams,
    response: claimFile,
  }, [fileReaders], async ({ params }, req) => { // the SIU reads the files referred to it
    const declaration = await findClaim(params.id);
    const [claim, organisation, deadlines, messages, letters] = await Promise.all([
      claimRecordOf(knex, declaration.id, readerLanguage(req)),
      knex('organisations').where({ id: declaration.organisationId }).first('id', 'name', 'email', 'phone'),
      knex('claimDeadlines').where({ declarationId: declaration.id }).orderBy('dueOn').select('code', 'dueOn', 'status', 'penaltyCents'),
      knex('messages').where({ declarationId: declaration.id }).orderBy('createdAt'),
      knex('claimDocuments').where({ declarationId: declaration.id }).orderBy('createdAt').select('id', 'kind', 'recipient', 'fileName', 'createdAt'),
    ]);
    const detail = await declarationDetail(declaration, readerLanguage(req));
    await recordRead(knex, req, { subject: { type: 'declaration', id: declaration.id }, organisationId: declaration.organisationId, what: 'claim_file' });
    return {
      ...detail,
      organisation,
      claim,
      deadlines: withPenalties(deadlines),
      messages: messages.map(messageView),
      letters: letters.map((letter) => ({ ...letter, url: `/api/backoffice/claims/${declaration.id}/letters/${letter.id}` })),
      flags: await claimFlagsOf(knex, declaration.id, claim),
      ...(await claimHeaderOf(knex, declaration, claim, deadlines)),
      uploads: await claimUploadsOf(knex, declaration.id),
    };
  });

  route(router, {
    method: 'post', path: '/api/backoffice/claims/:id/assign', tag: 'back office', access: 'senior handlers',
    summary: 'Reassign the claim to another handler.', params: idParams, body: z.strictObject({ handlerId: z.uuid() }),
    response: declarationDetailSchema,
  }, seniors, async ({ params, body }, req) => {
    const target = await claimTargetOf(knex, params.id);
    const handler = await knex('users').where({ id: body.handlerId }).whereIn('role', ['handler', 'senior_handler']).first('id', 'fullName', 'email', 'phone');
    if (!handler) throw invalid(phrase('api.claim.notHandler'), [fieldProblem('handlerId', 'api.claim.unknownHandler')]);
    await updateClaim(client, claimContext, target, reassignClaimUpdate, {
      actor: actorOf(req), handler: { id: handler.id, name: handler.fullName, email: handler.email, phone: handler.phone },
    }, idempotencyKeyOf(req));
    return declarationDetail(await findClaim(params.id), readerLanguage(req));
  });

  route(router, {
    method: 'get', path: '/api/backoffice/handlers', tag: 'back office', access,
    summary: 'The claims handlers a claim can be assigned to, by name, with the number of open claims each holds.',
    response: staff,
  }, handlers, async () => {
    const rows = await knex('users as u').whereIn('u.role', ['handler', 'senior_handler']).orderBy('u.fullName')
      .select('u.id', 'u.fullName', 'u.email', 'u.role',
        knex.raw('(select count(*)::int from claims c where c.handler_id = u.id and c.closed_at is null) as open_claims'));
    return rows.map((row: Record<string, any>) => ({ id: row.id, name: row.fullName, email: row.email, role: row.role, openClaims: row.openClaims }));
  });

  /** A deadline event the claim's process counts from: the day it happened is the body's only field. */
  const deadlineAction = (path: string, summary: string, field: 'sentOn' | 'agreedOn', eventOf: (on: string) => DeadlineEvent) =>
    route(router, {
      method: 'post', path: `/api/backoffice/claims/:id/deadlines/${path}`, tag: 'back office', access, summary,
      params: idParams, body: z.strictObject({ [field]: isoDate }) as z.ZodObject,
      response: deadlineRecorded,
    }, handlers, async ({ params, body }, req) => {
      const on = (body as Record<string, string>)[field];
      await updateClaim(client, claimContext, await claimTargetOf(knex, params.id), recordDeadlineEventUpdate, { actor: actorOf(req), event: eventOf(on) }, idempotencyKeyOf(req));
      return { declarationId: params.id, [field]: on };
    });
  deadlineAction('reminder', 'The claimant sent a reminder: the answer is due 11 days from the third working day after it.', 'sentOn', (sentOn) => ({ kind: 'reminder', sentOn }));
  deadlineAction('amount-agreed', 'The amount is agreed: payment is due within 30 days.', 'agreedOn', (agreedOn) => ({ kind: 'amount_agreed', agreedOn }));
  deadlineAction('inspection-report-sent', 'The detailed report on a serious workplace accident went to the labour inspection.', 'sentOn', (sentOn) => ({ kind: 'inspection_report_sent', sentOn }));

  route(router, {
    method: 'post', path: '/api/backoffice/claims/:id/close', tag: 'back office', access,
    summary: 'Close the claim with its outcome (paid, no payment, refused, duplicate, withdrawn; the last two with a reason): its running deadlines end and what is left on its reserves is released. Refused while a payment is still on its way.',
    params: idParams, body: closeRequest, response: claimRecord,
  }, handlers, async ({ params, body }, req) => {
    if (body.duplicateOf !== undefined) await checkDuplicateTarget(knex, params.id, body.duplicateOf);
    await updateClaim(client, claimContext, await claimTargetOf(knex, params.id), closeClaimUpdate, { actor: actorOf(req), ...body }, idempotencyKeyOf(req));
    return claimAfter(params.id, req);
  });

  route(router, {
    method: 'post', path: '/api/backoffice/claims/:id/reopen', tag: 'back office', access,
    summary: 'Reopen a closed claim, with a reason: it is open again under the same claim number (within the limitation period).',
    params: idParams, body: reasoned, response: claimRecord,
  }, handlers, async ({ params, body }, req) => {
    await updateClaim(client, claimContext, await claimTargetOf(knex, params.id), reopenClaimUpdate, { actor: actorOf(req), reason: body.reason }, idempotencyKeyOf(req));
    return claimAfter(params.id, req);
  });

  route(router, {
    method: 'post', path: '/api/backoffice/claims/:id/cover', tag: 'back office', access: 'senior handlers',
    summary: 'Confirm by hand the cover of a claim whose cover could not be verified at opening, with a reason.',
    params: idParams, body: reasoned, response: claimRecord,
  }, seniors, async ({ params, body }, req) => {
    await updateClaim(client, claimContext, await claimTargetOf(knex, params.id), confirmCoverUpdate, { actor: actorOf(req), reason: body.reason }, idempotencyKeyOf(req));
    return claimAfter(params.id, req);
  });

  route(router, {
    method: 'get', path: '/api/backoffice/claims/:id/letters/:letterId', tag: 'back office', access,
    summary: 'A decision letter of the claim, as a PDF.', params: idParams.extend({ letterId: z.uuid() }), produces: 'application/pdf',
  }, handlers, async ({ params }, req, res) => {
    const letter = await knex('claimDocuments').where({ id: params.letterId, declarationId: params.id }).first();
    if (!letter) throw notFound('letter');
    await recordRead(knex, req, { subject: { type: 'declaration', id: params.id }, what: 'letter', details: { letterId: letter.id, kind: letter.kind, fileName: letter.fileName } });
    res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${letter.fileName}"`).send(letter.content);
  });

  return router;
}
