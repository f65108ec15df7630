import { Router } from 'express';
import type { Knex } from 'knex';
import { availablePolicyDocuments, renderPolicyDocument } from '../../activities/documents/policy-documents';
import { languages } from '../../i18n/server-labels';
import { brusselsDate } from '../../domain/rules/calendar';
import { notFound } from '../errors';
import { z } from 'zod';
import { Policy } from '../../db/models/policy';
import { describeInsuredObject } from '../../domain/policies';
import { productLines } from '../../domain/product-lines';
import { requireOrganisation } from '../auth/guards';
import { belgianDate, euros, streamCsv } from '../lists/csv';
import { containing, inBatches, pagingFields, searchText, sortField } from '../lists/query';
import { route } from '../route';
import { recordRead } from '../audit/reads';
import { medicalReaderOf, medicalVisibility } from '../declarations/medical-access';
import { policyDocuments, policyPage } from '../../contract/policies';

const orgParams = z.object({ orgId: z.uuid() });

const sortable = {
  policyNumber: 'policyNumber', productLine: 'productLine', status: 'status', policyholderName: 'policyholderName',
  startDate: 'startDate', endDate: 'endDate', annualPremiumCents: 'annualPremiumCents',
};

const listQuery = z.object({
  motor: z.enum(['only', 'exclude']).optional(),
  productLine: z.enum(productLines).optional(),
  status: z.enum(['active', 'suspended', 'cancelled']).optional(),
  policyNumber: searchText(50).optional(),
  sort: sortField(sortable, 'policyNumber:asc'),
  format: z.enum(['json', 'csv']).default('json'),
  ...pagingFields,
});
type ListQuery = z.output<typeof listQuery>;

const policyView = (policy: Policy) => ({
  id: policy.id,
  policyNumber: policy.policyNumber,
  productLine: policy.productLine,
  status: policy.status,
  policyholderName: policy.policyholderName,
  insuredObject: describeInsuredObject(policy.insuredObject),
  startDate: policy.startDate,
  endDate: policy.endDate,
  annualPremiumCents: policy.annualPremiumCents,
  guarantees: policy.guarantees,
});

function selection(organisationId: string, query: ListQuery) {
  return Policy.query().where({ organisationId }).modify((q) => {
    if (query.motor === 'only') q.where({ productLine: 'motor' });
    if (query.motor === 'exclude') q.whereNot({ productLine: 'motor' });
    if (query.productLine) q.where({ productLine: query.productLine });
    if (query.status) q.where({ status: query.status });
    if (query.policyNumber) q.whereILike('policyNumber', containing(query.policyNumber));
  }).orderBy(query.sort.column, query.sort.direction).orderBy('id');
}

const csvColumns = [
  { header: 'Polisnummer / N° de police', value: (p: Policy) => p.policyNumber },
  { header: 'Productlijn / Ligne de produit', value: (p: Policy) => p.productLine },
  { header: 'Status / Statut', value: (p: Policy) => p.status },
  { header: 'Verzekeringnemer / Preneur', value: (p: Policy) => p.policyholderName },
  { header: 'Verzekerd object / Objet assuré', value: (p: Policy) => describeInsuredObject(p.insuredObject) },
  { header: 'Begindatum / Date de début', value: (p: Policy) => belgianDate(p.startDate) },
  { header: 'Einddatum / Date de fin', value: (p: Policy) => belgianDate(p.endDate) },
  { header: 'Jaarpremie EUR / Prime annuelle EUR', value: (p: Policy) => euros(p.annualPremiumCents) },
];

