import type { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import {
  agreementProposal, benefitsFile, benefitsOpening, certificateInput, customerBenefits, deathInput, detailedWageInput, fedrisRatification, medicalCheckInput,
  otherEmployerInput, payslipInput, ratificationInput, revisionRequestInput, signatureInput,
} from '../../contract/workplace-benefits';
import { brusselsDate } from '../../domain/rules/calendar';
import { simplifiedBaseWage } from '../../domain/rules/workplace-benefits';
import { phrase } from '../../i18n/phrase';
import type { Config } from '../../runtime/config';
import { benefitsContextOf, benefitsProcess } from '../../workflows/workplace-benefits/client';
import {
  acceptAgreementUpdate, benefitsWorkflowId, proposeAgreementUpdate, ratifyAgreementUpdate, recordCertificateUpdate, recordDeathUpdate, recordDetailedWageUpdate,
  recordMedicalCheckUpdate, recordOtherEmployerUpdate, recordPayslipUpdate, requestRevisionUpdate, type BenefitsState,
} from '../../workflows/workplace-benefits/definitions';
import { actorOf } from '../auth/context';
import { requireOrganisation, requireRole } from '../auth/guards';
import { benefitsFileView, benefitsRowOf, customerBenefitsView } from '../benefits/view';
import { readClaim } from '../claims/read';
import { requireMedicalAccess, medicalReaderOf } from '../declarations/medical-access';
import { conflict, notFound } from '../errors';
import { readerLanguage } from '../i18n/reader-language';
import { idForKey, requiredIdempotencyKey } from '../idempotency';
import { route } from '../route';

const claimParams = z.object({ id: z.uuid() });
const customerParams = z.object({ orgId: z.uuid(), id: z.uuid() });
const tag = 'benefits';
const keyed = 'Requires an Idempotency-Key header: the same key again answers the first request and changes nothing.';
const writers = 'handlers and senior handlers';

/**
 * The benefits file of an accepted workplace accident (law of 10 April 1971; seed 004 q.11–14): opened by a handler,
 * fed with certificates, wages, payslips and checks, and carried through the agreement, its ratification by Fedris,
 * the revision period and the life annuity. Its process pays every benefit through the claim's own money.
 */
export function workplaceBenefitRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const context = benefitsContextOf(config);
  const handlers = [requireRole('handler', 'senior_handler')];
  const base = '/api/backoffice/claims/:id/benefits';

  const view = async (req: Request, declarationId: string) => {
    const row = await benefitsRowOf(knex, declarationId);
    return benefitsFileView(knex, row.state, row.updatedAt, readerLanguage(req));
  };
  /** Asks the file's process for a change under the request's key; answers the file as it is after it. */
  const change = async <A>(req: Request, declarationId: string, key: string, update: UpdateDefinition<BenefitsState, [A]>, arg: A) => {
    const row = await benefitsRowOf(knex, declarationId);
    if (!answeredByEndedFile(row.state, key)) await benefitsProcess.update(client, { workflowId: row.workflowId, status: 'accepted' }, update, arg, key);
    return view(req, declarationId);
  };

  route(router, {
    method: 'post', path: base, tag, access: writers, status: 201, params: claimParams, body: benefitsOpening,
    summary: `Open the benefits file of an accepted workplace accident: the worker's status, the monthly gross wage at the accident, and the accounts of the victim and the employer. ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    const claim = await knex('claims as c').join('declarations as d', 'd.id', 'c.declarationId').join('organisations as o', 'o.id', 'd.organisationId')
      .where('c.declarationId', params.id).first('d.type', 'd.status', 'd.data', 'd.organisationId', 'c.claimNumber', 'c.handlerId', 'c.closedAt', 'o.name as organisationName');
    if (!claim) throw notFound('claim');
    if (claim.type !== 'workplace_accident') throw conflict('not_workplace_accident', phrase('benefits.refusal.notWorkplaceAccident'));
    if (claim.status !== 'accepted' || claim.closedAt) throw conflict('claim_not_accepted', phrase('benefits.refusal.claimNotAccepted', { claimNumber: claim.claimNumber }));
    try {
      simplifiedBaseWage({ accidentDate: claim.data.event.date, monthlyGrossCents: body.monthlyGrossCents }, config.benefitRules.baseWageLimits);
    } catch (error) {
      // The law's base-wage limits are known from a year on: an accident before it cannot be computed here.
      throw conflict('benefits_rules_unknown', phrase('benefits.refusal.rulesRefused', { reason: (error as Error).message }));
    }
    const existing = await knex('workplaceBenefits').where({ declarationId: params.id }).first('state');
    if (existing && existing.state.openKey !== key) throw conflict('benefits_already_open', phrase('benefits.refusal.alreadyOpen', { claimNumber: claim.claimNumber }));
    if (!existing) {
      const insured = claim.data?.parties?.insured?.[0] ?? {};
      await benefitsProcess.start(client, {
        taskQueue: context.taskQueue, workflowId: benefitsWorkflowId(params.id), idempotencyKey: key, firstUpdateArgs: [],
        args: [{
          timing: context.timing,
          opening: {
            declarationId: params.id, organisationId: claim.organisationId, claimNumber: claim.claimNumber, accidentDate: claim.data.event.date,
            workerStatus: body.workerStatus, monthlyGrossCents: body.monthlyGrossCents,
            victim: { name: body.victimName?.trim() || `${insured.firstName ?? ''} ${insured.lastName ?? ''}`.trim(), iban: body.victimIban },
            employer: { name: body.employerName?.trim() || claim.organisationName, iban: body.employerIban },
            handlerId: claim.handlerId ?? null, openedBy: actorOf(req), openKey: key, rules: config.benefitRules,
          },
        }],
      });
    }
    return view(req, params.id);
  });

  route(router, {
    method: 'get', path: base, tag, access: 'handlers, senior handlers and auditors', params: claimParams,
    summary: 'The benefits file: periods with their certificates, every payment with its computation, the base wages, the agreement, its ratification, the revision deadline and what comes next.',
    response: benefitsFile,
  }, [requireRole('handler', 'senior_handler', 'auditor')], async ({ params }, req) => {
    await readClaim(knex, req, params.id, 'claim_benefits');
    return view(req, params.id);
  });

  route(router, {
    method: 'post', path: `${base}/certificates`, tag, access: writers, status: 201, params: claimParams, body: certificateInput,
    summary: `Record a medical certificate; the period it establishes is paid at once (provisionally while the detailed base wage is needed and missing). ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    return change(req, params.id, key, recordCertificateUpdate, {
      key, actor: actorOf(req), certificateId: idForKey(key, 'certificate'), kind: body.kind, from: body.from, to: body.to ?? null, doctor: body.doctor?.trim() || null,
    });
  });

  route(router, {
    method: 'post', path: `${base}/detailed-wage`, tag, access: writers, params: claimParams, body: detailedWageInput,
    summary: `Record the wages of the year before the accident: the detailed base wage corrects what was paid, to the victim and the employer. ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    return change(req, params.id, key, recordDetailedWageUpdate, { key, actor: actorOf(req), ...body });
  });

  route(router, {
    method: 'post', path: `${base}/payslips`, tag, access: writers, status: 201, params: claimParams, body: payslipInput,
    summary: `Record a payslip of adapted work: the wage lost against the wage at the accident is paid to the victim. ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    return change(req, params.id, key, recordPayslipUpdate, { key, actor: actorOf(req), payslipId: idForKey(key, 'payslip'), ...body });
  });

  route(router, {
    method: 'post', path: `${base}/medical-checks`, tag, access: writers, status: 201, params: claimParams, body: medicalCheckInput,
    summary: `Record a medical check during working hours: only the hours lost are paid. ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    return change(req, params.id, key, recordMedicalCheckUpdate, { key, actor: actorOf(req), checkId: idForKey(key, 'medical-check'), ...body });
  });

  route(router, {
    method: 'post', path: `${base}/other-employers`, tag, access: writers, status: 201, params: claimParams, body: otherEmployerInput,
    summary: `Record another employer of the victim: it pays guaranteed wage for sickness, the employer of the accident for the accident. ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    return change(req, params.id, key, recordOtherEmployerUpdate, { key, actor: actorOf(req), name: body.name });
  });

  route(router, {
    method: 'post', path: `${base}/agreement`, tag, access: writers, status: 201, params: claimParams, body: agreementProposal,
    summary: `Propose the agreement on permanent incapacity: the consolidation date and the degree; the victim and the employer are told in writing. ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    return change(req, params.id, key, proposeAgreementUpdate, { key, actor: actorOf(req), agreementId: idForKey(key, 'agreement'), ...body });
  });

  route(router, {
    method: 'post', path: `${base}/agreement/signature`, tag, access: writers, params: claimParams, body: signatureInput,
    summary: `Record the victim's signature of the agreement on paper; it goes to Fedris for ratification. ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    return change(req, params.id, key, acceptAgreementUpdate, { key, actor: actorOf(req), via: 'signature' as const, signedOn: body.signedOn });
  });

  route(router, {
    method: 'post', path: `${base}/agreement/ratification`, tag, access: writers, params: claimParams, body: ratificationInput,
    summary: `Record Fedris' ratification of the agreement: the arrears from consolidation are paid, then the allowance monthly; the revision period starts. ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    return change(req, params.id, key, ratifyAgreementUpdate, { key, actor: actorOf(req), via: 'handler' as const, ...body });
  });

  route(router, {
    method: 'post', path: `${base}/death`, tag, access: writers, params: claimParams, body: deathInput,
    summary: `Record the victim's death: the month of the death is the last one paid (in full), the file ends. Survivors' benefits are not part of this file. ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    return change(req, params.id, key, recordDeathUpdate, { key, actor: actorOf(req), diedOn: body.diedOn });
  });

  route(router, {
    method: 'post', path: `${base}/revision-requests`, tag, access: writers, status: 201, params: claimParams, body: revisionRequestInput,
    summary: `Request a revision of the degree within the revision period: a new agreement to accept and ratify. ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ params, body }, req) => {
    const key = requiredIdempotencyKey(req, params.id);
    return change(req, params.id, key, requestRevisionUpdate, {
      key, actor: actorOf(req), requestId: idForKey(key, 'revision-request'), agreementId: idForKey(key, 'agreement'), ...body,
    });
  });

  // Fedris' ratification as its message names it: by claim number. No integration credentials exist yet: a handler records it.
  route(router, {
    method: 'post', path: '/api/integrations/fedris/ratifications', tag, access: writers, body: fedrisRatification,
    summary: `Fedris ratified an agreement (bekrachtiging): the claim by its number, the day and Fedris' reference. ${keyed}`,
    response: benefitsFile,
  }, handlers, async ({ body }, req) => {
    const claim = await knex('claims').where({ claimNumber: body.claimNumber }).first('declarationId');
    if (!claim) throw notFound('claim');
    const key = requiredIdempotencyKey(req, claim.declarationId);
    return change(req, claim.declarationId, key, ratifyAgreementUpdate, { key, actor: actorOf(req), via: 'fedris' as const, ratifiedOn: body.ratifiedOn, reference: body.reference });
  });

  /** The customer's claim with its file: their own organisation's only (another's does not exist), and its medical details theirs to read. */
  const customerFile = async (req: Request, orgId: string, declarationId: string) => {
    const declaration = await knex('declarations').where({ id: declarationId, organisationId: orgId }).first('type', 'data', 'createdBy');
    if (!declaration) throw notFound('claim');
    requireMedicalAccess(await medicalReaderOf(knex, req), declaration);
    const row = await benefitsRowOf(knex, declarationId);
    return { row, file: async () => customerBenefitsView(await benefitsFileView(knex, (await benefitsRowOf(knex, declarationId)).state, row.updatedAt, readerLanguage(req))) };
  };

  route(router, {
    method: 'get', path: '/api/organisations/:orgId/claims/:id/benefits', tag, access: 'customers of the organisation (full or limited)', params: customerParams,
    summary: "The benefits file of the organisation's workplace accident, as the employer reads it: payments, the agreement to accept, what comes next.",
    response: customerBenefits,
  }, [requireOrganisation('limited')], async ({ params }, req) => {
    const { file } = await customerFile(req, params.orgId, params.id);
    return file();
  });

  route(router, {
    method: 'post', path: '/api/organisations/:orgId/claims/:id/benefits/agreement/accept', tag, access: 'customers of the organisation with full access',
    params: customerParams, body: z.strictObject({}),
    summary: `Accept the proposed agreement for the victim; it goes to Fedris for ratification. ${keyed}`,
    response: customerBenefits,
  }, [requireOrganisation('full')], async ({ params }, req) => {
    const { row, file } = await customerFile(req, params.orgId, params.id);
    const key = requiredIdempotencyKey(req, params.id);
    if (!answeredByEndedFile(row.state, key)) await benefitsProcess.update(client, { workflowId: row.workflowId, status: 'accepted' }, acceptAgreementUpdate, {
      key, actor: actorOf(req), via: 'portal' as const, signedOn: brusselsDate(new Date()),
    }, key);
    return file();
  });

  return router;
}

/**
 * A file ended by the victim's death has a completed process, which hears no more requests: the request it answered
 * last (its key known) answers the file again; any other is refused, as the process itself would.
 */
function answeredByEndedFile(state: BenefitsState, key: string): boolean {
  if (!state.death) return false;
  if (state.recentKeys.includes(key)) return true;
  throw conflict('benefits_ended', phrase('benefits.refusal.victimDied', { diedOn: state.death.diedOn }));
}
