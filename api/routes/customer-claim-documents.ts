import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { customerDocumentFields, waitingItem } from '../../contract/customer-claim';
import { attachmentKinds, MAX_ATTACHMENTS_PER_DECLARATION } from '../../domain/attachments';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import type { Config } from '../../runtime/config';
import { updateClaim } from '../../workflows/claim/client';
import { addCustomerDocumentsUpdate } from '../../workflows/claim/definitions';
import { actorOf, authOf } from '../auth/context';
import { requireOrganisation } from '../auth/guards';
import { claimContextOf } from '../claims/context';
import { openReservationItems, waitingFor } from '../claims/customer-view';
import { claimTargetOf } from '../claims/target';
import { findCustomerClaim } from '../declarations/find';
import { medicalReaderOf, requireMedicalAccess } from '../declarations/medical-access';
import { conflict, invalid } from '../errors';
import { readerLanguage } from '../i18n/reader-language';
import { idForKey, requiredIdempotencyKey } from '../idempotency';
import { route } from '../route';
import { acceptFiles, MAX_FILES_PER_UPLOAD, receiveFiles } from '../uploads';

const claimParams = z.object({ orgId: z.uuid(), id: z.uuid() });
const added = z.object({
  added: z.array(z.object({ id: z.string(), kind: z.enum(attachmentKinds), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() })),
  waitingFor: z.array(waitingItem),
});

/** Why the fields were refused: the kind is missing or unknown, or the answered item is too long. */
function fieldsRefusal(error: z.ZodError) {
  if (error.issues.some((issue) => issue.path[0] === 'answers')) {
    return invalid(phrase('api.upload.textTooLong'), [fieldProblem('answers', 'api.upload.atMostCharacters', { count: 500 })]);
  }
  return invalid(phrase('api.upload.sayKind'), [fieldProblem('kind', 'api.upload.oneOf', { options: attachmentKinds })]);
}

/**
 * The customer adds what the insurer waits for to a claim in handling: the files are stored here, the claim's
 * process records who added them and when, lists them in the declaration and tells the handler. Customers with
 * limited access may too: My claims is theirs, and the seed lets them write to the handler with attachments.
 */
export function customerClaimDocumentRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const context = claimContextOf(config);

  route(router, {
    method: 'post', path: '/api/organisations/:orgId/claims/:id/documents', tag: 'claims', status: 201,
    access: "customers of the organisation (full or limited) who see the claim's medical details",
    summary: `Add documents the insurer waits for to an opened claim (PDF, JPEG, PNG, HEIC; ${MAX_FILES_PER_UPLOAD} per upload), optionally naming the reservation's missing item they answer; with an Idempotency-Key a retry adds them once.`,
    params: claimParams, multipart: { fields: customerDocumentFields, files: ['files'] }, response: added,
  }, [requireOrganisation('limited'), receiveFiles], async ({ params }, req) => {
    const fields = customerDocumentFields.safeParse(req.body ?? {});
    if (!fields.success) throw fieldsRefusal(fields.error);
    const { kind, answers } = fields.data;
    const claim = await findCustomerClaim(params.orgId, params.id);
    requireMedicalAccess(await medicalReaderOf(knex, req), claim);
    if (!(await knex('claims').where({ declarationId: claim.id }).first('id'))) throw conflict('not_allowed_in_status', phrase('customerClaim.refusal.notOpenYet'));
    // Any item of the standing reservation: one answered already may be answered again (a better scan, a retried request).
    const asked = claim.status === 'under_reservation' ? claim.decision?.missing ?? [] : [];
    if (answers !== undefined && !asked.includes(answers)) {
      throw invalid(phrase('customerClaim.refusal.notAsked'), [fieldProblem('answers', 'api.upload.oneOf', { options: openReservationItems(claim) })]);
    }
    const files = acceptFiles(req.files as Express.Multer.File[] | undefined, kind, true);
    if (claim.attachments.length + files.length > MAX_ATTACHMENTS_PER_DECLARATION) {
      throw invalid(phrase('declaration.refusal.tooManyAttachments'), [fieldProblem('files', 'declaration.problem.attachmentCount', { count: MAX_ATTACHMENTS_PER_DECLARATION })]);
    }

    // The files are named by the request's key: a retry stores and registers the same files, once.
    const key = req.get('Idempotency-Key') ? requiredIdempotencyKey(req, claim.id) : `${authOf(req).user.id}:${claim.id}:${randomUUID()}`;
    const refs = files.map((file, index) => ({ ...file.ref, id: idForKey(key, `customer-document:${index}`) }));
    const uploadedBy = authOf(req).user.id;
    await knex('attachments')
      .insert(files.map((file, index) => ({ ...refs[index], declarationId: claim.id, content: file.content, sha256: file.sha256, uploadedBy })))
      .onConflict('id').ignore();
    try {
      await updateClaim(client, context, await claimTargetOf(knex, claim.id), addCustomerDocumentsUpdate, { key, actor: actorOf(req), attachments: refs, answers: answers ?? null }, key);
    } catch (error) {
      // Refused: what this request stored goes; files an earlier request with the same key registered stay.
      const registered = new Set((await findCustomerClaim(params.orgId, params.id)).attachments.map((file) => file.id));
      await knex('attachments').whereIn('id', refs.map((ref) => ref.id).filter((id) => !registered.has(id))).delete();
      throw error;
    }
    const after = await findCustomerClaim(params.orgId, params.id);
    const claimRow = await knex('claims').where({ declarationId: claim.id }).first('openedAt', 'closedAt');
    return { added: refs, waitingFor: waitingFor(after, claimRow, readerLanguage(req)) };
  });

  return router;
}
