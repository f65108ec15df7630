import type { Actor } from '../../domain/declaration';
import type { TransferOutcome } from '../../domain/sepa/bank-report';

/** One file, one process: the same statement imported twice reaches the same workflow. */
export const bankStatementWorkflowId = (statementId: string) => `bank-statement-${statementId}`;

export interface BankStatementInput {
  /** The sha-256 of the file, hex. */
  statementId: string;
  /** The bank's id of the message (camt.054 GrpHdr/MsgId), the same when the bank sends it again. */
  notificationId: string;
  fileName: string;
  uploadedBy: Actor;
  entries: TransferOutcome[];
}

/**
 * What one transfer of the statement did: applied to its payment, unchanged (reported before, or the claim
 * refused it), or not one of our payments.
 */
export interface BankStatementResult {
  /** Null when the bank gave none. */
  endToEndId: string | null;
  paymentId: string | null;
  claimNumber: string | null;
  outcome: TransferOutcome['outcome'];
  result: 'applied' | 'unchanged' | 'unknown_payment';
}
