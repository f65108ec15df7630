import type { Knex } from 'knex';
import type { AttachmentKind, AttachmentRef } from '../domain/attachments';
import type { ClaimChange } from '../domain/claim/change';
import type { OpeningFacts } from '../domain/claim/diary';

/** What the diary's rules read of a claim's declaration at opening: its type, the kinds of its attachments, the event's day. */
export function claimDiaryActivities(knex: Knex) {
  return {
    async diaryFactsAtOpening({ declarationId }: { declarationId: string }): Promise<Omit<OpeningFacts, 'claimFiledOn'>> {
      const declaration = await knex('declarations').where({ id: declarationId }).first('type', 'data', 'attachments');
      if (!declaration) throw new Error(`No declaration ${declarationId}`);
      const eventDate = declaration.data?.event?.date;
      return {
        type: declaration.type,
        attachmentKinds: [...new Set((declaration.attachments as AttachmentRef[] ?? []).map((file) => file.kind as AttachmentKind))],
        eventDate: typeof eventDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(eventDate) ? eventDate : null,
      };
    },
  };
}

/** The diary items a claim change names, written with it (insert, or the later status, closing and escalation). */
export async function writeDiaryChange(trx: Knex.Transaction, change: ClaimChange): Promise<void> {
  const { state } = change;
  for (const id of change.diaryItemIds ?? []) {
    const item = (state.diary ?? []).find((candidate) => candidate.id === id);
    if (!item) throw new Error(`The claim change names diary item ${id}, which its state does not hold`);
    await trx('claimDiaryItems').insert({
      id: item.id, declarationId: state.declarationId,
      subject: typeof item.subject === 'string' ? item.subject : null, subjectPhrase: typeof item.subject === 'string' ? null : JSON.stringify(item.subject),
      ownerId: item.owner.id, ownerName: item.owner.name, dueOn: item.dueOn, priority: item.priority, status: item.status,
      createdBy: JSON.stringify(item.createdBy), createdAt: item.createdAt, rule: item.rule,
      closing: item.closing ? JSON.stringify(item.closing) : null, closedAt: item.closing?.at ?? null, escalatedAt: item.escalatedAt,
    }).onConflict('id').merge(['status', 'closing', 'closedAt', 'escalatedAt']).where('claim_diary_items.declaration_id', state.declarationId);
  }
}
