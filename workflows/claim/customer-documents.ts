import type { ClaimState } from '../../domain/claim/state';
import { phrase } from '../../i18n/phrase';
import { forbidden } from '../refusals';
import { requireOpen } from './checks';
import { addCustomerDocumentsUpdate, type AddCustomerDocuments } from './definitions';
import type { ClaimProcess } from './process';

/** Only the customer adds to what they declared, and only while the claim is open: a closed file is reopened first. */
function checkCustomerDocuments(state: ClaimState, { actor }: AddCustomerDocuments) {
  if (actor.role !== 'customer') throw forbidden(phrase('declaration.refusal.customerOnly'));
  requireOpen(state);
}

/**
 * The documents the insurer waits for, added by the customer after the declaration was sent (the medical certificate
 * a reservation asked for, the photos still missing). The API stores the files; the claim records who added which and
 * when, the declaration lists them with the customer's other attachments, and the handler is told.
 */
export function registerCustomerDocuments(p: ClaimProcess) {
  p.register(addCustomerDocumentsUpdate, p.keyed(checkCustomerDocuments, async ({ key, actor, attachments, answers }) => {
    const { state } = p;
    const details = { files: attachments.map((file) => file.fileName), kind: attachments[0]?.kind ?? null, answers };
    return p.commit({
      action: 'documents_added', by: actor, details, attachments,
      declaration: { action: 'documents_added', details },
      notifications: state.handler
        ? [{ to: { userId: state.handler.id }, kind: 'customer_documents_added', params: { claimNumber: state.claimNumber, ...details }, dedupeKey: `customer-documents:${key}` }]
        : [],
    });
  }));
}
