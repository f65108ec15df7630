import type { Client } from '@temporalio/client';
import { Response, Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import type { Config } from '../../runtime/config';
import { markReadUpdate, replyUpdate, withdrawMessageUpdate } from '../../workflows/claim-message/definitions';
import { actorOf } from '../auth/context';
import { requireOrganisation, requireRole } from '../auth/guards';
import { catalogue } from '../../i18n/catalogue';
import { problemsOf } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { invalid, notFound } from '../errors';
import { messageFields } from '../messages/fields';
import { messageView } from '../messages/view';
import type { BeforeSend } from '../declarations/files';
import { messageProcess } from '../../workflows/claim-message/client';
import { idempotencyKeyOf } from '../idempotency';
import { sendMessage } from '../messages/workflows';
import { findCustomerClaim } from '../declarations/find';
import { route } from '../route';
import { acceptFiles, receiveFiles } from '../uploads';
import { readerLanguage } from '../i18n/reader-language';
import { recordRead } from '../audit/reads';
import { mayRead, medicalReaderOf } from '../declarations/medical-access';
import { Declaration } from '../../db/models/declaration';
import { grantsOf } from '../hospitalisation/roles';
import { inbox, message, messageReply, messages } from '../../contract/messages';
import { hideReferredFrom } from '../claims/investigation-seclusion';

const orgParams = z.object({ orgId: z.uuid() });

/** A message sent without a subject is titled with the claim, in the sender's language. */
const defaultSubject = (claim: { id: string; claimNumber?: string | null }, language: string) =>
  catalogue.t('api.message.defaultSubject', { claimNumber: claim.claimNumber ?? claim.id.slice(0, 8) }, language);

async function sendFile(knex: Knex, message: { id: string; attachments: { id: string }[] }, attachmentId: string, res: Response, beforeSend: BeforeSend) {
  if (!message.attachments.some((file) => file.id === attachmentId)) throw notFound('attachment');
  const file = await knex('messageAttachments').where({ id: attachmentId, messageId: message.id }).first();
  if (!file) throw notFound('attachment');
  await beforeSend({ attachmentId, fileName: file.fileName });
  res.type(file.contentType).setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`).send(file.content);
}

/** Messages to the file's handler: a workflow each; both sides see the thread. */
export function messageRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const customers = [requireOrganisation('limited')];
  const staff = [requireRole('handler', 'senior_handler')];
  const access = 'customers of the organisation (full or limited)';

  const findClaim = findCustomerClaim;
  const findCustomerMessage = async (orgId: string, id: string) => {
    const message = await knex('messages').where({ id, organisationId: orgId }).first();
    if (!message) throw notFound('message');
    return message;
  };
  const findStaffMessage = async (id: string) => {
    const message = await knex('messages').where({ id }).first();
    if (!message) throw notFound('message');
    return message;
  };

  route(router, {
    method: 'get', path: '/api/organisations/:orgId/claims/:id/messages', tag: 'messages', access,
    summary: 'The thread of a claim: every message, its status and the answer.', params: orgParams.extend({ id: z.uuid() }),
    response: messages,
  }, customers, async ({ params }, req) => {
    const claim = await findClaim(params.orgId, params.id);
    // On a claim whose medical details the reader may not see, the thread shows only what they wrote themselves.
    const sealed = !mayRead(await medicalReaderOf(knex, req), claim);
    const messages = await knex('messages').where({ declarationId: params.id, organisationId: params.orgId })
      .modify((q) => { if (sealed) q.where({ senderId: actorOf(req).userId }); })
      .orderBy('createdAt');
    await recordRead(knex, req, { subject: { type: 'declaration', id: claim.id }, organisationId: params.orgId, what: 'claim_messages', details: { sealed } });
    return messages.map(messageView);
  });

  route(router, {
    method: 'post', path: '/api/organisations/:orgId/claims/:id/messages', tag: 'messages', access, status: 201,
    summary: "Send a message to the claim's handler, with or without attachments (multipart: subject, body, files).",
    params: orgParams.extend({ id: z.uuid() }), multipart: { fields: messageFields, files: ['files'] }, response: message,
  }, [...customers, receiveFiles], async ({ params }, req) => {
    const claim = await findClaim(params.orgId, params.id);
    const fields = messageFields.safeParse(req.body ?? {});
    if (!fields.success) throw invalid(phrase('api.message.incomplete'), problemsOf(fields.error, req.body ?? {}));
    const files = acceptFiles(req.files as Express.Multer.File[] | undefined, 'other', false);
    const sent = await sendMessage(knex, client, config.temporal.taskQueue, config.messages, {
      organisationId: params.orgId, declarationId: claim.id, addressedTo: 'handler', handlerId: claim.handler?.id ?? null,
      sender: actorOf(req), subject: fields.data.subject || defaultSubject(claim, readerLanguage(req)), body: fields.data.body,
    }, files);
    return messageView(sent);
  });

  route(router, {
    method: 'post', path: '/api/organisations/:orgId/messages/:messageId/withdraw', tag: 'messages', access,
    summary: 'Withdraw a message you sent, as long as the handler has not read it.', params: orgParams.extend({ messageId: z.uuid() }),
    response: message,
  }, customers, async ({ params }, req) => {
    const message = await findCustomerMessage(params.orgId, params.messageId);
    return messageView(await messageProcess.update(client, message, withdrawMessageUpdate, { actor: actorOf(req) }, idempotencyKeyOf(req)));
  });

  route(router, {
    method: 'get', path: '/api/organisations/:orgId/messages/:messageId/attachments/:attachmentId', tag: 'messages', access,
    summary: 'Download a file sent with a message.', params: orgParams.extend({ messageId: z.uuid(), attachmentId: z.uuid() }), produces: 'application/octet-stream',
  }, customers, async ({ params }, req, res) => {
    const message = await findCustomerMessage(params.orgId, params.messageId);
    // Files can be medical (certificates, hospital bills): the sender, those who see the claim's medical
    // details, and for group hospitalisation messages the Local Admin, who reads them all.
    const userId = actorOf(req).userId!;
    if (message.senderId !== userId) {
      const claim = message.declarationId ? await Declaration.query().findById(message.declarationId) : undefined;
      const allowed = claim
        ? mayRead(await medicalReaderOf(knex, req), claim)
        : (await grantsOf(knex, userId, params.orgId)).some((grant) => grant.role === 'local_admin');
      if (!allowed) throw notFound('message');
    }
    await sendFile(knex, message, params.attachmentId, res, (details) => recordRead(knex, req, {
      subject: { type: 'message', id: message.id }, organisationId: params.orgId, what: 'message_attachment',
      declarationIds: message.declarationId ? [message.declarationId] : undefined, details,
    }));
  });

  route(router, {
    method: 'get', path: '/api/backoffice/messages', tag: 'back office', access: 'handlers and senior handlers',
    summary: "The handlers' inbox: messages by status; `mine=true` for those addressed to you (and to nobody in particular).",
    query: z.object({ status: z.enum(['sent', 'read', 'answered', 'withdrawn']).optional(), mine: z.enum(['true', 'false']).default('false') }),
    response: inbox,
  }, staff, async ({ query }, req) => {
    const me = actorOf(req).userId;
    const rows = await knex('messages as m').join('organisations as o', 'o.id', 'm.organisationId')
      .leftJoin('claims as c', 'c.declarationId', 'm.declarationId')
      .whereNot('m.addressedTo', 'customer') // the insurer's own messages to customers wait for no one here
      .modify(hideReferredFrom(knex, actorOf(req).role, 'm.declaration_id')) // a claim referred to the SIU: not for its handler
      .modify((q) => {
        if (query.status) q.where('m.status', query.status);
        if (query.mine === 'true') q.where((w) => w.where('m.handlerId', me).orWhereNull('m.handlerId'));
      })
      .orderBy('m.createdAt', 'desc').limit(500).select('m.*', 'o.name as organisationName', 'c.claimNumber');
    return rows.map((row: Record<string, any>) => ({ ...messageView(row), organisationName: row.organisationName, handlerId: row.handlerId, claimNumber: row.claimNumber ?? null }));
  });

  route(router, {
    method: 'post', path: '/api/backoffice/messages/:id/read', tag: 'back office', access: 'handlers and senior handlers',
    summary: 'Mark a message read: from then on the sender can no longer withdraw it.', params: z.object({ id: z.uuid() }),
    response: message,
  }, staff, async ({ params }, req) => messageView(await messageProcess.update(client, await findStaffMessage(params.id), markReadUpdate, { actor: actorOf(req) }, idempotencyKeyOf(req))));

  route(router, {
    method: 'post', path: '/api/backoffice/messages/:id/reply', tag: 'back office', access: 'handlers and senior handlers',
    summary: 'Answer a message; the sender sees the answer in the thread.', params: z.object({ id: z.uuid() }),
    body: messageReply,
    response: message,
  }, staff, async ({ params, body }, req) => messageView(await messageProcess.update(client, await findStaffMessage(params.id), replyUpdate, { actor: actorOf(req), body: body.body }, idempotencyKeyOf(req))));

  route(router, {
    method: 'get', path: '/api/backoffice/messages/:id/attachments/:attachmentId', tag: 'back office', access: 'handlers and senior handlers',
    summary: 'Download a file sent with a message.', params: z.object({ id: z.uuid(), attachmentId: z.uuid() }), produces: 'application/octet-stream',
  }, staff, async ({ params }, req, res) => {
    const message = await findStaffMessage(params.id);
    await sendFile(knex, message, params.attachmentId, res, (details) => recordRead(knex, req, {
      subject: { type: 'message', id: message.id }, organisationId: message.organisationId, what: 'message_attachment',
      declarationIds: message.declarationId ? [message.declarationId] : undefined, details,
    }));
  });

  return router;
}
