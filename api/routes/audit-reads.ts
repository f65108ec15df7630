import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { checkPeriod, periodFields } from '../audit/period';
import { requireRole } from '../auth/guards';
import { pagingFields } from '../lists/query';
import { route } from '../route';
import { entryView } from './audit-log';
import { auditLogPage, claimReaders } from '../../contract/audit';

const readsQuery = z.object({ ...periodFields, ...pagingFields }).superRefine(checkPeriod);
type ReadsQuery = z.output<typeof readsQuery>;

/** The reads in a period, newest first, one page and the total. */
async function pageOf(selection: () => Knex.QueryBuilder, query: ReadsQuery) {
  const within = () => selection().where({ action: 'read' }).modify((q) => {
    if (query.from) q.where('at', '>=', query.from);
    if (query.to) q.where('at', '<=', query.to);
  });
  const [rows, [{ count }]] = await Promise.all([
    within().orderBy([{ column: 'at', order: 'desc' }, { column: 'id', order: 'desc' }]).offset((query.page - 1) * query.pageSize).limit(query.pageSize),
    within().count({ count: '*' }),
  ]);
  return { items: rows.map(entryView), total: Number(count), page: query.page, pageSize: query.pageSize };
}

/** The auditor's two questions about access to claims: who saw this claim, and what did this person see. */
export function auditReadRoutes(knex: Knex): Router {
  const router = Router();
  const auditors = [requireRole('auditor')];

  route(router, {
    method: 'get', path: '/api/audit/claims/:declarationId/readers', tag: 'audit', access: 'auditors',
    summary: 'Who saw this claim: every read of its file, declaration, documents and history, and every list or export that showed it; newest first, with each reader and how often they read it.',
    params: z.object({ declarationId: z.uuid() }), query: readsQuery,
    response: claimReaders,
  }, auditors, async ({ params, query }) => {
    const ofClaim = () => knex('auditLog').where((w) => w
      .where({ subjectType: 'declaration', subjectId: params.declarationId })
      .orWhereRaw("details->'declarationIds' @> ?::jsonb", [JSON.stringify([params.declarationId])]));
    const [reads, readers] = await Promise.all([
      pageOf(ofClaim, query),
      ofClaim().where({ action: 'read' }).modify((q) => {
        if (query.from) q.where('at', '>=', query.from);
        if (query.to) q.where('at', '<=', query.to);
      }).groupBy('actorId', 'actorName').orderBy('actorName')
        .select('actorId', 'actorName', knex.raw('count(*)::int as reads'), knex.raw('min(at) as first_at'), knex.raw('max(at) as last_at')),
    ]);
    return {
      declarationId: params.declarationId,
      readers: readers.map((row: Record<string, any>) => ({
        actor: { id: row.actorId, name: row.actorName }, reads: row.reads, firstAt: new Date(row.firstAt).toISOString(), lastAt: new Date(row.lastAt).toISOString(),
      })),
      ...reads,
    };
  });

  route(router, {
    method: 'get', path: '/api/audit/users/:userId/reads', tag: 'audit', access: 'auditors',
    summary: 'What this person saw: every claim file, declaration, document, list and export they read, newest first.',
    params: z.object({ userId: z.uuid() }), query: readsQuery,
    response: auditLogPage,
  }, auditors, async ({ params, query }) => ({
    userId: params.userId,
    ...(await pageOf(() => knex('auditLog').where({ actorId: params.userId }), query)),
  }));

  return router;
}
