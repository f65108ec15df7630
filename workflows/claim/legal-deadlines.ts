import { setHandler } from '@temporalio/workflow';
import { legalDeadlineNoticeAt, nextLegalDeadlineNotice, rulesOnLegalDeadlines, runningDeadlines, type LegalDeadline } from '../../domain/claim/diary';
import { systemActor } from '../../domain/declaration';
import { plan } from './diary';
import { legalDeadlinesChangedSignal } from './legal-deadlines-signal';
import type { ClaimProcess } from './process';

/**
 * The legal deadlines run in the claim's deadlines process; it tells the claim which run after each change, so the
 * diary's rule "a legal deadline within 7 days" plans the handler's item by the claim's own timer. The timer and the
 * commit are new commands on the loop older histories take: behind this patch.
 */
export const DIARY_DEADLINES_PATCH = 'claim-diary-deadlines';

/** What the deadlines process told, checked: a code and a day each (bounded where the state keeps them). */
const validRunning = (told: unknown): { code: string; dueOn: string }[] =>
  (Array.isArray(told) ? told : []).filter((deadline) =>
    typeof deadline?.code === 'string' && typeof deadline?.dueOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(deadline.dueOn));

export function registerLegalDeadlines(p: ClaimProcess) {
  let heard = 0;
  // The last list told in this run: a refused commit puts the state back as last stored, the told list stays.
  let told: { code: string; dueOn: string }[] | null = null;
  const deadlines = (): LegalDeadline[] => {
    if (!p.state) return [];
    if (told) p.state.legalDeadlines = runningDeadlines(p.state.legalDeadlines ?? [], told);
    return p.state.legalDeadlines ?? [];
  };

  setHandler(legalDeadlinesChangedSignal, ({ running }) => {
    told = validRunning(running);
    deadlines();
    heard += 1; // no commit: the loop waits on this too
  });

  return {
    /** How many times the deadlines process told the claim (the loop wakes on it). */
    heard: () => heard,
    /** The moment a running deadline comes within 7 days without its diary item yet (epoch ms). */
    wakeAt(): number | null {
      if (!p.state || p.state.closed || !p.state.handler) return null;
      const moment = nextLegalDeadlineNotice(deadlines(), Date.now());
      return moment !== null && p.patched(DIARY_DEADLINES_PATCH) ? moment : null;
    },
    /** The timed step: the rule's items, once per deadline, written with who (the system) and when. */
    async planDue() {
      if (!p.state || p.state.closed || !p.state.handler || nextLegalDeadlineNotice(deadlines(), Date.now()) === null || !p.patched(DIARY_DEADLINES_PATCH)) return;
      const current = deadlines();
      const now = Date.now();
      const planned = rulesOnLegalDeadlines(current, now);
      for (const deadline of current) if (legalDeadlineNoticeAt(deadline) <= now) deadline.noticed = true; // looked at once, planned or not
      // Ids of the revision this commit makes, past the indexes the change's own rules use.
      const diaryItemIds = plan(p, planned, { revision: p.state.revision + 1, firstIndex: 0x80 });
      if (!diaryItemIds.length) return;
      await p.commit({
        action: 'diary_item_planned', by: systemActor, diaryItemIds,
        details: { rule: 'legal_deadline_soon', deadlines: planned.map((rule) => rule.ruleKey), itemIds: diaryItemIds },
      });
    },
  };
}
