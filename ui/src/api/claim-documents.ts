import type { ClaimUpload } from '../../../contract/claim-documents';
import { upload } from './client';

export type { ClaimUpload } from '../../../contract/claim-documents';
export { claimDocumentKinds } from '../../../contract/claim-documents';

/** Where a customer's attachment opens for the handler (in the browser, the read recorded). */
export const claimAttachmentUrl = (claimId: string, attachmentId: string) => `/api/backoffice/claims/${claimId}/attachments/${attachmentId}`;

/** Adds the handler's own documents to the claim; answers all of them. */
export function uploadClaimDocuments(claimId: string, form: FormData, onProgress: (share: number) => void): Promise<ClaimUpload[]> {
  return upload<ClaimUpload[]>(`/backoffice/claims/${claimId}/documents`, form, onProgress);
}
