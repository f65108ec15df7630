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
  };
}
