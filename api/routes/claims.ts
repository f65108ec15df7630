import { Request, Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { Declaration } from '../../db/models/declaration';
import { declarationStatuses } from '../../domain/declaration';
import { declarationTypes, productLineOf } from '../../domain/declaration-types';
import { languages } from '../../i18n/server-labels';
import { productLines } from '../../domain/product-lines';
import { requireOrganisation } from '../auth/guards';
import { sendAttachment, sendSummaryPdf } from '../declarations/files';
import { notFound } from '../errors';
import { belgianDate, streamCsv } from '../lists/csv';
import { pagingFields, searchText, sortField, streamedBatches } from '../lists/query';
import { findCustomerClaim } from '../declarations/find';
import { mayRead, medicalReaderOf, medicalVisibility, requireMedicalAccess } from '../declarations/medical-access';
import { recordRead } from '../audit/reads';
import { customerFollowUp } from '../claims/customer-view';
import { readerLanguage } from '../i18n/reader-language';
import { sealedHistory } from '../declarations/sealed';
import { route } from '../route';
import { declaredWords, wordPrefixQuery } from '../../db/declared-words';
import { claimDetail, claimPage } from '../../contract/claims';

const orgParams = z.object({ orgId: z.uuid() });
const claimParams = orgParams.extend({ id: z.uuid() });
const isoDay = z.string().max(10).regex(/^\d{4}-\d{2}-\d{2}$/, 'api.field.isoDay');

/** SQL as PostgreSQL knows it (snake_case): the sort goes into orderByRaw, past the name mapping. */
const sortable = {
  // The event date by its selected (sealed) value: sorting on a hidden date would reveal it.
  submittedAt: 'd.submitted_at', eventDate: 'event_date', claimNumber: 'd.claim_number', status: 'd.status', type: 'd.type', updatedAt: 'd.updated_at',
};
const listQuery = z.object({
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
type ListQuery = z.output<typeof listQuery>;

interface ClaimRow {
  id: string; type: Declaration['type']; status: string; claimNumber: string | null; policyId: string | null; policyNumber: string | null;
  eventDate: string | null; description: string | null; submittedAt: Date; updatedAt: Date; handler: { name: string } | null;
  medicalVisible: boolean;
}

const like = (text: string) => `%${text.replace(/[%_\\]/g, '\\$&')}%`;
const eventDay = "d.data->'event'->>'date'";

/** The free text as a query for the words declared (db/declared-words.ts): empty when it holds no word. */
async function freeTextWords(knex: Knex, text: string | undefined): Promise<string> {
  if (!text) return '';
  const [{ query }] = (await knex.raw(wordPrefixQuery, [text])).rows as { query: string }[];
  return query;
}

/**
 * The organisation's claims the filters choose: declarations once submitted, whatever became of them. `visible`
 * says where the reader sees medical details; elsewhere the event and free text neither show nor match nor sort.
 * `words` is the free text as a word query (freeTextWords).
 */
function chosen(knex: Knex, organisationId: string, query: ListQuery, visible: Knex.Raw, words: string) {
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
      if (query.claimNumber) q.whereILike('d.claimNumber', like(query.claimNumber));
    });
  if (!query.q) return filtered();
  // The claim and policy numbers match on any part; what was declared (descriptions, places, people, plates) by the
  // beginning of its words. Each alternative is read through its own index (db/migrations/*_list-indexes,
  // *_customer-list-search): as one OR, PostgreSQL re-evaluated the whole condition on every match, rebuilding the
  // declaration's words each time (90 µs a claim).
  const text = like(query.q);
  const matches = filtered().select('d.id').whereILike('d.claimNumber', text).union([
    filtered().select('d.id').whereRaw('d.policy_id = any(array(select id from policies where policy_number ilike ?))', [text]),
    ...(words ? [filtered().select('d.id').whereRaw(`? and ${declaredWords('d.data')} @@ ?::tsquery`, [visible, words])] : []),
  ], true);
  // The matches first, planned on their own, then the list's order over them. Left to itself PostgreSQL read the
  // organisation in the list's order and searched each claim in turn, expecting thousands of matches: with few, that
  // read all its claims (6 s at 100,000 claims). MATERIALIZED keeps the two plans apart.
  return knex('declarations as d').withMaterialized('matches', matches).whereIn('d.id', knex('matches').select('id'));
}

/** Chosen claims sorted, with what the list shows of each (the policy's number joined only here). */
function presented(knex: Knex, claims: Knex.QueryBuilder, order: string, visible: Knex.Raw) {
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

const listOrder = (sort: ListQuery['sort']) => `${sort.column} ${sort.direction} nulls last, d.id`;

/**
 * A page of the claims by event day. Where the reader may not see the day (sealed medical details) or none was
 * declared, the claim comes last, by id, as `nulls last` puts it. Read in two parts, so the first follows the index
 * of the organisation's event days (db/migrations/20261204010000_customer-list-filters.ts) instead of sorting all the
 * organisation's claims for every page: the claims whose day shows, in its order, then the others.
 */
async function eventDayPage(knex: Knex, organisationId: string, query: ListQuery, visible: Knex.Raw, words: string): Promise<ClaimRow[]> {
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

const claimView = (row: ClaimRow) => ({
  id: row.id, claimNumber: row.claimNumber, type: row.type, productLine: productLineOf[row.type], status: row.status,
  policyId: row.policyId, policyNumber: row.policyNumber, eventDate: row.eventDate, description: row.description,
  submittedAt: new Date(row.submittedAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString(), handlerName: row.handler?.name ?? null,
  ...(row.medicalVisible ? {} : { sealed: true as const }),
});

const csvColumns = [
  { header: 'Schadenummer / N° de sinistre', value: (r: ClaimRow) => r.claimNumber },
  { header: 'Soort / Type', value: (r: ClaimRow) => r.type },
  { header: 'Status / Statut', value: (r: ClaimRow) => r.status },
  { header: 'Polisnummer / N° de police', value: (r: ClaimRow) => r.policyNumber },
  { header: 'Datum voorval / Date du sinistre', value: (r: ClaimRow) => belgianDate(r.eventDate) },
  { header: 'Omschrijving / Description', value: (r: ClaimRow) => r.description },
  { header: 'Aangegeven op / Déclaré le', value: (r: ClaimRow) => belgianDate(r.submittedAt) },
  { header: 'Dossierbeheerder / Gestionnaire', value: (r: ClaimRow) => r.handler?.name },
];

/** My claims: every customer of the organisation, full or limited access. */
export function claimRoutes(knex: Knex): Router {
  const router = Router();
  const anyAccess = [requireOrganisation('limited')];
  const base = '/api/organisations/:orgId/claims';

  const findClaim = findCustomerClaim;
  /** Documents show the declared facts: only for readers who see the claim's medical details. */
  const readableClaim = async (req: Request, orgId: string, id: string) => {
    const claim = await findClaim(orgId, id);
    requireMedicalAccess(await medicalReaderOf(knex, req), claim);
    return claim;
  };
  const documentRead = (req: Request, claim: Declaration, what: string) => (details: Record<string, unknown>) =>
    recordRead(knex, req, { subject: { type: 'declaration', id: claim.id }, organisationId: claim.organisationId, what, details });

  route(router, {
    method: 'get', path: base, tag: 'claims', access: 'customers of the organisation (full or limited)',
    summary: "The organisation's claims, refined by status, product line, type, event period, policy, claim number or free text; sorted; paged, or the whole selection as CSV.",
    params: orgParams, query: listQuery,
    response: claimPage,
  }, anyAccess, async ({ params, query }, req, res) => {
    const visible = medicalVisibility(knex, await medicalReaderOf(knex, req));
    const words = await freeTextWords(knex, query.q);
    const claims = () => chosen(knex, params.orgId, query, visible, words);
    const { format, page, pageSize, sort, ...filters } = query;
    const read = { subject: { type: 'claim_list', id: params.orgId }, organisationId: params.orgId, details: { filters, sort: `${sort.column} ${sort.direction}` } };
    if (format === 'csv') {
      // The export's claims are recorded before it streams: once streaming, a failed record could no longer stop it.
      const ids = (await claims().select('d.id')).map((row: { id: string }) => row.id);
      await recordRead(knex, req, { ...read, what: 'claims_csv', declarationIds: ids });
      await streamCsv(res, 'claims.csv', csvColumns, streamedBatches<ClaimRow>(presented(knex, claims(), listOrder(sort), visible)));
      return;
    }
    // Counted without the policies join: on the declarations alone an index-only scan counts them.
    const [{ count }] = await claims().count({ count: '*' }) as unknown as { count: string }[];
    const rows = sort.column === sortable.eventDate ? await eventDayPage(knex, params.orgId, query, visible, words)
      : await presented(knex, claims(), listOrder(sort), visible).offset((page - 1) * pageSize).limit(pageSize);
    await recordRead(knex, req, { ...read, what: 'claim_list', declarationIds: rows.map((row) => row.id), details: { ...read.details, page } });
    return { items: rows.map(claimView), total: Number(count), page, pageSize };
  });

  route(router, {
    method: 'get', path: `${base}/:id`, tag: 'claims', access: 'customers of the organisation (full or limited)',
    summary: 'A claim: status and its history, the handler, the decisions, the documents in the file and the declared information; its progress, what the insurer waits for from the customer, and the payments made on it (never the reserves).',
    params: claimParams,
    response: claimDetail,
  }, anyAccess, async ({ params }, req) => {
    const claim = await findClaim(params.orgId, params.id);
    const sealed = !mayRead(await medicalReaderOf(knex, req), claim);
    const policy = claim.policyId ? await knex('policies').where({ id: claim.policyId }).first('policyNumber') : null;
    const letters = await knex('claimDocuments').where({ declarationId: claim.id }).orderBy('createdAt').select('id', 'kind', 'recipient', 'fileName');
    const url = `/api/organisations/${params.orgId}/claims/${claim.id}`;
    await recordRead(knex, req, { subject: { type: 'declaration', id: claim.id }, organisationId: params.orgId, what: 'claim_detail', details: { sealed } });
    const basics = {
      id: claim.id, claimNumber: claim.claimNumber, type: claim.type, productLine: productLineOf[claim.type], status: claim.status,
      policyId: claim.policyId, policyNumber: policy?.policyNumber ?? null, submittedAt: claim.submittedAt, handler: claim.handler,
    };
    const followUp = await customerFollowUp(knex, claim, sealed, readerLanguage(req));
    // Sealed: that it exists and how it stands; no declared facts, documents or reasons.
    if (sealed) return { ...basics, ...followUp, decision: null, history: sealedHistory(claim.actions), documents: [], information: null, sealed };
    return {
      ...basics, ...followUp, decision: claim.decision,
      history: claim.actions,
      documents: [
        { kind: 'declaration_summary', fileName: `declaration-${claim.id.slice(0, 8)}.pdf`, url: `${url}/summary.pdf` },
        ...claim.attachments.map((file) => ({ kind: file.kind, fileName: file.fileName, sizeBytes: file.sizeBytes, url: `${url}/attachments/${file.id}` })),
        ...letters.map((letter) => ({ kind: letter.kind, recipient: letter.recipient, fileName: letter.fileName, url: `${url}/letters/${letter.id}` })),
      ],
      information: claim.data,
    };
  });

  route(router, {
    method: 'get', path: `${base}/:id/summary.pdf`, tag: 'claims', access: 'customers of the organisation (full or limited)',
    summary: "The claim's declaration as a PDF summary.", params: claimParams, query: z.object({ language: z.enum(languages).optional() }), produces: 'application/pdf',
  }, anyAccess, async ({ params, query }, req, res) => {
    const claim = await readableClaim(req, params.orgId, params.id);
    await sendSummaryPdf(knex, claim, query.language, res, documentRead(req, claim, 'summary_pdf'));
  });

  route(router, {
    method: 'get', path: `${base}/:id/attachments/:attachmentId`, tag: 'claims', access: 'customers of the organisation (full or limited)',
    summary: 'Download a document of the claim file.', params: claimParams.extend({ attachmentId: z.uuid() }), produces: 'application/octet-stream',
  }, anyAccess, async ({ params }, req, res) => {
    const claim = await readableClaim(req, params.orgId, params.id);
    await sendAttachment(knex, claim, params.attachmentId, res, documentRead(req, claim, 'attachment'));
  });

  route(router, {
    method: 'get', path: `${base}/:id/letters/:letterId`, tag: 'claims', access: 'customers of the organisation (full or limited)',
    summary: "A letter of the insurer in the claim file (e.g. a decision), as a PDF.", params: claimParams.extend({ letterId: z.uuid() }), produces: 'application/pdf',
  }, anyAccess, async ({ params }, req, res) => {
    const claim = await readableClaim(req, params.orgId, params.id);
    const letter = await knex('claimDocuments').where({ id: params.letterId, declarationId: claim.id }).first();
    if (!letter) throw notFound('letter');
    await documentRead(req, claim, 'letter')({ letterId: letter.id, kind: letter.kind, fileName: letter.fileName });
    res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${letter.fileName}"`).send(letter.content);
  });

  return router;
}
