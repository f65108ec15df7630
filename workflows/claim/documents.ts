import { requireStaff } from './checks';
import { addClaimDocumentUpdate, type AddClaimDocument } from './definitions';
import type { ClaimProcess } from './process';

/**
 * The handler's own documents on the claim: the API stores the file, the claim's process records who added which
 * file and when (the audit log's `claim_document_added`). Closed files still take documents (a late invoice, a letter).
 */
export function registerClaimDocuments(p: ClaimProcess) {
  p.register(addClaimDocumentUpdate, p.keyed((_state, { actor }: AddClaimDocument) => requireStaff(actor),
    async ({ actor, documentId, kind, fileName, contentType, sizeBytes }) => p.commit({
      action: 'document_added', by: actor, details: { documentId, kind, fileName, contentType, sizeBytes },
    })));
}