/** My policies: full access to the organisation the customer acts for. */
export function policyRoutes(): Router {
  const router = Router();
  route(router, {
    method: 'get', path: '/api/organisations/:orgId/policies', tag: 'policies', access: 'customers with full access',
    summary: "The organisation's policies: motor only / all but motor, product line, status, policy number; sorted by any column; paged, or the whole selection as CSV (format=csv).",
    params: orgParams, query: listQuery,
    response: policyPage,
  }, [requireOrganisation('full')], async ({ params, query }, req, res) => {
    if (query.format === 'csv') {
      const { format: _format, page: _page, pageSize: _pageSize, sort, ...filters } = query;
      await recordRead(Policy.knex(), req, {
        subject: { type: 'policy_list', id: params.orgId }, organisationId: params.orgId, what: 'policies_csv', details: { filters, sort: `${sort.column} ${sort.direction}` },
      });
      await streamCsv(res, 'policies.csv', csvColumns, inBatches(() => selection(params.orgId, query)));
      return;
    }
    const { results, total } = await selection(params.orgId, query).page(query.page - 1, query.pageSize);
    return { items: results.map(policyView), total, page: query.page, pageSize: query.pageSize };
  });
  return router;
}

const documentParams = orgParams.extend({ policyId: z.uuid() });

/** The policy's documents (polisdocumenten), generated from its data as PDFs. */
export function policyDocumentRoutes(knex: Knex): Router {
  const router = Router();
  const full = [requireOrganisation('full')];
  const findPolicy = async (orgId: string, policyId: string) => {
    const policy = await Policy.query().findOne({ id: policyId, organisationId: orgId });
    if (!policy) throw notFound('policy');
    return policy;
  };

  route(router, {
    method: 'get', path: '/api/organisations/:orgId/policies/:policyId/documents', tag: 'policies', access: 'customers with full access',
    summary: "The policy's documents: conditions, certificates, green card, endorsements, insured risks, claims history; `q` searches their titles.",
    params: documentParams, query: z.object({ q: searchText(100).optional() }),
    response: policyDocuments,
  }, full, async ({ params, query }) => {
    const policy = await findPolicy(params.orgId, params.policyId);
    const needle = query.q?.toLowerCase();
    return availablePolicyDocuments(policy, brusselsDate(new Date()))
      .filter((document) => !needle || Object.values(document.title).some((title) => title.toLowerCase().includes(needle)))
      .map((document) => ({ ...document, url: `/api/organisations/${params.orgId}/policies/${policy.id}/documents/${document.id}` }));
  });

  route(router, {
    method: 'get', path: '/api/organisations/:orgId/policies/:policyId/documents/:documentId', tag: 'policies', access: 'customers with full access',
    summary: 'One policy document as a PDF, in the language asked for (default: the organisation\'s).',
    params: documentParams.extend({ documentId: z.string().max(100).regex(/^[a-z_]+(-\d+)?$/, 'api.field.documentId') }),
    query: z.object({ language: z.enum(languages).optional() }), produces: 'application/pdf',
  }, full, async ({ params, query }, req, res) => {
    const policy = await findPolicy(params.orgId, params.policyId);
    const today = brusselsDate(new Date());
    const document = availablePolicyDocuments(policy, today).find((candidate) => candidate.id === params.documentId);
    if (!document) throw notFound('document');
    const organisation = await knex('organisations').where({ id: params.orgId }).first();
    // The claims-history certificate (schadeverledenattest) goes to the policyholder only: this organisation.
    // A claim's event date is a medical fact for hospitalisation and injuries: only for those who may see it.
    const visible = medicalVisibility(knex, await medicalReaderOf(knex, req));
    const claims = await knex('claims as c').join('declarations as d', 'd.id', 'c.declarationId')
      .where('d.policyId', policy.id).orderBy('c.openedAt')
      .select('c.claimNumber', 'd.type', 'd.status', 'c.openedAt', knex.raw("case when ? then d.data->'event'->>'date' end as event_date", [visible]));
    const pdf = await renderPolicyDocument({
      kind: document.kind, policy, organisation, today,
      claims: claims.map((claim) => ({ ...claim, openedAt: new Date(claim.openedAt).toISOString() })),
      language: query.language ?? organisation.language,
    });
    await recordRead(knex, req, {
      subject: { type: 'policy', id: policy.id }, organisationId: params.orgId, what: 'policy_document', details: { documentId: document.id, language: query.language ?? organisation.language },
    });
    res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${policy.policyNumber}-${document.id}.pdf"`).send(pdf);
  });

  return router;
}
