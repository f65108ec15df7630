import { z } from 'zod';
import { actor, moment } from './common';

/** What a handler's own document on a claim is (the customer's attachments have their own kinds). */
export const claimDocumentKinds = ['expert_report', 'invoice', 'quote', 'correspondence', 'photo', 'other'] as const;
export type ClaimDocumentKind = (typeof claimDocumentKinds)[number];

/** A document the handler added to the claim, with who added it and when; `url` opens it in the browser. */
export const claimUpload = z.object({
  id: z.string(),
  kind: z.enum(claimDocumentKinds),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: actor,
  uploadedAt: moment,
  url: z.string(),
});
export type ClaimUpload = z.infer<typeof claimUpload>;
export const claimUploads = z.array(claimUpload);

/** The upload's form fields (multipart, with the files in `files`). */
export const claimUploadFields = z.object({ kind: z.enum(claimDocumentKinds).default('other') });
