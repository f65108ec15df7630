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
          kind: 'draft_reminder',
          message: 'Your claim declaration is still a draft. Complete and submit it, or withdraw it, before it expires.',
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
          message: 'Your change to the group hospitalisation register is still a draft. Complete and submit it, or withdraw it, before it expires.',
        })
        .onConflict('dedupeKey').ignore();
    },
  };
}
