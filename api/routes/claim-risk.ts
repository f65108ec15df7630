import type { Client } from '@temporalio/client';
import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { claimRisk, investigationClosing, litigationOrder, referralOrder, referralStates, referredClaimPage, type LinkedClaim } from '../../contract/risk';
import type { ClaimRisk as StoredRisk } from '../../domain/claim/risk';
import { productLineOf, type DeclarationType } from '../../domain/declaration-types';
import { catalogue } from '../../i18n/catalogue';
import type { Config } from '../../runtime/config';
import { updateClaim } from '../../workflows/claim/client';
import { closeInvestigationUpdate, referToInvestigationUpdate, setLitigationUpdate } from '../../workflows/claim/definitions';
import { actorOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { recordRead } from '../audit/reads';
import { claimContextOf } from '../claims/context';
import { hideReferredFrom } from '../claims/investigation-seclusion';
import { referredReaders, riskReaders, siuOnly } from '../claims/risk-access';
import { claimTargetOf } from '../claims/target';
import { notFound } from '../errors';
import { readerLanguage } from '../i18n/reader-language';
import { idempotencyKeyOf } from '../idempotency';
import { pagingFields } from '../lists/query';
import { route } from '../route';

const claimParams = z.object({ id: z.uuid() });
const tag = 'back office';

type Row = Record<string, any>;
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/** Other claims as a file links them: number, type, event, status, and how they closed (one referred to the SIU: not for a handler). */
async function linkedClaims(knex: Knex, ids: string[], role: string): Promise<LinkedClaim[]> {
  if (!ids.length) return [];
  const rows: Row[] = await knex('declarations as d').leftJoin('claims as c', 'c.declarationId', 'd.id').whereIn('d.id', ids)
    .modify(hideReferredFrom(knex, role, 'd.id'))
    .orderByRaw("d.data #>> '{event,date}' nulls last").orderBy('d.id')
    .select('d.id', 'd.type', 'd.status', 'd.data', 'c.claimNumber', 'c.closedAt', 'c.outcome', 'c.duplicateOf');
  return rows.map((row) => ({
    id: row.id, claimNumber: row.claimNumber ?? null, type: row.type, status: row.status,
    eventDate: typeof row.data?.event?.date === 'string' ? row.data.event.date : null,
    closedAt: iso(row.closedAt), outcome: row.outcome ?? null, duplicateOf: row.duplicateOf ?? null,
  }));
}

/** The claim's risk as its process last projected it, the reasons worded in the reader's language, the links this reader (role) sees. */
export async function claimRiskOf(knex: Knex, declarationId: string, language: string, role: string) {
  const claim = await knex('claims').where({ declarationId }).first('risk', 'siuReferred', 'litigation', 'duplicateOf');
  if (!claim) throw notFound('claim');
  const risk = claim.risk as StoredRisk | null;
  const [links, investigations, held] = await Promise.all([
    // Not pluck: with the snake_case mapping it finds no camelCase column.
    knex('claimDuplicateLinks').where({ declarationId }).orderBy('linkedAt').select('otherDeclarationId').then((rows: Row[]) => rows.map((row) => row.otherDeclarationId as string)),
    knex('claimInvestigations').where({ declarationId }).orderByRaw('closed_at is null desc, referred_at desc').limit(50),
    knex('payments').where({ declarationId, status: 'approved' }).count({ count: '*' }).first(),
  ]);
  const [possibleDuplicates, duplicateOf] = await Promise.all([
    linkedClaims(knex, links, role), claim.duplicateOf ? linkedClaims(knex, [claim.duplicateOf], role) : Promise.resolve([]),
  ]);
  return {
    indicators: (risk?.indicators ?? []).map((indicator) => ({
      code: indicator.code, facts: indicator.facts, reason: { ...indicator.reason, text: catalogue.render(indicator.reason, language) },
    })),
    assessedAt: risk?.assessedAt ?? null,
    possibleDuplicates,
    duplicateOf: duplicateOf[0] ?? null,
    investigations: investigations.map((row: Row) => ({
      id: row.id, referredAt: iso(row.referredAt)!, referredBy: row.referredBy, reason: row.reason, closedAt: iso(row.closedAt),
      closedBy: row.closedBy ?? null, outcome: row.outcome ?? null, note: row.note ?? null,
    })),
    referred: Boolean(claim.siuReferred),
    heldPayments: claim.siuReferred ? Number(held?.count ?? 0) : 0,
    litigation: claim.litigation ?? null,
  };
}

/**
 * Fraud indicators, possible duplicates, the special investigation unit and litigation (issue 12 §3). Every change
 * is an update of the claim's process; a referred claim is hidden from handlers (api/claims/investigation-seclusion.ts).
 */
export function claimRiskRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const context = claimContextOf(config);
  const handlers = [requireRole('handler', 'senior_handler')];
  const base = '/api/backoffice/claims/:id';
  const riskAfter = (id: string, req: Request) => claimRiskOf(knex, id, readerLanguage(req), actorOf(req).role);

  route(router, {
    method: 'get', path: `${base}/risk`, tag, access: 'handlers, senior handlers, the special investigation unit and auditors (a referred claim: not handlers)',
    summary: "The claim's fraud indicators (each with its reason in the Accept-Language and the facts behind it), its possible duplicates (linked in both files), its referrals to the special investigation unit, whether its payments are held, and litigation.",
    params: claimParams, response: claimRisk,
  }, [riskReaders], async ({ params }, req) => {
    const risk = await riskAfter(params.id, req);
    const organisationId = (await knex('declarations').where({ id: params.id }).first('organisationId'))?.organisationId;
    await recordRead(knex, req, {
      subject: { type: 'declaration', id: params.id }, organisationId, what: 'claim_risk',
      declarationIds: risk.possibleDuplicates.map((linked) => linked.id),
    });
    return risk;
  });

  route(router, {
    method: 'post', path: `${base}/investigation`, tag, access: 'handlers and senior handlers',
    summary: 'Refer the claim to the special investigation unit, with a reason: from then on only that unit, senior handlers and auditors see it, and its payments wait until the referral is closed.',
    params: claimParams, body: referralOrder, response: claimRisk,
  }, handlers, async ({ params, body }, req) => {
    await updateClaim(client, context, await claimTargetOf(knex, params.id), referToInvestigationUpdate, { actor: actorOf(req), reason: body.reason }, idempotencyKeyOf(req));
    return riskAfter(params.id, req);
  });

  route(router, {
    method: 'post', path: `${base}/investigation/close`, tag, access: 'the special investigation unit',
    summary: 'Close the open referral: cleared or fraud confirmed, with a note. The claim is visible to its handler again and its held payments go with the next batch.',
    params: claimParams, body: investigationClosing, response: claimRisk,
  }, [siuOnly], async ({ params, body }, req) => {
    await updateClaim(client, context, await claimTargetOf(knex, params.id), closeInvestigationUpdate, { actor: actorOf(req), ...body }, idempotencyKeyOf(req));
    return riskAfter(params.id, req);
  });

  route(router, {
    method: 'post', path: `${base}/litigation`, tag, access: 'handlers and senior handlers',
    summary: 'Mark the claim as in litigation (with a reason), or end the litigation: shown as a flag on the file.',
    params: claimParams, body: litigationOrder, response: claimRisk,
  }, handlers, async ({ params, body }, req) => {
    await updateClaim(client, context, await claimTargetOf(knex, params.id), setLitigationUpdate, { actor: actorOf(req), ...body }, idempotencyKeyOf(req));
    return riskAfter(params.id, req);
  });

  route(router, {
    method: 'get', path: '/api/backoffice/investigations', tag, access: 'the special investigation unit, senior handlers and auditors',
    summary: "The special investigation unit's work list: the claims referred to it (open ones by default; `state=closed|all`), the latest referral first.",
    query: z.object({ state: z.enum(referralStates).default('open'), ...pagingFields }), response: referredClaimPage,
  }, [referredReaders], async ({ query }, req) => {
    const selection = () => knex('claimInvestigations as ci')
      .join('claims as c', 'c.declarationId', 'ci.declarationId')
      .join('declarations as d', 'd.id', 'ci.declarationId')
      .join('organisations as o', 'o.id', 'd.organisationId')
      .modify((q) => {
        if (query.state === 'open') q.whereNull('ci.closedAt');
        if (query.state === 'closed') q.whereNotNull('ci.closedAt');
      });
    const [{ count }] = (await selection().count({ count: '*' })) as unknown as { count: string }[];
    const rows: Row[] = await selection()
      .select('ci.id as investigationId', 'ci.referredAt', 'ci.referredBy', 'ci.reason', 'ci.closedAt', 'ci.outcome', 'd.id', 'd.type', 'd.handler',
        'c.claimNumber', 'o.name as organisationName', knex.raw("coalesce(jsonb_array_length(c.risk -> 'indicators'), 0)::int as indicator_count"))
      .orderBy('ci.referredAt', 'desc').orderBy('ci.id')
      .offset((query.page - 1) * query.pageSize).limit(query.pageSize);
    await recordRead(knex, req, {
      subject: { type: 'declaration_list', id: 'investigations' }, what: 'investigation_list', declarationIds: rows.map((row) => row.id),
      details: { state: query.state, page: query.page },
    });
    return {
      items: rows.map((row) => ({
        id: row.id, claimNumber: row.claimNumber, type: row.type, productLine: productLineOf[row.type as DeclarationType], organisationName: row.organisationName,
        handlerName: row.handler?.name ?? null, investigationId: row.investigationId, referredAt: iso(row.referredAt)!, referredBy: row.referredBy,
        reason: row.reason, closedAt: iso(row.closedAt), outcome: row.outcome ?? null, indicatorCount: row.indicatorCount,
      })),
      total: Number(count), page: query.page, pageSize: query.pageSize,
    };
  });

  return router;
}
