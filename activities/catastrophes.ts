import { type Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Knex } from 'knex';
import { catastropheOfDeclaration, concernedDeclarations, eventOf } from '../db/catastrophes';
import type { FastTrackFacts, FastTrackRule } from '../domain/catastrophe';
import { payoutIbanOf } from '../domain/catastrophe';
import type { Actor } from '../domain/declaration';
import { claimWorkflowId, tagCatastropheUpdate } from '../workflows/claim/definitions';
import { required } from './payment-batch';

/** A page of the event's tagging: the claims it told, and where the next page starts (null: done). */
export interface TaggingPage { tagged: number; refused: number; next: string | null }

/** Catastrophe events: the claim at its opening finds its event; the event's process tags the open claims it concerns. */
export function catastropheActivities(knex: Knex, temporal: Client | undefined) {
  return {
    /** The event a claim opening now belongs to, if one concerns it. */
    async catastropheAtOpening({ declarationId }: { declarationId: string }): Promise<{ id: string; name: string } | null> {
      const event = await catastropheOfDeclaration(knex, declarationId);
      return event ? { id: event.id, name: event.name } : null;
    },

    /** What the fast track needs of a claim's declaration and policy (the process adds its own status and money). */
    async fastTrackFactsOf({ declarationId }: { declarationId: string }): Promise<Pick<FastTrackFacts, 'type' | 'kind' | 'estimatedAmountCents' | 'photoCount' | 'iban'> & { payeeName: string }> {
      const row = await knex('declarations as d').leftJoin('policies as p', 'p.id', 'd.policyId').where('d.id', declarationId)
        .first('d.type', 'd.data', 'p.terms', 'p.insuredObject', 'p.policyholderName');
      if (!row) throw ApplicationFailure.nonRetryable(`No declaration ${declarationId}`, 'bad_data');
      const photos = await knex('attachments').where({ declarationId, kind: 'photo' }).count<{ count: string }[]>('id as count');
      const data = row.data ?? {};
      const kind = row.type === 'motor_damage' ? data.event?.kind : row.type === 'fire' ? data.event?.cause : null;
      const estimate = data.damage?.estimatedAmountCents;
      return {
        type: row.type, kind: typeof kind === 'string' ? kind : null, estimatedAmountCents: typeof estimate === 'number' ? estimate : null,
        photoCount: Number(photos[0]?.count ?? 0), iban: payoutIbanOf(data, row.terms, row.insuredObject),
        payeeName: row.policyholderName ?? data.contact?.name ?? '',
      };
    },

    /**
     * Tags one page of the open claims the event concerns: each claim's process is asked, under an update id of the
     * event and the claim, so a retried page tags nothing twice. A claim that refuses (closed meanwhile) is skipped.
     */
    async tagCatastropheClaims({ eventId, after, pageSize, actor, fastTrack }: {
      eventId: string; after: string | null; pageSize: number; actor: Actor; fastTrack: FastTrackRule | null;
    }): Promise<TaggingPage> {
      const client = required(temporal, 'a Temporal client');
      const row = await knex('catastropheEvents').where({ id: eventId }).first();
      if (!row) throw ApplicationFailure.nonRetryable(`No catastrophe event ${eventId}`, 'bad_data');
      const event = eventOf(row);
      const page = await concernedDeclarations(knex, event, 'open_claims', after, pageSize);
      let tagged = 0;
      let refused = 0;
      for (const declarationId of page.ids) {
        try {
          await client.workflow.getHandle(claimWorkflowId(declarationId)).executeUpdate(tagCatastropheUpdate, {
            args: [{ actor, catastrophe: { id: event.id, name: event.name }, fastTrack }], updateId: `catastrophe:${event.id}:${declarationId}`,
          });
          tagged += 1;
        } catch (error) {
          // A claim of the time before (no process yet) or one that refuses (closed meanwhile) stays untagged.
          if (!(error instanceof WorkflowUpdateFailedError || error instanceof WorkflowNotFoundError)) throw error;
          refused += 1;
        }
      }
      return { tagged, refused, next: page.last };
    },
  };
}
