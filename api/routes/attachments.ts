import type { Client } from '@temporalio/client';
import { Request, Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { attachmentKinds, MAX_ATTACHMENT_BYTES } from '../../domain/attachments';
import { addAttachmentsUpdate, removeAttachmentUpdate } from '../../workflows/declaration/definitions';
import { actorOf, authOf } from '../auth/context';
import { requireOrganisation } from '../auth/guards';
import { findCustomerDeclaration } from '../declarations/find';
import { declarationDetail as declarationDetailSchema } from '../../contract/declarations';
import { declarationProcess } from '../../workflows/declaration/client';
import { idempotencyKeyOf } from '../idempotency';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { invalid, notFound } from '../errors';
import { acceptFiles, MAX_FILES_PER_UPLOAD, receiveFiles } from '../uploads';
import { route } from '../route';
import { sendAttachment } from '../declarations/files';
import { declarationDetail } from '../declarations/detail';
import { readerLanguage } from '../i18n/reader-language';
import { recordRead } from '../audit/reads';
import { medicalReaderOf, requireMedicalAccess } from '../declarations/medical-access';

const declarationParams = z.object({ orgId: z.uuid(), id: z.uuid() });
const attachmentParams = declarationParams.extend({ attachmentId: z.uuid() });
const uploadFields = z.object({ kind: z.enum(attachmentKinds) });
const attachmentSchema = z.object({ id: z.uuid(), kind: z.enum(attachmentKinds), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() });

/** Attachments of a declaration: stored in PostgreSQL, registered with (and governed by) its workflow. */
export function attachmentRoutes(knex: Knex, client: Client): Router {
  const router = Router();
  const full = [requireOrganisation('full')];
  const base = '/api/organisations/:orgId/declarations/:id/attachments';
  /** Attachments (medical certificates among them) are for those who see the declaration's medical details. */
  const findReadable = async (req: Request, orgId: string, id: string) => {
    const declaration = await findCustomerDeclaration(orgId, id);
    requireMedicalAccess(await medicalReaderOf(knex, req), declaration);
    return declaration;
  };

  route(router, {
    method: 'post', path: base, tag: 'declarations', access: 'customers with full access', status: 201,
    summary: `Attach files (PDF, JPEG, PNG, HEIC; at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB each, ${MAX_FILES_PER_UPLOAD} per upload) while the declaration is a draft.`,
    params: declarationParams, multipart: { fields: uploadFields, files: ['files'] }, response: declarationDetailSchema,
  }, [...full, receiveFiles], async ({ params }, req) => {
    const fields = uploadFields.safeParse(req.body ?? {});
    if (!fields.success) throw invalid(phrase('api.upload.sayKind'), [fieldProblem('kind', 'api.upload.oneOf', { options: attachmentKinds })]);
    const declaration = await findReadable(req, params.orgId, params.id);
    const files = acceptFiles(req.files as Express.Multer.File[] | undefined, fields.data.kind, true);
    const userId = authOf(req).user.id;
    await knex('attachments').insert(files.map(({ ref, content, sha256 }) => ({ ...ref, declarationId: declaration.id, content, sha256, uploadedBy: userId })));
    try {
      const snapshot = await declarationProcess.update(client, declaration, addAttachmentsUpdate, { actor: actorOf(req), attachments: files.map((file) => file.ref) }, idempotencyKeyOf(req));
      return declarationDetail(snapshot, readerLanguage(req));
    } catch (error) {
      await knex('attachments').whereIn('id', files.map((file) => file.ref.id)).delete(); // refused: nothing stays stored
      throw error;
    }
  });

  route(router, {
    method: 'get', path: base, tag: 'declarations', access: 'customers with full access',
    summary: 'The attachments of a declaration.', params: declarationParams, response: z.array(attachmentSchema),
  }, full, async ({ params }, req) => (await findReadable(req, params.orgId, params.id)).attachments);

  route(router, {
    method: 'get', path: `${base}/:attachmentId`, tag: 'declarations', access: 'customers with full access',
    summary: 'Download an attachment.', params: attachmentParams, produces: 'application/octet-stream',
  }, full, async ({ params }, req, res) => {
    const declaration = await findReadable(req, params.orgId, params.id);
    await sendAttachment(knex, declaration, params.attachmentId, res, (details) =>
      recordRead(knex, req, { subject: { type: 'declaration', id: declaration.id }, organisationId: declaration.organisationId, what: 'attachment', details }));
  });

  route(router, {
    method: 'delete', path: `${base}/:attachmentId`, tag: 'declarations', access: 'customers with full access',
    summary: 'Remove an attachment while the declaration is a draft.', params: attachmentParams, response: declarationDetailSchema,
  }, full, async ({ params }, req) => {
    const declaration = await findReadable(req, params.orgId, params.id);
    if (!declaration.attachments.some((file) => file.id === params.attachmentId)) throw notFound('attachment');
    const snapshot = await declarationProcess.update(client, declaration, removeAttachmentUpdate, { actor: actorOf(req), attachmentId: params.attachmentId }, idempotencyKeyOf(req));
    await knex('attachments').where({ id: params.attachmentId }).delete();
    return declarationDetail(snapshot, readerLanguage(req));
  });

  return router;
}
