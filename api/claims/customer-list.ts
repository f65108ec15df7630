import type { Knex } from 'knex';
import { z } from 'zod';
import type { Declaration } from '../../db/models/declaration';
import type { FreeTextWords } from '../../db/declared-words';
import { declarationStatuses } from '../../domain/declaration';
import { declarationTypes, productLineOf } from '../../domain/declaration-types';
import { productLines } from '../../domain/product-lines';
import { containing, pagingFields, searchText, sortField } from '../lists/query';

/**
 * A customer's claim list as SQL: what the filters, the free text and the sorts choose among the organisation's
 * claims, at a million claims (issue 13 §2; figures and plans in the README, "Lists at insurer scale").
 */
const isoDay = z.string().max(10).regex(/^\d{4}-\d{2}-\d{2}$/, 'api.field.isoDay');

/** SQL as PostgreSQL knows it (snake_case): the sort goes into orderByRaw, past the name mapping. */
export const sortable = {
  // The event date by its selected (sealed) value: sorting on a hidden date would reveal it.
  submittedAt: 'd.submitted_at', eventDate: 'event_date', claimNumber: 'd.claim_number', status: 'd.status', type: 'd.type', updatedAt: 'd.updated_at',
};
export const listQuery = z.object({
  status: z.enum(declarationStatuses).optional(),
  productLine: z.enum(productLines).optional(),
  type: z.enum(declarationTypes).optional(),
  from: isoDay.optional().describe('Event on or after this day'),
  to: isoDay.optional().describe('Event on or before this day'),
  policyId: z.uuid().optional(),
  claimNumber: searchText(30).optional(),
  q: searchText(100).optional().describe('Free text: part of a claim or policy number, or the beginnings of words declared (descriptions, places, names, plates); every word must match'),
  sort: sortField(sortable, 'submittedAt:desc'),
  format: z.enum(['json', 'csv']).default('json'),
  ...pagingFields,
});
export type ListQuery = z.output<typeof listQuery>;

export interface ClaimRow {
  id: string; type: Declaration['type']; status: string; claimNumber: string | null; policyId: string | null; policyNumber: string | null;
  eventDate: string | null; description: string | null; submittedAt: Date; updatedAt: Date; handler: { name: string } | null;
  medicalVisible: boolean;
}

const eventDay = "d.data->'event'->>'date'";

/**
 * The organisation's claims the filters choose: declarations once submitted, whatever became of them. `visible`
 * says where the reader sees medical details; elsewhere the event and free text neither show nor match nor sort.
 * `words` is the free text as word queries (db/declared-words.ts).
 */
export function chosen(knex: Knex, organisationId: string, query: ListQuery, visible: Knex.Raw, words: FreeTextWords) {
  const filtered = () => knex('declarations as d')
    .where('d.organisationId', organisationId)
    .whereNotNull('d.submittedAt')
    .modify((q) => {
      if (query.status) q.where('d.status', query.status);
      if (query.type) q.where('d.type', query.type);
      if (query.productLine) q.whereIn('d.type', declarationTypes.filter((type) => productLineOf[type] === query.productLine));
      if (query.from) q.whereRaw(`? and ${eventDay} >= ?`, [visible, query.from]);
      if (query.to) q.whereRaw(`? and ${eventDay} <= ?`, [visible, query.to]);
      if (query.policyId) q.where('d.policyId', query.policyId);
      if (query.claimNumber) q.whereILike('d.claimNumber', containing(query.claimNumber));
    });
  if (!query.q) return filtered();
  // The claim and policy numbers match on any part; what was declared (descriptions, places, people, plates) by the
  // beginning of its words. Each alternative is read through its own index (db/migrations/*_list-indexes,
  // *_customer-list-search): as one OR, PostgreSQL re-evaluated the whole condition on every match, rebuilding the
  // declaration's words each time (90 µs a claim).
  const text = containing(query.q);
  const matches = filtered().select('d.id').whereILike('d.claimNumber', text).union([
    filtered().select('d.id').whereRaw('d.policy_id = any(array(select id from policies where policy_number ilike ?))', [text]),
    ...(words.indexed ? [filtered().select('d.id').whereRaw('?', [visible]).whereIn('d.id', declaredWordMatches(knex, organisationId, words))] : []),
  ], true);
  // The matches first, planned on their own, then the list's order over them. Left to itself PostgreSQL read the
  // organisation in the list's order and searched each claim in turn, expecting thousands of matches: with few, that
  // read all its claims (6 s at 100,000 claims). MATERIALIZED keeps the two plans apart.
  return knex('declarations as d').withMaterialized('matches', matches).whereIn('d.id', knex('matches').select('id'));
}

/**
 * The organisation's declarations whose words match: the indexed words through the index, the common ones checked on
 * those matches. coalesce() keeps the planner from reading a common word's posting list from the index.
 */
function declaredWordMatches(knex: Knex, organisationId: string, { indexed, checked }: FreeTextWords) {
  return knex('declarationWords as w').select('w.declarationId').where('w.organisationId', organisationId).whereRaw('w.words @@ ?::tsquery', [indexed])
    .modify((q) => (checked ? q.whereRaw('coalesce(w.words @@ ?::tsquery, false)', [checked]) : q));
}

/** Chosen claims sorted, with what the list shows of each (the policy's number joined only here). */
export function presented(knex: Knex, claims: Knex.QueryBuilder, order: string, visible: Knex.Raw) {
  return claims
    .leftJoin('policies as p', 'p.id', 'd.policyId')
    .orderByRaw(order)
    .select(
      'd.id', 'd.type', 'd.status', 'd.claimNumber', 'd.policyId', 'p.policyNumber', 'd.submittedAt', 'd.updatedAt', 'd.handler',
      knex.raw(`case when ? then ${eventDay} end as event_date`, [visible]),
      knex.raw("case when ? then d.data->'event'->>'description' end as description", [visible]),
      knex.raw('? as medical_visible', [visible]),
    ) as unknown as Knex.QueryBuilder<any, ClaimRow[]>;
}

export const listOrder = (sort: ListQuery['sort']) => `${sort.column} ${sort.direction} nulls last, d.id`;

/**
 * A page of the claims by event day. Where the reader may not see the day (sealed medical details) or none was
 * declared, the claim comes last, by id, as `nulls last` puts it. Read in two parts, so the first follows the index
 * of the organisation's event days (db/migrations/20261204010000_customer-list-filters.ts) instead of sorting all the
 * organisation's claims for every page: the claims whose day shows, in its order, then the others.
 */
export async function eventDayPage(knex: Knex, organisationId: string, query: ListQuery, visible: Knex.Raw, words: FreeTextWords): Promise<ClaimRow[]> {
  const shown = knex.raw(`coalesce(? and ${eventDay} is not null, false)`, [visible]);
  const part = (dayShown: boolean) => chosen(knex, organisationId, query, visible, words).where(dayShown ? shown : knex.raw('not ?', [shown]));
  const offset = (query.page - 1) * query.pageSize;
  // The plain direction, as the index reads it (this part has no nulls to place).
  const first = await presented(knex, part(true), `${eventDay} ${query.sort.direction}, d.id`, visible).offset(offset).limit(query.pageSize);
  if (first.length === query.pageSize) return first;
  const shownTotal = first.length > 0 || offset === 0 ? offset + first.length
    : Number((await part(true).count({ count: '*' }) as unknown as { count: string }[])[0].count);
  const rest = await presented(knex, part(false), 'd.id', visible).offset(Math.max(0, offset - shownTotal)).limit(query.pageSize - first.length);
  return [...first, ...rest];
}
