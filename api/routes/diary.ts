import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Request } from 'express';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { diaryClosingOrder, diaryItem, diaryItemOrder, diaryItems, diaryListQuery, type DiaryItem } from '../../contract/diary';
import { dueRange, isOverdue } from '../../domain/claim/diary';
import { brusselsDate } from '../../domain/rules/calendar';
import { catalogue } from '../../i18n/catalogue';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase, type Phrase } from '../../i18n/phrase';
import type { Config } from '../../runtime/config';
import { addDiaryItemUpdate, cancelDiaryItemUpdate, completeDiaryItemUpdate } from '../../workflows/claim/definitions';
import { updateClaim } from '../../workflows/claim/client';
import { actorOf, authOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { recordRead } from '../audit/reads';
import { claimContextOf } from '../claims/context';
import { hideReferredFrom } from '../claims/investigation-seclusion';
import { riskReaders } from '../claims/risk-access';
import { claimTargetOf } from '../claims/target';
import { HttpError, invalid, notFound } from '../errors';
import { readerLanguage } from '../i18n/reader-language';
import { idForKey, requiredIdempotencyKey } from '../idempotency';
import { route } from '../route';

const tag = 'back office';
const staffRoles = ['handler', 'senior_handler'] as const;

/** Diary rows with their claim's number: what every diary answer starts from. */
export const diaryRows = (knex: Knex) => knex('claimDiaryItems as i').join('claims as c', 'c.declarationId', 'i.declarationId')
  .select('i.*', 'c.claimNumber');

/** A row as the API answers it: a rule's subject worded in the reader's language, overdue counted in Brussels days. */
export function diaryItemView(row: Record<string, any>, language: string, today = brusselsDate(new Date())): DiaryItem {
  const dueOn = String(row.dueOn).slice(0, 10);
  return {
    id: row.id, claimId: row.declarationId, claimNumber: row.claimNumber,
    subject: row.subject ?? catalogue.render(row.subjectPhrase as Phrase, language), rule: row.rule ?? null,
    owner: { id: row.ownerId, name: row.ownerName }, dueOn, priority: row.priority, status: row.status,
    overdue: isOverdue({ status: row.status, dueOn }, today), createdBy: row.createdBy, createdAt: new Date(row.createdAt).toISOString(),
    closing: row.closing ?? null, escalatedAt: row.escalatedAt ? new Date(row.escalatedAt).toISOString() : null,
  };
}

/** The request's Idempotency-Key, scoped to the claim; without one, a key of its own (the request is then not retried safely). */
const keyOf = (req: Request, claimId: string) => (req.get('Idempotency-Key') ? requiredIdempotencyKey(req, claimId) : `${authOf(req).user.id}:${claimId}:${randomUUID()}`);

/**
 * The claims' diaries: items planned on a claim by its handlers or by rules, completed or cancelled with a note, every
 * change through the claim's process; the lists a handler works from (mine, overdue, today, this week).
 */
export function diaryRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const context = claimContextOf(config);
  const claimParams = z.object({ id: z.uuid() });
  const itemParams = z.object({ itemId: z.uuid() });

  route(router, {
    method: 'get', path: '/api/backoffice/claims/:id/diary', tag, access: 'handlers, senior handlers, auditors and the special investigation unit (the claims referred to it)',
    params: claimParams, summary: "The claim's diary: open items first by due day, then the closed ones.", response: diaryItems,
  }, [riskReaders], async ({ params }, req) => {
    const claim = await knex('claims as c').join('declarations as d', 'd.id', 'c.declarationId').where('c.declarationId', params.id).first('d.organisationId');
    if (!claim) throw notFound('claim');
    const rows = await diaryRows(knex).where('i.declarationId', params.id)
      .orderByRaw("case when i.status = 'open' then 0 else 1 end").orderBy('i.dueOn').orderBy('i.createdAt').limit(500);
    await recordRead(knex, req, { subject: { type: 'declaration', id: params.id }, organisationId: claim.organisationId, what: 'claim_diary' });
    const language = readerLanguage(req);
    return rows.map((row) => diaryItemView(row, language));
  });

  route(router, {
    method: 'post', path: '/api/backoffice/claims/:id/diary', tag, access: 'handlers and senior handlers', status: 201,
    params: claimParams, body: diaryItemOrder, response: diaryItem,
    summary: 'Plan a diary item on the claim for a handler, due today or later (with an Idempotency-Key, a retry plans it once).',
  }, [requireRole(...staffRoles)], async ({ params, body }, req) => {
    const problems = [];
    const owner = await knex('users').where({ id: body.ownerId }).whereIn('role', staffRoles).first('id', 'fullName');
    if (!owner) problems.push(fieldProblem('ownerId', 'diary.problem.owner'));
    if (body.dueOn < brusselsDate(new Date())) problems.push(fieldProblem('dueOn', 'diary.problem.dueOn'));
    if (problems.length) throw invalid(phrase('diary.refusal.incomplete'), problems);
    const key = keyOf(req, params.id);
    const itemId = idForKey(key, 'diary-item');
    await updateClaim(client, context, await claimTargetOf(knex, params.id), addDiaryItemUpdate, {
      key, actor: actorOf(req), itemId, subject: body.subject, owner: { id: owner!.id, name: owner!.fullName }, dueOn: body.dueOn, priority: body.priority,
    }, key);
    return itemAnswer(itemId, params.id, req);
  });

  for (const [action, update] of [['complete', completeDiaryItemUpdate], ['cancel', cancelDiaryItemUpdate]] as const) {
    route(router, {
      method: 'post', path: `/api/backoffice/diary/:itemId/${action}`, tag, access: 'handlers and senior handlers',
      params: itemParams, body: diaryClosingOrder, response: diaryItem,
      summary: action === 'complete' ? 'Complete a diary item, with a note saying how.' : 'Cancel a diary item, with a note saying why.',
    }, [requireRole(...staffRoles)], async ({ params, body }, req) => {
      const found = await knex('claimDiaryItems').where({ id: params.itemId }).first('declarationId');
      if (!found) throw new HttpError(404, 'not_found', phrase('diary.notFound'));
      const key = keyOf(req, found.declarationId);
      await updateClaim(client, context, await claimTargetOf(knex, found.declarationId), update, { key, actor: actorOf(req), itemId: params.itemId, note: body.note }, key);
      return itemAnswer(params.itemId, found.declarationId, req);
    });
  }

  route(router, {
    method: 'get', path: '/api/backoffice/diary', tag, access: 'handlers, senior handlers and auditors', query: diaryListQuery,
    summary: "A handler's open diary items (owner=me or a user's id), all or those overdue, due today or this week, by due day.",
    response: diaryItems,
  }, [requireRole('handler', 'senior_handler', 'auditor')], async ({ query }, req) => {
    const ownerId = query.owner === 'me' ? authOf(req).user.id : query.owner;
    const today = brusselsDate(new Date());
    const [from, to] = query.due ? dueRange(query.due, today) : [null, null];
    const rows: Record<string, any>[] = await diaryRows(knex).where({ 'i.ownerId': ownerId, 'i.status': 'open' })
      .modify(hideReferredFrom(knex, authOf(req).user.role, 'i.declaration_id')) // referred to the SIU: not for its handler
      .modify((q) => { if (from) q.where('i.dueOn', '>=', from); if (to) q.where('i.dueOn', '<=', to); })
      .orderBy('i.dueOn').orderByRaw("case i.priority when 'high' then 0 when 'normal' then 1 else 2 end").limit(500);
    const declarationIds = [...new Set(rows.map((row) => row.declarationId as string))];
    await recordRead(knex, req, { subject: { type: 'diary', id: ownerId }, what: 'diary_list', declarationIds });
    const language = readerLanguage(req);
    return rows.map((row) => diaryItemView(row, language, today));
  });

  async function itemAnswer(itemId: string, claimId: string, req: Request) {
    const row = await diaryRows(knex).where({ 'i.id': itemId, 'i.declarationId': claimId }).first();
    if (!row) throw new HttpError(404, 'not_found', phrase('diary.notFound'));
    return diaryItemView(row, readerLanguage(req));
  }

  return router;
}
