import { Router } from 'express';
import type { Knex } from 'knex';
import { myWork, type MyWork } from '../../contract/diary';
import { addDays, brusselsDate } from '../../domain/rules/calendar';
import { authOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { recordRead } from '../audit/reads';
import { hideReferredFrom } from '../claims/investigation-seclusion';
import { readerLanguage } from '../i18n/reader-language';
import { route } from '../route';
import { diaryItemView, diaryRows } from './diary';

/** How many of each kind My work lists; the counts count them all. */
const LISTED = 50;
/** Legal deadlines this close (days, today included) are on My work. */
const DEADLINES_WITHIN_DAYS = 7;

const iso = (value: unknown) => new Date(value as string).toISOString();

/**
 * My work: what asks for the handler now. Their overdue and today's diary items, the legal deadlines of their open
 * claims within 7 days, the customers' unread messages on their claims, for a senior handler the payments awaiting
 * approval (of others), and the notifications stored for them (or for their role), unread.
 */
export function myWorkRoutes(knex: Knex): Router {
  const router = Router();

  route(router, {
    method: 'get', path: '/api/backoffice/my-work', tag: 'back office', access: 'handlers and senior handlers',
    summary: "The requesting handler's work of the day, each list with its count (the menu shows the total).", response: myWork,
  }, [requireRole('handler', 'senior_handler')], async (_input, req): Promise<MyWork> => {
    const { user } = authOf(req);
    const today = brusselsDate(new Date());
    const language = readerLanguage(req);
    /** A claim referred to the SIU leaves the handler's work (issue 12 §3). */
    const unlessReferred = (idColumn: string) => hideReferredFrom(knex, user.role, idColumn);
    const myOpenItems = () => diaryRows(knex).where({ 'i.ownerId': user.id, 'i.status': 'open' }).modify(unlessReferred('i.declaration_id'));
    const myOpenClaims = () => knex('claims as c').where('c.handlerId', user.id).whereNull('c.closedAt').modify(unlessReferred('c.declaration_id'));
    const countOf = async (query: Knex.QueryBuilder) => Number((await query.clearSelect().clearOrder().count({ n: '*' }).first())?.n ?? 0);

    const overdueQuery = () => myOpenItems().where('i.dueOn', '<', today);
    const todayQuery = () => myOpenItems().where('i.dueOn', today);
    const deadlineQuery = () => myOpenClaims().join('claimDeadlines as d', 'd.declarationId', 'c.declarationId').where('d.status', 'running')
      .whereBetween('d.dueOn', [today, addDays(today, DEADLINES_WITHIN_DAYS - 1)]);
    const messageQuery = () => knex('messages as m').leftJoin('claims as c', 'c.declarationId', 'm.declarationId')
      .where('m.status', 'sent').whereNot('m.addressedTo', 'customer')
      .where((q) => q.where('m.handlerId', user.id).orWhere('c.handlerId', user.id)).modify(unlessReferred('m.declaration_id'));
    const approvalQuery = () => knex('payments as p').join('claims as c', 'c.declarationId', 'p.declarationId')
      .where('p.status', 'awaiting_approval').whereNot('p.requestedById', user.id).modify(unlessReferred('p.declaration_id'));
    const notificationQuery = () => knex('notifications as n').leftJoin('claims as c', 'c.declarationId', 'n.declarationId')
      .where('n.userId', user.id).whereNull('n.readAt').modify(unlessReferred('n.declaration_id'));
    const senior = user.role === 'senior_handler';

    const [overdue, dueToday, deadlines, messages, approvals, notifications, counts] = await Promise.all([
      overdueQuery().orderBy('i.dueOn').limit(LISTED),
      todayQuery().orderByRaw("case i.priority when 'high' then 0 when 'normal' then 1 else 2 end").limit(LISTED),
      deadlineQuery().orderBy('d.dueOn').limit(LISTED).select('c.declarationId', 'c.claimNumber', 'd.code', 'd.dueOn'),
      messageQuery().orderBy('m.createdAt').limit(LISTED).select('m.id', 'm.declarationId', 'c.claimNumber', 'm.subject', 'm.createdAt'),
      senior ? approvalQuery().orderBy('p.createdAt').limit(LISTED)
        .select('p.id', 'p.declarationId', 'c.claimNumber', 'p.amountCents', 'p.payeeName', 'p.requestedByName', 'p.createdAt') : [],
      notificationQuery().orderBy('n.createdAt', 'desc').limit(LISTED).select('n.id', 'n.kind', 'n.params', 'n.declarationId', 'c.claimNumber', 'n.createdAt'),
      Promise.all([overdueQuery(), todayQuery(), deadlineQuery(), messageQuery(), senior ? approvalQuery() : null, notificationQuery()]
        .map((query) => (query ? countOf(query) : 0))),
    ]);
    const [overdueCount, todayCount, deadlineCount, messageCount, approvalCount, notificationCount] = counts;
    const declarationIds = [...new Set([...overdue, ...dueToday, ...deadlines, ...messages, ...approvals].map((row: any) => row.declarationId).filter(Boolean))];
    await recordRead(knex, req, { subject: { type: 'my_work', id: user.id }, what: 'my_work', declarationIds });
    return {
      counts: {
        overdue: overdueCount, today: todayCount, deadlines: deadlineCount, messages: messageCount, approvals: approvalCount, notifications: notificationCount,
        total: overdueCount + todayCount + deadlineCount + messageCount + approvalCount + notificationCount,
      },
      overdue: overdue.map((row: Record<string, any>) => diaryItemView(row, language, today)),
      today: dueToday.map((row: Record<string, any>) => diaryItemView(row, language, today)),
      deadlines: deadlines.map((row: any) => ({ claimId: row.declarationId, claimNumber: row.claimNumber, code: row.code, dueOn: String(row.dueOn).slice(0, 10) })),
      messages: messages.map((row: any) => ({ id: row.id, claimId: row.declarationId ?? null, claimNumber: row.claimNumber ?? null, subject: row.subject, sentAt: iso(row.createdAt) })),
      approvals: approvals.map((row: any) => ({
        paymentId: row.id, claimId: row.declarationId, claimNumber: row.claimNumber, amountCents: Number(row.amountCents), payeeName: row.payeeName,
        requestedBy: row.requestedByName, requestedAt: iso(row.createdAt),
      })),
      notifications: notifications.map((row: any) => ({
        id: row.id, kind: row.kind, params: row.params ?? {}, claimId: row.declarationId ?? null, claimNumber: row.claimNumber ?? null, createdAt: iso(row.createdAt),
      })),
    };
  });

  return router;
}
