import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { isoDate } from '../../domain/declaration-schemas/building-blocks';
import { changeDraftProblems, changeKinds, changeStatuses } from '../../domain/hospitalisation';
import type { Config } from '../../runtime/config';
import {
  approveChangeUpdate, rejectChangeUpdate, saveChangeUpdate, submitChangeUpdate, withdrawChangeUpdate,
} from '../../workflows/hospitalisation-change/definitions';
import { actorOf, authOf } from '../auth/context';
import { requireOrganisation, requireRole } from '../auth/guards';
import { catalogue } from '../../i18n/catalogue';
import { problemsOf } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { invalid, notFound } from '../errors';
import { readerLanguage } from '../i18n/reader-language';
import { jsonObject } from '../fields';
import { grantFor, grantsOf, rolesOf, visiblePersons } from '../hospitalisation/roles';
import { sendRegisterXlsx } from '../hospitalisation/register-export';
import { languages } from '../../i18n/server-labels';
import { changeProcess, startChange } from '../../workflows/hospitalisation-change/client';
import { changeView } from '../hospitalisation/change-view';
import { idempotencyKeyOf } from '../idempotency';
import { messageFields } from '../messages/fields';
import { messageView } from '../messages/view';
import { sendMessage } from '../messages/workflows';
import { route } from '../route';
import { recordRead } from '../audit/reads';
import { acceptFiles, receiveFiles } from '../uploads';
import { backofficeChanges, insuredPersons, registerChange, registerChanges, roleGrants } from '../../contract/hospitalisation';
import { reasoned } from '../../contract/common';
import { message, messages } from '../../contract/messages';

const orgParams = z.object({ orgId: z.uuid() });
const changeParams = orgParams.extend({ id: z.uuid() });
/** The change's fields; its kind's schema checks them. */
const changeData = jsonObject(10);
const access = 'titularissen and Local Admins of the group policy';

