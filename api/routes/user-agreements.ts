import type { Client } from '@temporalio/client';
import { type Request, Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { reasoned } from '../../contract/common';
import { backofficeUserAgreements, organisationAgreements, userAgreement, userAgreementToSign } from '../../contract/user-agreement';
import { agreementEmployees } from '../../domain/user-agreement';
import { catalogue } from '../../i18n/catalogue';
import { fieldProblem, problemsOf } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import type { Config } from '../../runtime/config';
import { startUserAgreement, userAgreementProcess } from '../../workflows/user-agreement/client';
import {
  registerUserAgreementUpdate, saveUserAgreementUpdate, sendBackUserAgreementUpdate, submitUserAgreementUpdate, withdrawUserAgreementUpdate,
} from '../../workflows/user-agreement/definitions';
import { actorOf, authOf } from '../auth/context';
import { requireOrganisation, requireRole } from '../auth/guards';
import { invalid, notFound } from '../errors';
import { readerLanguage } from '../i18n/reader-language';
import { idempotencyKeyOf } from '../idempotency';
import { route } from '../route';
import { isAdministrator, requireAdministrator } from '../user-agreement/administrator';
import { agreementView, formatNationalRegisterNumber, maskedNumber } from '../user-agreement/view';

const orgParams = z.object({ orgId: z.uuid() });
const agreementParams = orgParams.extend({ id: z.uuid() });
/** The lines as sent; the domain's schema checks them (the national register number's check digits too). */
const lines = z.array(z.unknown()).max(200);
const access = "the organisation's administrator";

/** The user agreement (gebruikersovereenkomst): prepared, signed and submitted by the organisation, registered by the insurer. */
export function userAgreementRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const administrator = [requireOrganisation('full'), requireAdministrator(knex)];
  const base = '/api/organisations/:orgId/user-agreements';

  /** The lines, checked; the administrator who signs keeps their own full access (the agreement cannot lock its signatory out). */
  const employeesOf = async (given: unknown[], req: Request) => {
    const parsed = agreementEmployees.safeParse(given);
    if (!parsed.success) throw invalid(phrase('userAgreement.refusal.malformed'), problemsOf(parsed.error, given, 'employees').map((p) => ({ ...p, path: p.path === 'employees' ? p.path : `employees.${p.path}` })));
    const me = await knex('users').where({ id: authOf(req).user.id }).first('email', 'nationalRegisterNumber');
    const own = parsed.data.findIndex((line) => line.accessLevel !== 'full' && (line.email === me.email.toLowerCase() || line.nationalRegisterNumber === me.nationalRegisterNumber));
    if (own >= 0) throw invalid(phrase('userAgreement.refusal.malformed'), [fieldProblem(`employees.${own}.accessLevel`, 'userAgreement.problem.ownAccess')]);
    return parsed.data;
  };
  const findAgreement = async (orgId: string, id: string) => {
    const row = await knex('userAgreements').where({ id, organisationId: orgId }).first();
    if (!row) throw notFound('userAgreement');
    return row;
  };
  /** The text the administrator confirms by signing, in their language: what the portal shows is what is recorded. */
  const signatureText = async (req: Request, row: Record<string, any>) => {
    const organisation = await knex('organisations').where({ id: row.organisationId }).first('name');
    return catalogue.t('userAgreement.signature', { name: authOf(req).user.fullName, organisation: organisation.name, count: row.employees.length }, readerLanguage(req));
  };

  route(router, {
    method: 'get', path: base, tag: 'user agreement', access: 'customers of the organisation (full or limited)',
    summary: "The organisation's user agreement in force (the employees it names and their access) and every agreement with its status, newest first; colleagues see national register numbers masked.",
    params: orgParams, response: organisationAgreements,
  }, [requireOrganisation('limited')], async ({ params }, req) => {
    const administrator = await isAdministrator(knex, authOf(req).user.id, params.orgId);
    const inForce = await knex('agreementEmployees').where({ organisationId: params.orgId }).whereNot({ accessLevel: 'none' }).orderBy('fullName');
    const history = await knex('userAgreements').where({ organisationId: params.orgId }).orderBy('createdAt', 'desc');
    return {
      administrator,
      inForce: inForce.map((row) => ({
        userId: row.userId, fullName: row.fullName, email: row.email, accessLevel: row.accessLevel, agreementId: row.agreementId, appliedAt: new Date(row.appliedAt).toISOString(),
        nationalRegisterNumber: administrator ? formatNationalRegisterNumber(row.nationalRegisterNumber) : maskedNumber(row.nationalRegisterNumber),
      })),
      history: history.map((row) => agreementView(row, !administrator)),
    };
  });

  route(router, {
    method: 'post', path: base, tag: 'user agreement', access, status: 201,
    summary: 'Prepare a user agreement as a draft: the employees (name, e-mail, national register number) and per employee full, limited or no access.',
    params: orgParams, body: z.strictObject({ employees: lines }), response: userAgreement,
  }, administrator, async ({ params, body }, req) => {
    const employees = await employeesOf(body.employees, req);
    return agreementView(await startUserAgreement(client, config.temporal.taskQueue,
      { organisationId: params.orgId, requestedBy: actorOf(req), timing: { ...config.userAgreements, firstSaveWithin: config.declarations.firstSaveWithin } },
      { actor: actorOf(req), employees }));
  });

  route(router, {
    method: 'get', path: `${base}/:id`, tag: 'user agreement', access,
    summary: 'One user agreement, with the text the administrator confirms by signing it (in the reader\'s language).',
    params: agreementParams, response: userAgreementToSign,
  }, administrator, async ({ params }, req) => {
    const row = await findAgreement(params.orgId, params.id);
    return { ...agreementView(row), signatureText: await signatureText(req, row) };
  });

  route(router, {
    method: 'put', path: `${base}/:id/draft`, tag: 'user agreement', access,
    summary: 'Save the draft (or the agreement sent back); `version` must be the one you loaded.',
    params: agreementParams, body: z.strictObject({ employees: lines, version: z.number().int().min(1) }), response: userAgreement,
  }, administrator, async ({ params, body }, req) => {
    const row = await findAgreement(params.orgId, params.id);
    const employees = await employeesOf(body.employees, req);
    return agreementView(await userAgreementProcess.update(client, row, saveUserAgreementUpdate, { actor: actorOf(req), employees, version: body.version }, idempotencyKeyOf(req)));
  });

  route(router, {
    method: 'post', path: `${base}/:id/submit`, tag: 'user agreement', access,
    summary: 'Sign and submit: `confirmedText` is the signature text as shown. Access it takes away ends at once (and the sessions of those concerned); the rest applies when the insurer registers it. Submitting again answers the agreement as it stands.',
    params: agreementParams, body: z.strictObject({ confirmedText: z.string().max(4000) }), response: userAgreement,
  }, administrator, async ({ params, body }, req) => {
    const row = await findAgreement(params.orgId, params.id);
    if (row.status !== 'submitted' && body.confirmedText !== await signatureText(req, row)) {
      throw invalid(phrase('userAgreement.refusal.signatureMismatch'), [fieldProblem('confirmedText', 'userAgreement.problem.signature')]);
    }
    return agreementView(await userAgreementProcess.update(client, row, submitUserAgreementUpdate, { actor: actorOf(req), confirmedText: body.confirmedText }, idempotencyKeyOf(req)));
  });

  route(router, {
    method: 'post', path: `${base}/:id/withdraw`, tag: 'user agreement', access,
    summary: 'Withdraw the agreement, until the insurer has registered it (access already taken away stays away).',
    params: agreementParams, body: z.strictObject({}), response: userAgreement,
  }, administrator, async ({ params }, req) =>
    agreementView(await userAgreementProcess.update(client, await findAgreement(params.orgId, params.id), withdrawUserAgreementUpdate, { actor: actorOf(req) }, idempotencyKeyOf(req))));

  const staff = [requireRole('handler', 'senior_handler')];
  const findStaffAgreement = async (id: string) => {
    const row = await knex('userAgreements').where({ id }).whereNotIn('status', ['draft']).first();
    if (!row) throw notFound('userAgreement');
    return row;
  };

  route(router, {
    method: 'get', path: '/api/backoffice/user-agreements', tag: 'back office', access: 'handlers and senior handlers',
    summary: 'User agreements waiting for registration (or past it), oldest receipt first; `escalated=true`: those unregistered past the registration days, for the senior staff.',
    query: z.object({ status: z.enum(['submitted', 'sent_back', 'registered', 'withdrawn', 'expired']).default('submitted'), escalated: z.enum(['true', 'false']).optional() }),
    response: backofficeUserAgreements,
  }, staff, async ({ query }) => {
    const rows = await knex('userAgreements as a').join('organisations as o', 'o.id', 'a.organisationId').where('a.status', query.status)
      .modify((q) => { if (query.escalated) q[query.escalated === 'true' ? 'whereNotNull' : 'whereNull']('a.escalatedAt'); })
      .orderBy('a.submittedAt').select('a.*', 'o.name as organisationName');
    return rows.map((row: Record<string, any>) => ({ ...agreementView(row), organisation: { id: row.organisationId, name: row.organisationName } }));
  });

  route(router, {
    method: 'post', path: '/api/backoffice/user-agreements/:id/register', tag: 'back office', access: 'handlers and senior handlers',
    summary: 'Register: the agreement applies once — users created or matched by national register number, access set — with its audit entry.',
    params: z.object({ id: z.uuid() }), body: z.strictObject({}), response: userAgreement,
  }, staff, async ({ params }, req) =>
    agreementView(await userAgreementProcess.update(client, await findStaffAgreement(params.id), registerUserAgreementUpdate, { actor: actorOf(req) }, idempotencyKeyOf(req))));

  route(router, {
    method: 'post', path: '/api/backoffice/user-agreements/:id/send-back', tag: 'back office', access: 'handlers and senior handlers',
    summary: 'Send the agreement back to the organisation with a reason; they may correct it and submit it again.',
    params: z.object({ id: z.uuid() }), body: reasoned, response: userAgreement,
  }, staff, async ({ params, body }, req) =>
    agreementView(await userAgreementProcess.update(client, await findStaffAgreement(params.id), sendBackUserAgreementUpdate, { actor: actorOf(req), reason: body.reason }, idempotencyKeyOf(req))));

  return router;
}
