import type { Response } from 'express';
import type { Knex } from 'knex';
import { declarationSummaryPdf } from '../../activities/documents/declaration-summary';
import { declarationContext } from '../../db/declaration-context';
import type { Declaration } from '../../db/models/declaration';
import { contactLanguage, Language } from '../../i18n/server-labels';
import { notFound } from '../errors';

/** Runs once the content is ready and before it leaves: the read is recorded, or nothing is sent. */
export type BeforeSend = (details: Record<string, unknown>) => Promise<void>;

/** Sends one of the declaration's attachments, if it is one. */
export async function sendAttachment(knex: Knex, declaration: Declaration, attachmentId: string, res: Response, beforeSend: BeforeSend): Promise<void> {
  if (!declaration.attachments.some((file) => file.id === attachmentId)) throw notFound('attachment');
  const file = await knex('attachments').where({ id: attachmentId, declarationId: declaration.id }).first();
  if (!file) throw notFound('attachment');
  await beforeSend({ attachmentId, kind: file.kind, fileName: file.fileName });
  res.type(file.contentType)
    .setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.content);
}

/** Sends the declaration's PDF summary, in the language asked for or the contact's. */
export async function sendSummaryPdf(knex: Knex, declaration: Declaration, language: Language | undefined, res: Response, beforeSend: BeforeSend): Promise<void> {
  const pdf = await declarationSummaryPdf({
    declaration, ...(await declarationContext(knex, declaration)), language: language ?? contactLanguage(declaration.data),
  });
  await beforeSend({});
  res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="declaration-${declaration.id.slice(0, 8)}.pdf"`).send(pdf);
}
