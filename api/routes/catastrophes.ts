import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { catastropheList, catastropheOrder, catastropheView, type CatastropheView } from '../../contract/catastrophes';
import { audit } from '../../db/audit';
import { concernedDeclarations, eventOf } from '../../db/catastrophes';
import { phrase } from '../../i18n/phrase';
import type { Config } from '../../runtime/config';
import { catastropheWorkflowId, type CatastropheInput } from '../../workflows/catastrophe/definitions';
import { actorOf, authOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { recordRead } from '../audit/reads';
import { hideReferredFrom } from '../claims/investigation-seclusion';
import { HttpError } from '../errors';
import { idForKey, requiredIdempotencyKey } from '../idempotency';
import { route } from '../route';

const tag = 'back office';
const eventParams = z.object({ id: z.uuid() });
/** Claims an event's view lists; its counts and money cover them all. */
const CLAIMS_SHOWN = 500;
const DECLARATIONS_SHOWN = 200;

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const notFound = () => new HttpError(404, 'not_found', phrase('catastrophe.notFound'));

const summaryOf = (row: Record<string, any>) => ({
  id: row.id, name: row.name, peril: row.peril, startsOn: day(row.startsOn), endsOn: day(row.endsOn), postcodes: row.postcodes,
  declaredBy: row.declaredBy, declaredAt: new Date(row.declaredAt).toISOString(), claimCount: Number(row.claimCount ?? 0), openCount: Number(row.openCount ?? 0),
});

/**
 * Catastrophe events: a senior handler declares one (the event's process then tags the open claims it concerns,
 * claims opening later are tagged at opening); everyone in the back office reads the events and each one's view.
 */
export function catastropheRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const base = '/api/backoffice/catastrophes';

  /** The event's claims this reader sees: a claim referred to the SIU is not counted, summed or listed for its handler. */
  const claimsOf = (role: string) => knex('claims as c').modify(hideReferredFrom(knex, role, 'c.declaration_id'));
  const events = (role: string) => knex('catastropheEvents as e')
    .select('e.*', claimsOf(role).whereRaw('c.catastrophe_id = e.id').count('*').as('claim_count'),
      claimsOf(role).whereRaw('c.catastrophe_id = e.id').whereNull('c.closedAt').count('*').as('open_count'));

  async function viewOf(id: string, role: string): Promise<CatastropheView | null> {
    const row = await events(role).where('e.id', id).first();
    if (!row) return null;
    const [money, ages, claims, matching] = await Promise.all([
      claimsOf(role).where('c.catastropheId', id).first(
        knex.raw("coalesce(sum((c.money->'overall'->>'reserveCents')::bigint), 0)::bigint as reserves"),
        knex.raw("coalesce(sum((c.money->'overall'->>'paidCents')::bigint), 0)::bigint as paid"),
        knex.raw("coalesce(sum((c.money->'overall'->>'recoveredCents')::bigint), 0)::bigint as recovered"),
      ),
      knex.from(claimsOf(role).where('c.catastropheId', id).whereNull('c.closedAt')
        .select(knex.raw("current_date - (c.opened_at at time zone 'Europe/Brussels')::date as age")).as('a')).first(
        knex.raw('count(*) filter (where age <= 7)::int as week'), knex.raw('count(*) filter (where age between 8 and 30)::int as month'),
        knex.raw('count(*) filter (where age between 31 and 90)::int as quarter'), knex.raw('count(*) filter (where age > 90)::int as older'),
      ),
      claimsOf(role).join('declarations as d', 'd.id', 'c.declarationId').join('organisations as o', 'o.id', 'd.organisationId')
        .leftJoin('users as u', 'u.id', 'c.handlerId').where('c.catastropheId', id)
        .orderBy('c.openedAt').orderBy('c.declarationId').limit(CLAIMS_SHOWN)
        .select('c.declarationId', 'c.claimNumber', 'o.name as organisationName', 'd.type', 'd.status', 'd.decision', 'u.fullName as handlerName', 'c.openedAt', 'c.closedAt'),
      concernedDeclarations(knex, eventOf({ ...row, startsOn: day(row.startsOn), endsOn: day(row.endsOn) }), 'not_yet_claims', null, DECLARATIONS_SHOWN),
    ]);
    const declarations = matching.ids.length
      ? await knex('declarations as d').join('organisations as o', 'o.id', 'd.organisationId').whereIn('d.id', matching.ids).orderBy('d.submittedAt')
        .select('d.id', 'd.type', 'o.name as organisationName', 'd.data', 'd.submittedAt')
      : [];
    return {
      ...summaryOf(row),
      openByAge: { upTo7Days: ages.week, from8To30Days: ages.month, from31To90Days: ages.quarter, over90Days: ages.older },
      reservesCents: Number(money.reserves), paidCents: Number(money.paid), recoveredCents: Number(money.recovered),
      claims: claims.map((claim: Record<string, any>) => ({
        claimId: claim.declarationId, claimNumber: claim.claimNumber, organisationName: claim.organisationName, type: claim.type, status: claim.status,
        handlerName: claim.handlerName ?? null, openedAt: new Date(claim.openedAt).toISOString(), closed: claim.closedAt !== null,
        fastTracked: claim.decision?.decision === 'accept' && claim.decision?.decidedBy?.role === 'system',
      })),
      claimsShown: claims.length,
      matchingDeclarations: declarations.map((declaration) => ({
        declarationId: declaration.id, type: declaration.type, organisationName: declaration.organisationName,
        eventDate: typeof declaration.data?.event?.date === 'string' ? declaration.data.event.date : null,
        submittedAt: declaration.submittedAt ? new Date(declaration.submittedAt).toISOString() : null,
      })),
    };
  }

  route(router, {
    method: 'get', path: base, tag, access: 'handlers, senior handlers and auditors', response: catastropheList,
    summary: 'The declared catastrophe events, the latest first, with how many claims each holds and how many are open.',
  }, [requireRole('handler', 'senior_handler', 'auditor')], async (_input, req) => {
    const rows = await events(authOf(req).user.role).orderBy('e.declaredAt', 'desc').orderBy('e.id');
    return rows.map(summaryOf);
  });

  route(router, {
    method: 'get', path: `${base}/:id`, tag, access: 'handlers, senior handlers and auditors', params: eventParams, response: catastropheView,
    summary: "A catastrophe event's view: its claims by age, reserves, paid and recovered, its claims, and declarations not yet claims that match.",
  }, [requireRole('handler', 'senior_handler', 'auditor')], async ({ params }, req) => {
    const view = await viewOf(params.id, authOf(req).user.role);
    if (!view) throw notFound();
    await recordRead(knex, req, {
      subject: { type: 'catastrophe', id: params.id }, what: 'catastrophe_claims',
      declarationIds: [...view.claims.map((claim) => claim.claimId), ...view.matchingDeclarations.map((declaration) => declaration.declarationId)],
    });
    return view;
  });

  route(router, {
    method: 'post', path: base, tag, access: 'senior handlers', status: 201, body: catastropheOrder, response: catastropheView,
    summary: 'Declare a catastrophe event (with an Idempotency-Key: a retry declares it once); its open claims are tagged, new ones at opening.',
  }, [requireRole('senior_handler')], async ({ body }, req) => {
    const key = requiredIdempotencyKey(req);
    const id = idForKey(key, 'catastrophe');
    const declaredBy = actorOf(req);
    const postcodes = [...new Set(body.postcodes)];
    await knex.transaction(async (trx) => {
      const inserted = await trx('catastropheEvents').insert({
        id, name: body.name, peril: body.peril, startsOn: body.startsOn, endsOn: body.endsOn, postcodes: JSON.stringify(postcodes),
        declaredBy: JSON.stringify(declaredBy),
      }).onConflict('id').ignore().returning('id');
      if (inserted.length === 0) return; // a retry: declared the first time
      await audit(trx, {
        actor: { id: declaredBy.userId, name: declaredBy.name }, action: 'catastrophe_declared', subject: { type: 'catastrophe', id },
        details: { name: body.name, peril: body.peril, startsOn: body.startsOn, endsOn: body.endsOn, postcodes }, eventKey: `catastrophe:${id}`,
      });
    });
    const input: CatastropheInput = { eventId: id, declaredBy, fastTrack: config.catastrophes.fastTrack };
    await client.workflow.start('catastropheWorkflow', { taskQueue: config.temporal.taskQueue, workflowId: catastropheWorkflowId(id), args: [input] })
      .catch((error) => {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      });
    return (await viewOf(id, declaredBy.role))!;
  });

  return router;
}
