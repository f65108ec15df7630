import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { audit } from '../../db/audit';
import { Declaration } from '../../db/models/declaration';
import { declarationTypes, productLineOf } from '../../domain/declaration-types';
import { isoDate } from '../../domain/declaration-schemas/building-blocks';
import { productLines } from '../../domain/product-lines';
import { brusselsDate } from '../../domain/rules/calendar';
import { reminderPenaltyCents } from '../../domain/rules/claim-deadlines';
import {
  amountAgreedSignal, claimClosedSignal, inspectionReportSentSignal, reminderReceivedSignal,
} from '../../workflows/claim-deadlines/definitions';
import { reassignUpdate } from '../../workflows/declaration/definitions';
import { actorOf, authOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { signalDeadlines } from '../backoffice/deadline-signals';
import { declarationDetail } from '../declarations/detail';
import { declarationProcess } from '../../workflows/declaration/client';
import { idempotencyKeyOf } from '../idempotency';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { conflict, invalid, notFound } from '../errors';
import { readerLanguage } from '../i18n/reader-language';
import { pagingFields, sortField } from '../lists/query';
import { messageView } from '../messages/view';
import { route } from '../route';
import { recordRead } from '../audit/reads';
import { claimClosed, claimFile, deadlineRecorded, queuePage, queueStatuses, staff } from '../../contract/claims';
import { declarationDetail as declarationDetailSchema } from '../../contract/declarations';

const idParams = z.object({ id: z.uuid() });
const access = 'handlers and senior handlers';
/** What waits for the back office: declarations not yet taken, and claims not yet closed. */
const openStatuses = queueStatuses;
const sortable = { nextDeadline: 'next_deadline_on', submittedAt: 'd.submitted_at', claimNumber: 'c.claim_number', status: 'd.status' };

/** The running deadline due first, and the money a missed one costs today. */
function withPenalties(rows: { code: string; dueOn: string; status: string; penaltyCents: number }[]) {
  const today = brusselsDate(new Date());
  return rows.map((deadline) => ({
    ...deadline,
    // After a missed reminder deadline €300 accrues per day until the answer.
    penaltyCents: deadline.code === 'reminder_answer' && deadline.status === 'missed' ? reminderPenaltyCents(deadline.dueOn, today) : deadline.penaltyCents,
  }));
}

/** The handlers' side of a claim: queue, file, assignment, deadlines, closing. */
export function backofficeClaimRoutes(knex: Knex, client: Client): Router {
  const router = Router();
  const handlers = [requireRole('handler', 'senior_handler')];

  const findClaim = async (id: string) => {
    const declaration = await Declaration.query().findById(id).whereNot({ status: 'draft' });
    if (!declaration) throw notFound('claim');
    return declaration;
  };
  const openedClaim = async (id: string) => {
    const claim = await knex('claims').where({ declarationId: id }).first();
    if (!claim) throw conflict('not_allowed_in_status', phrase('api.claim.notOpen'));
    if (claim.closedAt) throw conflict('not_allowed_in_status', phrase('api.claim.closed'));
    return claim;
  };

  route(router, {
    method: 'get', path: '/api/backoffice/claims', tag: 'back office', access,
    summary: 'The work queue: declarations waiting for handling and open claims, with the next deadline; by status, product line, assignee and deadline; sorted (default: next deadline first); paged.',
    query: z.object({
      status: z.enum(queueStatuses).optional(),
      productLine: z.enum(productLines).optional(),
      assignee: z.union([z.enum(['me', 'unassigned']), z.uuid()], { error: 'api.field.assignee' }).optional(),
      deadlineBefore: isoDate.optional(),
      sort: sortField(sortable, 'nextDeadline:asc'),
      ...pagingFields,
    }),
    response: queuePage,
  }, handlers, async ({ query }, req) => {
    const me = authOf(req).user.id;
    const selection = () => knex('declarations as d')
      .leftJoin('claims as c', 'c.declarationId', 'd.id')
      .join('organisations as o', 'o.id', 'd.organisationId')
      .whereIn('d.status', query.status ? [query.status] : openStatuses)
      .whereNull('c.closedAt')
      .modify((q) => {
        if (query.productLine) q.whereIn('d.type', declarationTypes.filter((type) => productLineOf[type] === query.productLine));
        if (query.assignee === 'unassigned') q.whereNull('c.handlerId');
        else if (query.assignee) q.where('c.handlerId', query.assignee === 'me' ? me : query.assignee);
        if (query.deadlineBefore) q.whereRaw("(select min(due_on) from claim_deadlines cd where cd.declaration_id = d.id and cd.status = 'running') <= ?", [query.deadlineBefore]);
      });
    const [{ count }] = (await selection().count({ count: '*' })) as unknown as { count: string }[];
    const rows = await selection()
      .select('d.id', 'd.type', 'd.status', 'd.submittedAt', 'd.handler', 'c.claimNumber', 'c.handlerId', 'o.name as organisationName',
        knex.raw("(select min(due_on) from claim_deadlines cd where cd.declaration_id = d.id and cd.status = 'running') as next_deadline_on"),
        knex.raw("(select code from claim_deadlines cd where cd.declaration_id = d.id and cd.status = 'running' order by due_on limit 1) as next_deadline_code"))
      .orderByRaw(`${query.sort.column} ${query.sort.direction} nulls last, d.submitted_at, d.id`)
      .offset((query.page - 1) * query.pageSize).limit(query.pageSize);
    return {
      items: rows.map((row: Record<string, any>) => ({
        id: row.id, claimNumber: row.claimNumber, type: row.type, productLine: productLineOf[row.type as keyof typeof productLineOf], status: row.status,
        organisationName: row.organisationName, submittedAt: row.submittedAt, handler: row.handler,
        nextDeadline: row.nextDeadlineOn ? { code: row.nextDeadlineCode, dueOn: row.nextDeadlineOn } : null,
      })),
      total: Number(count), page: query.page, pageSize: query.pageSize,
    };
  });

  route(router, {
    method: 'get', path: '/api/backoffice/claims/:id', tag: 'back office', access,
    summary: 'The claim file for the handler: declaration, parties, attachments, missing documents, rule results (their sentences in the Accept-Language), decisions, messages, letters, deadlines and the full timeline.',
    params: idParams,
    response: claimFile,
  }, handlers, async ({ params }, req) => {
    const declaration = await findClaim(params.id);
    const [claim, organisation, deadlines, messages, letters] = await Promise.all([
      knex('claims').where({ declarationId: declaration.id }).first('claimNumber', 'handlerId', 'openedAt', 'openedBy', 'closedAt'),
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
      claim: claim ?? null,
      deadlines: withPenalties(deadlines),
      messages: messages.map(messageView),
      letters: letters.map((letter) => ({ ...letter, url: `/api/backoffice/claims/${declaration.id}/letters/${letter.id}` })),
    };
  });

  route(router, {
    method: 'post', path: '/api/backoffice/claims/:id/assign', tag: 'back office', access: 'senior handlers',
    summary: 'Reassign the claim to another handler.', params: idParams, body: z.strictObject({ handlerId: z.uuid() }),
    response: declarationDetailSchema,
  }, [requireRole('senior_handler')], async ({ params, body }, req) => {
    const declaration = await findClaim(params.id);
    await openedClaim(declaration.id);
    const handler = await knex('users').where({ id: body.handlerId }).whereIn('role', ['handler', 'senior_handler']).first('id', 'fullName', 'email', 'phone');
    if (!handler) throw invalid(phrase('api.claim.notHandler'), [fieldProblem('handlerId', 'api.claim.unknownHandler')]);
    const snapshot = await declarationProcess.update(client, declaration, reassignUpdate, {
      actor: actorOf(req), handler: { id: handler.id, name: handler.fullName, email: handler.email, phone: handler.phone },
    }, idempotencyKeyOf(req));
    return declarationDetail(snapshot, readerLanguage(req));
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

  const deadlineAction = (path: string, summary: string, field: 'sentOn' | 'agreedOn', signal: typeof reminderReceivedSignal) =>
    route(router, {
      method: 'post', path: `/api/backoffice/claims/:id/deadlines/${path}`, tag: 'back office', access, summary,
      params: idParams, body: z.strictObject({ [field]: isoDate }) as z.ZodObject,
      response: deadlineRecorded,
    }, handlers, async ({ params, body }, req) => {
      await openedClaim((await findClaim(params.id)).id);
      const on = (body as Record<string, string>)[field];
      if (!(await signalDeadlines(client, params.id, signal, { [field]: on } as never))) throw conflict('not_allowed_in_status', phrase('api.claim.noDeadlines'));
      const user = authOf(req).user;
      await audit(knex, { actor: { id: user.id, name: user.fullName }, action: `deadline_${path.replace(/-/g, '_')}`, subject: { type: 'claim', id: params.id }, details: { [field]: on } });
      return { declarationId: params.id, [field]: on };
    });
  deadlineAction('reminder', 'The claimant sent a reminder: the answer is due 11 days from the third working day after it.', 'sentOn', reminderReceivedSignal);
  deadlineAction('amount-agreed', 'The amount is agreed: payment is due within 30 days.', 'agreedOn', amountAgreedSignal as never);
  deadlineAction('inspection-report-sent', 'The detailed report on a serious workplace accident went to the labour inspection.', 'sentOn', inspectionReportSentSignal as never);

  route(router, {
    method: 'post', path: '/api/backoffice/claims/:id/close', tag: 'back office', access,
    summary: 'Close the claim file once it is decided: its running deadlines end.', params: idParams, body: z.strictObject({}),
    response: claimClosed,
  }, handlers, async ({ params }, req) => {
    const declaration = await findClaim(params.id);
    await openedClaim(declaration.id);
    if (declaration.status !== 'accepted' && declaration.status !== 'refused') throw conflict('not_allowed_in_status', phrase('api.claim.decideFirst'));
    const user = authOf(req).user;
    await knex.transaction(async (trx) => {
      await trx('claims').where({ declarationId: declaration.id }).update({ closedAt: trx.fn.now() });
      await audit(trx, { actor: { id: user.id, name: user.fullName }, action: 'claim_closed', subject: { type: 'claim', id: declaration.id }, organisationId: declaration.organisationId });
    });
    await signalDeadlines(client, declaration.id, claimClosedSignal);
    return { declarationId: declaration.id, closed: true };
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
