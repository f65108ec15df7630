import { z } from 'zod';
import { reason } from '../api/fields';
import { diaryDueFilters, diaryPriorities, diaryRules, diaryStatuses, MAX_DIARY_NOTE, MAX_DIARY_SUBJECT } from '../domain/claim/diary';
import { isoDate } from '../domain/declaration-schemas/building-blocks';
import { safeString } from '../domain/text';
import { actor, cents, day, moment, person } from './common';

// What the handler asks: an item to plan (the owner a handler or senior handler, due today or later).
export const diaryItemOrder = z.strictObject({
  subject: reason(MAX_DIARY_SUBJECT, 'diary.problem.subject'),
  ownerId: z.uuid(),
  dueOn: isoDate,
  priority: z.enum(diaryPriorities).default('normal'),
});
export type DiaryItemOrder = z.input<typeof diaryItemOrder>;

/** Completing says how (optional); cancelling says why (required, checked by the claim's process). */
export const diaryClosingOrder = z.strictObject({ note: safeString(MAX_DIARY_NOTE).trim().default('') });
export type DiaryClosingOrder = z.input<typeof diaryClosingOrder>;

export const diaryListQuery = z.strictObject({
  owner: z.union([z.literal('me'), z.uuid()]).default('me'),
  due: z.enum(diaryDueFilters).optional(),
});

// What the API answers: an item, its subject in the reader's language (a rule's phrase worded), its claim.
export const diaryItem = z.object({
  id: z.string(),
  claimId: z.string(),
  claimNumber: z.string(),
  subject: z.string(),
  rule: z.enum(diaryRules).nullable(),
  owner: person,
  dueOn: day,
  priority: z.enum(diaryPriorities),
  status: z.enum(diaryStatuses),
  overdue: z.boolean(),
  createdBy: actor,
  createdAt: moment,
  closing: z.object({ by: actor, at: moment, note: z.string() }).nullable(),
  escalatedAt: moment.nullable(),
});
export type DiaryItem = z.infer<typeof diaryItem>;
export const diaryItems = z.array(diaryItem);

/** A notification stored for the reader: its kind and parameters, worded on the screen. */
export const workNotification = z.object({
  id: z.string(), kind: z.string(), params: z.record(z.string(), z.unknown()), claimId: z.string().nullable(), claimNumber: z.string().nullable(), createdAt: moment,
});
export const workDeadline = z.object({ claimId: z.string(), claimNumber: z.string(), code: z.string(), dueOn: day });
export const workMessage = z.object({ id: z.string(), claimId: z.string().nullable(), claimNumber: z.string().nullable(), subject: z.string(), sentAt: moment });
export const workApproval = z.object({
  paymentId: z.string(), claimId: z.string(), claimNumber: z.string(), amountCents: cents, payeeName: z.string(), requestedBy: z.string(), requestedAt: moment,
});

/** The handler's own work: overdue and today's items, deadlines within 7 days, unread messages, approvals, notifications. */
export const myWork = z.object({
  counts: z.object({
    overdue: z.number().int(), today: z.number().int(), deadlines: z.number().int(), messages: z.number().int(), approvals: z.number().int(),
    notifications: z.number().int(), total: z.number().int(),
  }),
  overdue: diaryItems,
  today: diaryItems,
  deadlines: z.array(workDeadline),
  messages: z.array(workMessage),
  approvals: z.array(workApproval),
  notifications: z.array(workNotification),
});
export type MyWork = z.infer<typeof myWork>;
