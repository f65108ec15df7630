import { Router } from 'express';
import type { Knex } from 'knex';
import { simpleParser } from 'mailparser';
import { z } from 'zod';
import { notFound } from '../errors';
import { searchText } from '../lists/query';
import { route } from '../route';

const mailParams = z.object({ id: z.uuid() });
const mailSummary = z.object({ id: z.uuid(), receivedAt: z.string(), sender: z.string().nullable(), recipients: z.array(z.string()), subject: z.string(), attachments: z.array(z.object({ fileName: z.string(), contentType: z.string(), sizeBytes: z.number() })) });

/** The embedded SMTP sink's mailbox, to see what the system sent. Not mounted in production. */
export function devMailRoutes(knex: Knex): Router {
  const router = Router();
  const columns = ['id', 'receivedAt', 'sender', 'recipients', 'subject', 'attachments'];

  route(router, {
    method: 'get', path: '/api/dev/mails', tag: 'development', access: 'anyone, outside production',
    summary: 'Mails the embedded SMTP sink received, newest first.',
    query: z.object({ to: searchText(254).optional(), limit: z.coerce.number().int().min(1).max(500).default(50) }),
    response: z.array(mailSummary),
  }, [], async ({ query }) => knex('devMails')
    .modify((q) => { if (query.to) q.whereRaw('recipients \\? ?', [query.to]); })
    .orderBy('receivedAt', 'desc').limit(query.limit).select(columns));

  route(router, {
    method: 'get', path: '/api/dev/mails/:id', tag: 'development', access: 'anyone, outside production',
    summary: 'One mail with its text.', params: mailParams, response: mailSummary.extend({ text: z.string() }),
  }, [], async ({ params }) => {
    const mail = await knex('devMails').where({ id: params.id }).first([...columns, 'text']);
    if (!mail) throw notFound('mail');
    return mail;
  });

  route(router, {
    method: 'get', path: '/api/dev/mails/:id/attachments/:index', tag: 'development', access: 'anyone, outside production',
    summary: "Download one of a mail's attachments (e.g. the declaration's PDF summary).",
    params: mailParams.extend({ index: z.coerce.number().int().min(0).max(1000) }), produces: 'application/octet-stream',
  }, [], async ({ params }, _req, res) => {
    const mail = await knex('devMails').where({ id: params.id }).first('raw');
    const attachment = mail && (await simpleParser(mail.raw)).attachments[params.index];
    if (!attachment) throw notFound('attachment');
    res.type(attachment.contentType)
      .setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(attachment.filename ?? 'attachment')}`)
      .send(attachment.content);
  });

  return router;
}
