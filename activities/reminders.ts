import type { Knex } from 'knex';

export function reminderActivities(knex: Knex) {
  return {
    /** Tells the author that a draft is waiting; one notification per untouched period, however often it runs. */
    async sendDraftReminder(input: { declarationId: string; userId: string | null; touchedAt: number }): Promise<void> {
      if (!input.userId) return;
      await knex('notifications')
        .insert({
          dedupeKey: `draft-reminder:${input.declarationId}:${input.touchedAt}`,
          userId: input.userId,
          declarationId: input.declarationId,
          kind: 'draft_reminder', // worded where it is read (notification.<kind>), in the reader's language
        })
        .onConflict('dedupeKey').ignore();
    },

    /** The same reminder for a draft change to the group hospitalisation register. */
    async sendChangeDraftReminder(input: { changeId: string; userId: string | null; touchedAt: number }): Promise<void> {
      if (!input.userId) return;
      await knex('notifications')
        .insert({
          dedupeKey: `change-draft-reminder:${input.changeId}:${input.touchedAt}`,
          userId: input.userId,
          kind: 'change_draft_reminder',
        })
        .onConflict('dedupeKey').ignore();
    },
  };
}
