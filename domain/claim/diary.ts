import type { AttachmentKind } from '../attachments';
import type { Actor } from '../declaration';
import type { DeclarationType } from '../declaration-types';
import { addDays, brusselsDate, type IsoDate } from '../rules/calendar';
import type { Phrase } from '../../i18n/phrase';

/**
 * The claim's diary (activities): work planned on a claim, by a handler or by a rule, each with its owner, due
 * day and priority; completed or cancelled with a note. Pure: the claim's process and the API both use it.
 */

export const diaryPriorities = ['low', 'normal', 'high'] as const;
export type DiaryPriority = (typeof diaryPriorities)[number];
export const diaryStatuses = ['open', 'completed', 'cancelled'] as const;
export type DiaryStatus = (typeof diaryStatuses)[number];

/** The rules that plan work by themselves, by name (diary.rule.<name> in the catalogue). */
export const diaryRules = ['workplace_certificate_missing', 'reservation_follow_up', 'payment_returned', 'legal_deadline_soon'] as const;
export type DiaryRule = (typeof diaryRules)[number];

export interface DiaryItem {
  id: string;
  /** A handler's own words, or the rule's phrase (worded where it is read). */
  subject: string | Phrase;
  owner: { id: string; name: string };
  /** The Brussels day it is due. */
  dueOn: IsoDate;
  priority: DiaryPriority;
  status: DiaryStatus;
  createdBy: Actor;
  createdAt: string;
  /** The rule that planned it; null for a handler's own item. */
  rule: DiaryRule | null;
  /** What the rule planned it for (a payment, a decision): a rule plans the same thing once. */
  ruleKey: string | null;
  closing: { by: Actor; at: string; note: string } | null;
  /** When it reached the senior handlers, being overdue too long. */
  escalatedAt: string | null;
}

/** Open items a claim may hold: far above real work, and the claim's state stays small. */
export const MAX_OPEN_DIARY_ITEMS = 100;
/** Closed items the claim's state keeps (the projection keeps them all). */
export const CLOSED_DIARY_ITEMS_KEPT = 20;
export const MAX_DIARY_SUBJECT = 300;
export const MAX_DIARY_NOTE = 2_000;

/** The workplace accident's certificate is due with the declaration, at the latest 8 days after the accident (Arbeidsongevallenwet art. 62). */
export const CERTIFICATE_DUE_DAYS = 8;
/** A reservation's missing items are followed up within 30 days. */
export const RESERVATION_FOLLOW_UP_DAYS = 30;
/** A returned payment is looked into within 2 days: the payee waits for the money. */
export const RETURNED_PAYMENT_DAYS = 2;

/** What a rule plans; the claim's process gives it an id, an owner and the moment. */
export interface PlannedByRule {
  rule: DiaryRule;
  ruleKey: string;
  subject: Phrase;
  dueOn: IsoDate;
  priority: DiaryPriority;
}

/** What the claim knows at opening, for the rules. */
export interface OpeningFacts {
  type: DeclarationType;
  attachmentKinds: AttachmentKind[];
  /** The accident's day, when the declaration names one. */
  eventDate: IsoDate | null;
  claimFiledOn: IsoDate;
}

/** At opening: a workplace accident declared without the medical certificate of first finding. */
export function rulesAtOpening(facts: OpeningFacts): PlannedByRule[] {
  if (facts.type !== 'workplace_accident' || facts.attachmentKinds.includes('medical_certificate_first_finding')) return [];
  return [{
    rule: 'workplace_certificate_missing', ruleKey: 'opening', priority: 'high',
    subject: { key: 'diary.rule.workplace_certificate_missing' },
    dueOn: addDays(facts.eventDate ?? facts.claimFiledOn, CERTIFICATE_DUE_DAYS),
  }];
}

/** A change of the claim as the rules see it: its action and details, and the Brussels day it happened. */
export interface ChangeFacts {
  action: string;
  details: Record<string, unknown>;
  today: IsoDate;
  /** The missing items of the decision, for a reservation. */
  missing: string[];
}

/** On a change: a reservation's missing items to follow up; a returned payment to look into. */
export function rulesOnChange({ action, details, today, missing }: ChangeFacts): PlannedByRule[] {
  if (action === 'decided' && details.decision === 'reserve') {
    return [{
      rule: 'reservation_follow_up', ruleKey: `reservation:${today}`, priority: 'normal',
      subject: { key: 'diary.rule.reservation_follow_up', params: { missing } },
      dueOn: addDays(today, RESERVATION_FOLLOW_UP_DAYS),
    }];
  }
  if (action === 'payment_returned') {
    return [{
      rule: 'payment_returned', ruleKey: `payment:${String(details.paymentId)}`, priority: 'high',
      subject: { key: 'diary.rule.payment_returned', params: { amountCents: Number(details.amountCents ?? 0), reasonCode: details.reasonCode ? String(details.reasonCode) : null } },
      dueOn: addDays(today, RETURNED_PAYMENT_DAYS),
    }];
  }
  return [];
}

/** A legal deadline is on the handler's diary this many days before it passes. */
export const LEGAL_DEADLINE_NOTICE_DAYS = 7;
/** Running legal deadlines the claim keeps (there are four kinds): the state stays small. */
export const MAX_LEGAL_DEADLINES = 10;

