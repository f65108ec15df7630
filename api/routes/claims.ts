import { Request, Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { Declaration } from '../../db/models/declaration';
import { productLineOf } from '../../domain/declaration-types';
import { languages } from '../../i18n/server-labels';
import { requireOrganisation } from '../auth/guards';
import { sendAttachment, sendSummaryPdf } from '../declarations/files';
import { notFound } from '../errors';
import { belgianDate, streamCsv } from '../lists/csv';
import { streamedBatches } from '../lists/query';
import { findCustomerClaim } from '../declarations/find';
import { mayRead, medicalReaderOf, medicalVisibility, requireMedicalAccess } from '../declarations/medical-access';
import { recordRead } from '../audit/reads';
import { customerFollowUp } from '../claims/customer-view';
import { readerLanguage } from '../i18n/reader-language';
import { sealedHistory } from '../declarations/sealed';
import { route } from '../route';
import { claimDetail, claimPage } from '../../contract/claims';
import { chosen, type ClaimRow, eventDayPage, listOrder, listQuery, presented, sortable } from '../claims/customer-list';
import { freeTextWords } from '../../db/declared-words';

const orgParams = z.object({ orgId: z.uuid() });
const claimParams = orgParams.extend({ id: z.uuid() });

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
