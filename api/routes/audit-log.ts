import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { checkPeriod, periodFields } from '../audit/period';
import { requireRole } from '../auth/guards';
import { pagingFields, searchText } from '../lists/query';
import { route } from '../route';
import { auditLogPage } from '../../contract/audit';

const logQuery = z.object({
  action: searchText(100).min(1).optional(),
  subjectType: searchText(100).min(1).optional(),
  subjectId: searchText(255).min(1).optional(),
  actorId: z.uuid().optional().describe('Who acted (or read): a user id'),
  organisationId: z.uuid().optional(),
  ...periodFields,
  ...pagingFields,
}).superRefine(checkPeriod);

export const entryView = (row: Record<string, any>) => ({
  id: Number(row.id),
  at: new Date(row.at).toISOString(),
  actor: { id: row.actorId, name: row.actorName },
  action: row.action,
  subject: { type: row.subjectType, id: row.subjectId },
  organisationId: row.organisationId,
  details: row.details,
});

/** The append-only audit log (access changes, register changes, payments...), newest first, for auditors. */
export function auditLogRoutes(knex: Knex): Router {
  const router = Router();

  route(router, {
    method: 'get', path: '/api/audit/log', tag: 'audit', access: 'auditors',
    summary: 'The audit log of business actions and reads (`action=read`), newest first, filtered by action, subject, actor, organisation and period.',
    query: logQuery,
    response: auditLogPage,
  }, [requireRole('auditor')], async ({ query }) => {
    const filtered = () => {
      const selection = knex('auditLog');
      if (query.action) selection.where({ action: query.action });
      if (query.subjectType) selection.where({ subjectType: query.subjectType });
      if (query.subjectId) selection.where({ subjectId: query.subjectId });
      if (query.actorId) selection.where({ actorId: query.actorId });
      if (query.organisationId) selection.where({ organisationId: query.organisationId });
      if (query.from) selection.where('at', '>=', query.from);
      if (query.to) selection.where('at', '<=', query.to);
      return selection;
    };
    const [rows, [{ count }]] = await Promise.all([
      filtered().orderBy([{ column: 'at', order: 'desc' }, { column: 'id', order: 'desc' }])
        .offset((query.page - 1) * query.pageSize).limit(query.pageSize),
      filtered().count({ count: '*' }),
    ]);
    return { items: rows.map(entryView), total: Number(count), page: query.page, pageSize: query.pageSize };
  });

  return router;
}