/** Group hospitalisation: the register, changes to it (a workflow each), and messages to the back office. */
export function hospitalisationRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const customers = [requireOrganisation('limited')];
  const base = '/api/organisations/:orgId/hospitalisation';

  const findChange = async (orgId: string, id: string, userId: string) => {
    const grants = await rolesOf(knex, userId, orgId);
    const change = await knex('hospitalisationChanges').where({ id, organisationId: orgId }).first();
    const maySee = change && (change.requestedById === userId || grants.some((grant) => grant.role === 'local_admin' && grant.policyId === change.policyId));
    if (!maySee) throw notFound('change');
    return change;
  };

  route(router, {
    method: 'get', path: `${base}/roles`, tag: 'group hospitalisation', access: 'customers of the organisation (full or limited)',
    summary: "Your roles on the organisation's group hospitalisation policies (titularis, local_admin); an empty list when you have none, so the portal knows whether to offer the module.",
    params: orgParams,
    response: roleGrants,
  }, customers, async ({ params }, req) => grantsOf(knex, authOf(req).user.id, params.orgId));

  route(router, {
    method: 'get', path: `${base}/insured-persons`, tag: 'group hospitalisation', access,
    summary: 'The insured persons you manage: the Local Admin the whole register, a titularis their family; `format=xlsx` for Excel, in `language` (else `Accept-Language`).',
    params: orgParams, query: z.object({ format: z.enum(['json', 'xlsx']).default('json'), language: z.enum(languages).optional() }),
    response: insuredPersons,
  }, customers, async ({ params, query }, req, res) => {
    const grants = await rolesOf(knex, authOf(req).user.id, params.orgId);
    const persons = [];
    for (const grant of grants) {
      persons.push(...await visiblePersons(knex, grant)
        .leftJoin('insuredPersons as t', 't.id', 'insuredPersons.titularisId')
        .orderBy([{ column: 'insuredPersons.lastName' }, { column: 'insuredPersons.firstName' }])
        .select('insuredPersons.*', knex.raw("concat(t.first_name, ' ', t.last_name) as titularis")));
    }
    const unique = [...new Map(persons.map((person) => [person.id, person])).values()];
    if (query.format === 'xlsx') {
      await recordRead(knex, req, {
        subject: { type: 'hospitalisation_register', id: params.orgId }, organisationId: params.orgId, what: 'register_xlsx',
        details: { policyIds: [...new Set(grants.map((grant) => grant.policyId))], persons: unique.length },
      });
      return sendRegisterXlsx(res, unique, query.language ?? readerLanguage(req));
    }
    return unique.map(({ addedByChange: _added, ...person }) => ({ ...person, titularis: person.titularis?.trim() || null }));
  });

  route(router, {
    method: 'post', path: `${base}/changes`, tag: 'group hospitalisation', access, status: 201,
    summary: 'Start a change to the register as a draft: update_person, add_family_member, remove_family_member (titularis); add_titularis, remove_titularis, update_person (Local Admin).',
    params: orgParams,
    body: z.strictObject({ kind: z.enum(changeKinds as [string, ...string[]]), data: changeData.default({}), effectiveDate: isoDate.nullable().default(null) }),
    response: registerChange,
  }, customers, async ({ params, body }, req) => {
    const kind = body.kind as (typeof changeKinds)[number];
    const problems = changeDraftProblems(kind, body.data);
    if (problems.length) throw invalid(phrase('hospitalisation.refusal.malformed'), problems);
    const grant = await grantFor(knex, await rolesOf(knex, authOf(req).user.id, params.orgId), kind, body.data);
    const actor = actorOf(req);
    const change = await startChange(client, config.temporal.taskQueue,
      { organisationId: params.orgId, policyId: grant.policyId, kind, role: grant.role, requestedBy: actor, timing: config.declarations }, // drafts expire as declaration drafts do
      { actor, data: body.data, effectiveDate: body.effectiveDate });
    return changeView(change);
  });

  route(router, {
    method: 'get', path: `${base}/changes`, tag: 'group hospitalisation', access,
    summary: 'Changes you asked for (the Local Admin: all changes of the policy), newest first.',
    params: orgParams, query: z.object({ status: z.enum(changeStatuses).optional() }),
    response: registerChanges,
  }, customers, async ({ params, query }, req) => {
    const userId = authOf(req).user.id;
    const adminPolicies = (await rolesOf(knex, userId, params.orgId)).filter((grant) => grant.role === 'local_admin').map((grant) => grant.policyId);
    const rows = await knex('hospitalisationChanges').where({ organisationId: params.orgId })
      .where((q) => q.where({ requestedById: userId }).orWhereIn('policyId', adminPolicies))
      .modify((q) => { if (query.status) q.where({ status: query.status }); })
      .orderBy('createdAt', 'desc');
    return rows.map(changeView);
  });

  route(router, {
    method: 'put', path: `${base}/changes/:id/draft`, tag: 'group hospitalisation', access,
    summary: 'Save the draft change; `version` must be the one you loaded.',
    params: changeParams, body: z.strictObject({ data: changeData, effectiveDate: isoDate.nullable(), version: z.number().int().min(1) }),
    response: registerChange,
  }, customers, async ({ params, body }, req) => {
    const change = await findChange(params.orgId, params.id, authOf(req).user.id);
    await grantFor(knex, await rolesOf(knex, authOf(req).user.id, params.orgId), change.kind, body.data);
    return changeView(await changeProcess.update(client, change, saveChangeUpdate, { actor: actorOf(req), ...body }, idempotencyKeyOf(req)));
  });

  for (const [action, update, summary] of [
    ['submit', submitChangeUpdate, 'Submit the change to the back office.'],
    ['withdraw', withdrawChangeUpdate, 'Withdraw the change, until the back office has decided.'],
  ] as const) {
    route(router, {
      method: 'post', path: `${base}/changes/:id/${action}`, tag: 'group hospitalisation', access, summary, params: changeParams, body: z.strictObject({}),
      response: registerChange,
    }, customers, async ({ params }, req) => {
      const change = await findChange(params.orgId, params.id, authOf(req).user.id);
      return changeView(await changeProcess.update(client, change, update, { actor: actorOf(req) }, idempotencyKeyOf(req)));
    });
  }

  route(router, {
    method: 'post', path: `${base}/messages`, tag: 'group hospitalisation', access, status: 201,
    summary: 'Send a message to the back office, with or without attachments (multipart: subject, body, files).',
    params: orgParams, multipart: { fields: messageFields, files: ['files'] }, response: message,
  }, [...customers, receiveFiles], async ({ params }, req) => {
    await rolesOf(knex, authOf(req).user.id, params.orgId);
    const fields = messageFields.safeParse(req.body ?? {});
    if (!fields.success) throw invalid(phrase('api.message.incomplete'), problemsOf(fields.error, req.body ?? {}));
    const sent = await sendMessage(knex, client, config.temporal.taskQueue, config.messages, {
      organisationId: params.orgId, declarationId: null, addressedTo: 'back_office', handlerId: null, sender: actorOf(req),
      subject: fields.data.subject || catalogue.t('api.message.hospitalisationSubject', undefined, readerLanguage(req)), body: fields.data.body,
    }, acceptFiles(req.files as Express.Multer.File[] | undefined, 'other', false));
    return messageView(sent);
  });

  route(router, {
    method: 'get', path: `${base}/messages`, tag: 'group hospitalisation', access,
    summary: 'Messages to the back office about group hospitalisation, with the answers: the Local Admin sees the organisation\'s, a titularis only their own.', params: orgParams,
    response: messages,
  }, customers, async ({ params }, req) => {
    const userId = authOf(req).user.id;
    const isLocalAdmin = (await rolesOf(knex, userId, params.orgId)).some((grant) => grant.role === 'local_admin');
    const messages = knex('messages').where({ organisationId: params.orgId, addressedTo: 'back_office' }).whereNull('declarationId');
    // A titularis writes about their own family: a colleague's messages are not theirs to read.
    if (!isLocalAdmin) messages.where({ senderId: userId });
    return (await messages.orderBy('createdAt')).map(messageView);
  });

  const staff = [requireRole('handler', 'senior_handler')];
  const findStaffChange = async (id: string) => {
    const change = await knex('hospitalisationChanges').where({ id }).whereNot({ status: 'draft' }).first();
    if (!change) throw notFound('change');
    return change;
  };

  route(router, {
    method: 'get', path: '/api/backoffice/hospitalisation-changes', tag: 'back office', access: 'handlers and senior handlers',
    summary: 'Changes to group hospitalisation registers waiting for (or past) the back office, oldest first, with the organisation and the person concerned.',
    query: z.object({ status: z.enum(['submitted', 'approved', 'rejected', 'withdrawn', 'expired']).default('submitted') }),
    response: backofficeChanges,
  }, staff, async ({ query }) => {
    const rows = await knex('hospitalisationChanges as h').join('organisations as o', 'o.id', 'h.organisationId')
      .where('h.status', query.status).orderBy('h.submittedAt').select('h.*', 'o.name as organisationName');
    // The person a change is about: one of the register, or the one it adds.
    const registered = await knex('insuredPersons').whereIn('id', rows.map((row) => row.data.personId ?? row.data.titularisId).filter(Boolean))
      .select('id', 'firstName', 'lastName');
    const byId = new Map(registered.map((person) => [person.id, person]));
    return rows.map((row) => ({
      ...changeView(row),
      organisation: { id: row.organisationId, name: row.organisationName },
      person: byId.get(row.data.personId) ?? (row.data.person ? { id: null, firstName: row.data.person.firstName, lastName: row.data.person.lastName } : null),
      titularis: row.kind === 'add_family_member' ? byId.get(row.data.titularisId) ?? null : null,
    }));
  });

  route(router, {
    method: 'post', path: '/api/backoffice/hospitalisation-changes/:id/approve', tag: 'back office', access: 'handlers and senior handlers',
    summary: 'Approve: the change is applied to the register from its effective date, and the requester is told by mail.',
    params: z.object({ id: z.uuid() }), body: z.strictObject({}),
    response: registerChange,
  }, staff, async ({ params }, req) => changeView(await changeProcess.update(client, await findStaffChange(params.id), approveChangeUpdate, { actor: actorOf(req) }, idempotencyKeyOf(req))));

  route(router, {
    method: 'post', path: '/api/backoffice/hospitalisation-changes/:id/reject', tag: 'back office', access: 'handlers and senior handlers',
    summary: 'Reject with a reason; the requester is told by mail.',
    params: z.object({ id: z.uuid() }), body: reasoned,
    response: registerChange,
  }, staff, async ({ params, body }, req) => changeView(await changeProcess.update(client, await findStaffChange(params.id), rejectChangeUpdate, { actor: actorOf(req), reason: body.reason }, idempotencyKeyOf(req))));

  return router;
}
