import type { Knex } from 'knex';
import { catastropheConcerns, catastropheFactsOf, type CatastropheEvent } from '../domain/catastrophe';

/**
 * Reading catastrophe events and the declarations they concern, for the event's process (tagging), the claim's
 * opening and the event's view. The date and type narrow in SQL; the postcodes and the kind are the domain's rule.
 */

export const eventOf = (row: Record<string, any>): CatastropheEvent => ({
  id: row.id, name: row.name, peril: row.peril, startsOn: row.startsOn, endsOn: row.endsOn, postcodes: row.postcodes,
});

/** The declaration types any peril may concern (the domain's table decides the rest). */
const concernedTypes = ['motor_damage', 'fire'];

export type Stage = 'open_claims' | 'not_yet_claims';

/**
 * A page of the declarations an event concerns, by declaration id after `after`: open claims not tagged yet, or
 * declarations submitted but not yet opened as claims (the event's view shows those as matching).
 */
export async function concernedDeclarations(knex: Knex, event: CatastropheEvent, stage: Stage, after: string | null, limit: number): Promise<{ ids: string[]; last: string | null }> {
  const rows = await knex('declarations as d')
    .leftJoin('claims as c', 'c.declarationId', 'd.id')
    .leftJoin('policies as p', 'p.id', 'd.policyId')
    .whereIn('d.type', concernedTypes)
    .whereRaw("(d.data->'event'->>'date') between ? and ?", [event.startsOn, event.endsOn])
    .modify((query) => {
      if (stage === 'open_claims') query.whereNotNull('c.id').whereNull('c.closedAt').whereNull('c.catastropheId');
      else query.whereNull('c.id').where('d.status', 'submitted');
      if (after) query.where('d.id', '>', after);
    })
    .orderBy('d.id').limit(limit)
    .select('d.id', 'd.type', 'd.data', 'p.insuredObject');
  const ids = rows.filter((row: Record<string, any>) => catastropheConcerns(event, catastropheFactsOf(row.type, row.data, row.insuredObject)))
    .map((row: Record<string, any>) => row.id as string);
  return { ids, last: rows.length === limit ? rows.at(-1)!.id : null };
}

/** The event a declaration belongs to when its claim opens: the first declared of those that concern it. */
export async function catastropheOfDeclaration(knex: Knex, declarationId: string): Promise<CatastropheEvent | null> {
  const declaration = await knex('declarations as d').leftJoin('policies as p', 'p.id', 'd.policyId').where('d.id', declarationId)
    .first('d.type', 'd.data', 'p.insuredObject');
  if (!declaration) return null;
  const facts = catastropheFactsOf(declaration.type, declaration.data, declaration.insuredObject);
  if (!facts.eventDate) return null;
  const candidates = await knex('catastropheEvents').where('startsOn', '<=', facts.eventDate).where('endsOn', '>=', facts.eventDate)
    .orderBy('declaredAt').orderBy('id').select('*');
  return candidates.map(eventOf).find((event) => catastropheConcerns(event, facts)) ?? null;
}
