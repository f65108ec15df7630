import { type Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { Knex } from 'knex';
import { audit } from '../db/audit';
import type { Actor } from '../domain/declaration';
import type { TransferOutcome } from '../domain/sepa/bank-report';
import { paymentIdOf } from '../domain/sepa/credit-transfer';
import type { BankStatementResult } from '../workflows/bank-statement/definitions';
import { bankReportedUpdate, claimWorkflowId } from '../workflows/claim/definitions';
import { required } from './payment-batch';

export interface StoreStatement {
  statementId: string;
  notificationId: string;
  fileName: string;
  uploadedBy: Actor;
  results: BankStatementResult[];
}

/** The bank's answer (camt.054): each reported transfer goes to the claim whose payment it is; the claim decides. */
export function bankStatementActivities(knex: Knex, temporal: Client | undefined) {
  /** One transfer to its claim; the payment carries this statement's outcome only when this statement is what changed it. */
  const reportToClaim = async (client: Client, statementId: string, transfer: TransferOutcome): Promise<BankStatementResult> => {
    const { endToEndId, outcome, reasonCode, reasonText, amountCents } = transfer;
    const paymentId = endToEndId ? paymentIdOf(endToEndId) : null;
    const payment = paymentId
      ? await knex('payments').join('claims', 'claims.declarationId', 'payments.declarationId').where('payments.id', paymentId)
        .first('payments.declarationId', 'claims.claimNumber')
      : undefined;
    if (!paymentId || !payment) return { endToEndId, paymentId: null, claimNumber: null, outcome, result: 'unknown_payment' };
    const found = { endToEndId, paymentId, claimNumber: payment.claimNumber as string, outcome };
    try {
      const claim = await client.workflow.getHandle(claimWorkflowId(payment.declarationId)).executeUpdate(bankReportedUpdate, {
        args: [{ paymentId, outcome, reasonCode, reasonText, statementId, amountCents }], updateId: `bank:${statementId}:${paymentId}`,
      });
      const bank = claim.payments.find((p) => p.id === paymentId)?.bank;
      return { ...found, result: bank?.statementId === statementId && bank.outcome === outcome ? 'applied' : 'unchanged' };
    } catch (error) {
      // The claim refused the report (the payment was never sent, say) or its process has ended: nothing changed.
      if (error instanceof WorkflowUpdateFailedError || error instanceof WorkflowNotFoundError) return { ...found, result: 'unchanged' };
      throw error;
    }
  };

  return {
    /** Tells the claims what the bank did with their payments; each report's update id makes a retry get the first answer. */
    async reportTransfersToClaims({ statementId, transfers }: { statementId: string; transfers: TransferOutcome[] }): Promise<BankStatementResult[]> {
      const client = required(temporal, 'a Temporal client');
      return Promise.all(transfers.map((transfer) => reportToClaim(client, statementId, transfer)));
    },

    /** Stores the statement and what each of its transfers did, once per file however often this runs. */
    async recordBankStatement({ statementId, notificationId, fileName, uploadedBy, results }: StoreStatement): Promise<void> {
      await knex.transaction(async (trx) => {
        const [stored] = await trx('bankStatements').insert({
          id: statementId, notificationId, fileName, uploadedBy: JSON.stringify(uploadedBy), results: JSON.stringify(results),
        }).onConflict('id').ignore().returning('id');
        if (!stored) return;
        const count = (result: BankStatementResult['result']) => results.filter((r) => r.result === result).length;
        await audit(trx, {
          actor: { id: uploadedBy.userId, name: uploadedBy.name }, action: 'bank_statement_imported', subject: { type: 'bank_statement', id: statementId },
          details: { notificationId, fileName, applied: count('applied'), unchanged: count('unchanged'), unknown: count('unknown_payment') },
        });
      });
    },
  };
}
