import {
  type DiaryItem, type OpeningFacts, dueForEscalation, MAX_DIARY_NOTE, MAX_DIARY_SUBJECT, MAX_OPEN_DIARY_ITEMS, newlyPlanned, nextEscalation, openItems, type PlannedByRule,
  pruneClosed, rulesAtOpening, rulesOnChange,
} from '../../domain/claim/diary';
import type { ClaimState } from '../../domain/claim/state';
import { systemActor } from '../../domain/declaration';
import { durationMs } from '../../domain/duration';
import { assertIsoDate, brusselsDate } from '../../domain/rules/calendar';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { invalidFields, notAllowed } from '../refusals';
import * as checks from './checks';
import * as claim from './definitions';
import type { ClaimProcess } from './process';

/**
 * The claim's diary: items handlers plan, items rules plan when the claim opens or changes, and the escalation of
 * an item left open too long past its due day (a durable timer of the claim's own loop, not a cron job).
 * Rule-made items and escalations are new commands on paths older histories take: behind this patch.
 */
export const DIARY_PATCH = 'claim-diary';

const diaryOf = (state: ClaimState) => state.diary ?? [];
const escalateAfterMs = (p: ClaimProcess) => durationMs(p.input.timing.diaryEscalateAfter ?? '2 days');

export function registerDiary(p: ClaimProcess) {
  p.register(claim.addDiaryItemUpdate, p.keyed(checkAddItem, async ({ actor, itemId, subject, owner, dueOn, priority }) => {
    const item: DiaryItem = {
      id: itemId, subject: subject.trim(), owner, dueOn, priority, status: 'open', createdBy: actor, createdAt: p.now(),
      rule: null, ruleKey: null, closing: null, escalatedAt: null,
    };
    p.state.diary = [...diaryOf(p.state), item];
    return p.commit({ action: 'diary_item_added', by: actor, details: { itemId, owner: owner.name, dueOn, priority }, diaryItemIds: [itemId] });
  }));

  for (const [update, status] of [[claim.completeDiaryItemUpdate, 'completed'], [claim.cancelDiaryItemUpdate, 'cancelled']] as const) {
    p.register(update, p.keyed((state, order: claim.CloseDiaryItem) => checkCloseItem(state, order, status), async ({ actor, itemId, note }) => {
      const item = itemOf(p.state, itemId);
      item.status = status;
      item.closing = { by: actor, at: p.now(), note: note.trim() };
      const change = await p.commit({ action: `diary_item_${status}`, by: actor, details: { itemId, note: note.trim() || null }, diaryItemIds: [itemId] });
      p.state.diary = pruneClosed(diaryOf(p.state)); // written already: the projection keeps every item
      return change;
    }));
  }

  // Rules that plan work when the claim changes: their items travel with the change that called for them.
  p.amendments.push((change) => {
    if (!p.state.handler || !p.patched(DIARY_PATCH)) return change;
    const planned = rulesOnChange({
      action: change.action, details: change.details ?? {}, today: brusselsDate(p.now()), missing: p.state.decision?.missing ?? [],
    });
    const ids = plan(p, planned);
    return ids.length ? { ...change, diaryItemIds: [...(change.diaryItemIds ?? []), ...ids] } : change;
  });
}

/** Rule-made items into the state (once each, within the bound); their ids, for the change that writes them. */
export function plan(p: ClaimProcess, planned: PlannedByRule[], ids = { revision: p.state.revision, firstIndex: 0 }): string[] {
  const { state } = p;
  if (!state.handler) return [];
  const fresh = newlyPlanned(diaryOf(state), planned);
  const items = fresh.map((rule, index): DiaryItem => ({
    id: ruleItemId(state, ids.revision, ids.firstIndex + index), subject: rule.subject, owner: { id: state.handler!.id, name: state.handler!.name }, dueOn: rule.dueOn,
    priority: rule.priority, status: 'open', createdBy: systemActor, createdAt: p.now(), rule: rule.rule, ruleKey: rule.ruleKey, closing: null, escalatedAt: null,
  }));
  state.diary = [...diaryOf(state), ...items];
  return items.map((item) => item.id);
}

/**
 * A rule-made item's id follows from the claim and the revision that planned it (a UUID the database takes): the
 * same change always plans the same ids, so a retried projection writes them once.
 */
