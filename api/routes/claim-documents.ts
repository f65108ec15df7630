import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { Router, type Response } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { claimDocumentKinds, claimUpload, claimUploadFields, type ClaimDocumentKind } from '../../contract/claim-documents';
import type { AttachmentRef } from '../../domain/attachments';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import type { Config } from '../../runtime/config';
import { updateClaim } from '../../workflows/claim/client';
import { addClaimDocumentUpdate } from '../../workflows/claim/definitions';
import { actorOf, authOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { recordRead } from '../audit/reads';
import { claimContextOf } from '../claims/context';
import { claimTargetOf } from '../claims/target';
import { claimUploadsOf } from '../claims/uploads';
import { invalid, notFound } from '../errors';
import { idForKey, requiredIdempotencyKey } from '../idempotency';
import { route } from '../route';
import { acceptFiles, MAX_FILES_PER_UPLOAD, receiveFiles } from '../uploads';

const claimParams = z.object({ id: z.uuid() });
const tag = 'back office';
const access = 'handlers and senior handlers';

/** A file shown in the browser's own viewer (PDF, image), not downloaded: the handler reads it next to the file. */
function sendInline(res: Response, file: { contentType: string; fileName: string; content: Buffer }) {
  res.type(file.contentType)
    .setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.content);
}

/**
 * The claim's documents for the handler: the customer's attachments and the handler's own uploads, opened in the
 * browser (each read in the audit log), and the upload itself: stored like the attachments, registered with the
 * claim's process (who added which file, when); refused there, nothing stays stored.
 */
export function claimDocumentRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const handlers = [requireRole('handler', 'senior_handler')];
  const context = claimContextOf(config);
  const base = '/api/backoffice/claims/:id';
  const declarationOf = async (id: string) => {
    const declaration = await knex('declarations').where({ id }).whereNot({ status: 'draft' }).first('id', 'organisationId', 'attachments');
    if (!declaration) throw notFound('claim');
    return declaration as { id: string; organisationId: string; attachments: { id: string }[] };
  };

  route(router, {
    method: 'post', path: `${base}/documents`, tag, access, status: 201,
    summary: `Add the handler's own documents to the claim (PDF, JPEG, PNG, HEIC; ${MAX_FILES_PER_UPLOAD} per upload), with their kind (${claimDocumentKinds.join(', ')}); with an Idempotency-Key a retry stores them once. Answers the claim's documents.`,
    params: claimParams, multipart: { fields: claimUploadFields, files: ['files'] }, response: z.array(claimUpload),
  }, [...handlers, receiveFiles], async ({ params }, req) => {
    const fields = claimUploadFields.safeParse(req.body ?? {});
    if (!fields.success) throw invalid(phrase('api.upload.sayKind'), [fieldProblem('kind', 'api.upload.oneOf', { options: claimDocumentKinds })]);
    const target = await claimTargetOf(knex, params.id);
    const kind: ClaimDocumentKind = fields.data.kind;
    // The byte checks of the customer's attachments; the kind is the claim document's own.
    const files = acceptFiles(req.files as Express.Multer.File[] | undefined, kind as unknown as AttachmentRef['kind'], true);
    const key = req.get('Idempotency-Key') ? requiredIdempotencyKey(req, params.id) : `${authOf(req).user.id}:${params.id}:${randomUUID()}`;
    const actor = actorOf(req);
    const stored = files.map((file, index) => ({ ...file, id: idForKey(`${key}:${index}`, 'claim-document') }));
    const inserted = await knex('claimUploads').insert(stored.map((file) => ({
      id: file.id, declarationId: params.id, kind, fileName: file.ref.fileName, contentType: file.ref.contentType, sizeBytes: file.ref.sizeBytes,
      sha256: file.sha256, content: file.content, uploadedBy: JSON.stringify(actor),
    }))).onConflict('id').ignore().returning('id');
    try {
      for (const [index, file] of stored.entries()) {
        await updateClaim(client, context, target, addClaimDocumentUpdate, {
          key: `${key}:${index}`, actor, documentId: file.id, kind, fileName: file.ref.fileName, contentType: file.ref.contentType, sizeBytes: file.ref.sizeBytes,
        }, `${key}:${index}`);
      }
    } catch (error) {
      // Refused by the claim's process: what this request stored goes again.
      await knex('claimUploads').whereIn('id', inserted.map((row: { id: string }) => row.id)).delete();
      throw error;
    }
    return claimUploadsOf(knex, params.id);
  });

  route(router, {
    method: 'get', path: `${base}/documents/:documentId`, tag, access, produces: 'application/octet-stream',
    summary: "Open one of the handler's documents of the claim in the browser.", params: claimParams.extend({ documentId: z.uuid() }),
  }, handlers, async ({ params }, req, res) => {
    const declaration = await declarationOf(params.id);
    const file = await knex('claimUploads').where({ id: params.documentId, declarationId: declaration.id }).first();
    if (!file) throw notFound('attachment');
    await recordRead(knex, req, { subject: { type: 'declaration', id: declaration.id }, organisationId: declaration.organisationId, what: 'claim_document', details: { documentId: file.id, kind: file.kind, fileName: file.fileName } });
    sendInline(res, file);
  });

  route(router, {
    method: 'get', path: `${base}/attachments/:attachmentId`, tag, access, produces: 'application/octet-stream',
    summary: "Open one of the customer's attachments of the claim in the browser.", params: claimParams.extend({ attachmentId: z.uuid() }),
  }, handlers, async ({ params }, req, res) => {
    const declaration = await declarationOf(params.id);
    if (!declaration.attachments.some((attachment) => attachment.id === params.attachmentId)) throw notFound('attachment');
    const file = await knex('attachments').where({ id: params.attachmentId, declarationId: declaration.id }).first();
    if (!file) throw notFound('attachment');
    await recordRead(knex, req, { subject: { type: 'declaration', id: declaration.id }, organisationId: declaration.organisationId, what: 'attachment', details: { attachmentId: file.id, kind: file.kind, fileName: file.fileName } });
    sendInline(res, file);
  });

  return router;
}