/** A legal deadline that runs (told by the claim's deadlines process), and whether the rule looked at it yet. */
export interface LegalDeadline {
  code: string;
  dueOn: IsoDate;
  /** The rule planned its item (or could not: no handler, too many items): it looks once. */
  noticed: boolean;
}

export const legalDeadlineKey = (deadline: Pick<LegalDeadline, 'code' | 'dueOn'>) => `deadline:${deadline.code}:${deadline.dueOn}`;

/** The running deadlines told, bounded, keeping what the rule noticed already of the same deadline. */
export function runningDeadlines(known: LegalDeadline[], running: { code: string; dueOn: IsoDate }[]): LegalDeadline[] {
  return running.slice(0, MAX_LEGAL_DEADLINES).map(({ code, dueOn }) => ({
    code: String(code), dueOn, noticed: known.some((deadline) => legalDeadlineKey(deadline) === legalDeadlineKey({ code, dueOn }) && deadline.noticed),
  }));
}

/** The instant a deadline comes within the notice period: Brussels midnight, 7 days before its day. */
export const legalDeadlineNoticeAt = (deadline: Pick<LegalDeadline, 'dueOn'>) => brusselsDayStart(addDays(deadline.dueOn, -LEGAL_DEADLINE_NOTICE_DAYS));

/** A deadline whose day has ended is missed, not soon: the deadlines process acts on that itself. */
const stillToNotice = (deadline: LegalDeadline, now: number) => !deadline.noticed && now < brusselsDayStart(addDays(deadline.dueOn, 1));

/** The next moment a deadline not yet noticed, its day not yet over, comes within the notice period (epoch ms). */
export function nextLegalDeadlineNotice(deadlines: LegalDeadline[], now: number): number | null {
  const moments = deadlines.filter((deadline) => stillToNotice(deadline, now)).map(legalDeadlineNoticeAt);
  return moments.length ? Math.min(...moments) : null;
}

/** Within 7 days of a legal deadline (Brussels): an item due on the deadline's day, high priority, once per deadline. */
export function rulesOnLegalDeadlines(deadlines: LegalDeadline[], now: number): PlannedByRule[] {
  return deadlines.filter((deadline) => stillToNotice(deadline, now) && legalDeadlineNoticeAt(deadline) <= now).map((deadline) => ({
    rule: 'legal_deadline_soon', ruleKey: legalDeadlineKey(deadline), priority: 'high',
    subject: { key: 'diary.rule.legal_deadline_soon', params: { deadline: deadline.code, dueOn: deadline.dueOn } },
    dueOn: deadline.dueOn,
  }));
}

/** A rule plans the same thing once, and never beyond the open items a claim may hold. */
export function newlyPlanned(items: DiaryItem[], planned: PlannedByRule[]): PlannedByRule[] {
  let open = openItems(items).length;
  return planned.filter((plan) => {
    if (items.some((item) => item.rule === plan.rule && item.ruleKey === plan.ruleKey)) return false;
    if (open >= MAX_OPEN_DIARY_ITEMS) return false;
    open += 1;
    return true;
  });
}

export const openItems = (items: DiaryItem[]) => items.filter((item) => item.status === 'open');

/** Closed items beyond the bound leave the state, oldest first; open ones always stay. */
export function pruneClosed(items: DiaryItem[]): DiaryItem[] {
  const closed = items.filter((item) => item.status !== 'open');
  const dropped = new Set(closed.slice(0, Math.max(0, closed.length - CLOSED_DIARY_ITEMS_KEPT)).map((item) => item.id));
  return items.filter((item) => !dropped.has(item.id));
}

/** The instant a Brussels day begins (epoch ms): midnight in Brussels is 23:00 or 22:00 UTC the day before. */
export function brusselsDayStart(day: IsoDate): number {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const summer = utcMidnight - 2 * 3_600_000;
  return brusselsDate(new Date(summer)) === day ? summer : utcMidnight - 3_600_000;
}

/** An open item not yet escalated reaches the senior handlers this long after its due day ended (epoch ms). */
export function escalationMoment(item: DiaryItem, escalateAfterMs: number): number | null {
  if (item.status !== 'open' || item.escalatedAt) return null;
  return brusselsDayStart(addDays(item.dueOn, 1)) + escalateAfterMs;
}

export function dueForEscalation(items: DiaryItem[], now: number, escalateAfterMs: number): DiaryItem[] {
  return items.filter((item) => {
    const moment = escalationMoment(item, escalateAfterMs);
    return moment !== null && moment <= now;
  });
}

export function nextEscalation(items: DiaryItem[], escalateAfterMs: number): number | null {
  const moments = items.map((item) => escalationMoment(item, escalateAfterMs)).filter((moment): moment is number => moment !== null);
  return moments.length ? Math.min(...moments) : null;
}

/** Which due days a diary list asks for, counted from today (Brussels). */
export const diaryDueFilters = ['overdue', 'today', 'week'] as const;
export type DiaryDueFilter = (typeof diaryDueFilters)[number];

/** The due days of a filter as [from, to] (inclusive, null: open-ended). */
export function dueRange(filter: DiaryDueFilter, today: IsoDate): [IsoDate | null, IsoDate | null] {
  switch (filter) {
    case 'overdue': return [null, addDays(today, -1)];
    case 'today': return [today, today];
    case 'week': return [today, addDays(today, 6)];
  }
}

export const isOverdue = (item: Pick<DiaryItem, 'status' | 'dueOn'>, today: IsoDate) => item.status === 'open' && item.dueOn < today;