function ruleItemId(state: ClaimState, revision: number, index: number): string {
  const hex = (state.declarationId.replace(/-/g, '').slice(0, 12) + revision.toString(16).padStart(16, '0') + index.toString(16).padStart(4, '0')).slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** At opening, before the opening is written: what the declaration lacks plans its follow-up. */
export async function planDiaryAtOpening(p: ClaimProcess): Promise<string[]> {
  const { opening } = p.input;
  if (!opening || !p.patched(DIARY_PATCH)) return [];
  return planDiaryFrom(p, await p.quickWork.diaryFactsAtOpening({ declarationId: p.state.declarationId }));
}

/** The opening's diary from the declaration's facts (read with the cover, which gives the event's date if they lack it). */
export function planDiaryFrom(p: ClaimProcess, facts: Omit<OpeningFacts, 'claimFiledOn'>): string[] {
  return plan(p, rulesAtOpening({ ...facts, eventDate: facts.eventDate ?? p.state.coverage.eventDate, claimFiledOn: p.input.opening!.claimFiledOn }));
}

/** The moment the next open item is overdue long enough to escalate (epoch ms). */
export function diaryWakeAt(p: ClaimProcess): number | null {
  const items = diaryOf(p.state);
  if (p.state.closed || !openItems(items).length || !p.patched(DIARY_PATCH)) return null;
  return nextEscalation(items, escalateAfterMs(p));
}

/** Items overdue too long reach every senior handler, once each. */
export async function escalateOverdueDiary(p: ClaimProcess) {
  if (p.state.closed || !openItems(diaryOf(p.state)).length) return; // a closed file's items wait for its reopening
  for (const item of dueForEscalation(diaryOf(p.state), Date.now(), escalateAfterMs(p))) {
    item.escalatedAt = p.now();
    await p.commit({
      action: 'diary_item_escalated', by: systemActor, diaryItemIds: [item.id],
      details: { itemId: item.id, owner: item.owner.name, dueOn: item.dueOn },
      notifications: [{
        to: { role: 'senior_handler' }, kind: 'diary_overdue', dedupeKey: `diary-overdue:${item.id}`,
        params: { claimNumber: p.state.claimNumber, subject: item.subject, owner: item.owner.name, dueOn: item.dueOn, itemId: item.id },
      }],
    });
  }
}

const itemOf = (state: ClaimState, itemId: string) => {
  const item = diaryOf(state).find((candidate) => candidate.id === itemId);
  if (!item) throw notAllowed(phrase('diary.refusal.unknownItem'));
  return item;
};

function checkAddItem(state: ClaimState, { actor, subject, dueOn, owner }: claim.AddDiaryItem) {
  checks.requireStaff(actor);
  checks.requireOpen(state);
  const problems = [];
  if (!subject?.trim()) problems.push(fieldProblem('subject', 'diary.problem.subject'));
  else if (subject.length > MAX_DIARY_SUBJECT) problems.push(fieldProblem('subject', 'field.limit.tooLong', { maximum: MAX_DIARY_SUBJECT }));
  if (!validDay(dueOn)) problems.push(fieldProblem('dueOn', 'diary.problem.dueOn'));
  if (!owner?.id || !owner.name) problems.push(fieldProblem('owner', 'diary.problem.owner'));
  if (problems.length) throw invalidFields(phrase('diary.refusal.incomplete'), problems);
  if (openItems(diaryOf(state)).length >= MAX_OPEN_DIARY_ITEMS) throw notAllowed(phrase('diary.refusal.tooMany', { maximum: MAX_OPEN_DIARY_ITEMS }));
}

const validDay = (day: string) => {
  try {
    assertIsoDate(day);
    return true;
  } catch {
    return false;
  }
};

function checkCloseItem(state: ClaimState, { actor, itemId, note }: claim.CloseDiaryItem, to: 'completed' | 'cancelled') {
  checks.requireStaff(actor);
  const item = itemOf(state, itemId);
  if (item.status !== 'open') throw notAllowed(phrase('diary.refusal.notOpen', { status: item.status }));
  if (to === 'cancelled' && !note?.trim()) throw invalidFields(phrase('diary.refusal.noteMissing'), [fieldProblem('note', 'diary.problem.note')]);
  if ((note ?? '').length > MAX_DIARY_NOTE) throw invalidFields(phrase('diary.refusal.noteMissing'), [fieldProblem('note', 'field.limit.tooLong', { maximum: MAX_DIARY_NOTE })]);
}
