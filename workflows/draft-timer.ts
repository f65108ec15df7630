import { condition } from '@temporalio/workflow';

export interface DraftPeriods {
  reminderAfter: number;
  expiresAfter: number;
}

/**
 * Waits out the period of an untouched draft, counted from its last touch: first the reminder (once per
 * touch, and only when it comes before expiry), then the expiry. Ends early with 'changed' as soon as
 * anything changes, so the caller can count again from the new touch.
 */
export async function untouchedDraftDue(
  periods: DraftPeriods, touchedAt: number, remindedForTouch: number | null, changed: () => boolean, mayRemind = true,
): Promise<'remind' | 'expire' | 'changed'> {
  const remind = mayRemind && remindedForTouch !== touchedAt && periods.reminderAfter < periods.expiresAfter;
  const dueAt = touchedAt + (remind ? periods.reminderAfter : periods.expiresAfter);
  if (await condition(changed, Math.max(1, dueAt - Date.now()))) return 'changed';
  return remind ? 'remind' : 'expire';
}
