import { proxyActivities } from '@temporalio/workflow';
import type { createActivities } from '../../activities';
import { activityOptions } from '../shared';
import type { BankStatementInput, BankStatementResult } from './definitions';

const { reportTransfersToClaims, recordBankStatement } = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);

/** Transfers reported per activity: a statement of 10,000 stays far below the history's limits. */
const TRANSFERS_PER_REPORT = 25;

/**
 * A bank statement (camt.054) imported: each transfer it reports goes to the claim whose payment it is, which
 * confirms the payment or takes a returned one back; then the statement is stored with what each transfer did.
 */
export async function bankStatementWorkflow({ statementId, notificationId, fileName, uploadedBy, entries }: BankStatementInput): Promise<BankStatementResult[]> {
  const chunks = Array.from({ length: Math.ceil(entries.length / TRANSFERS_PER_REPORT) }, (_, i) => entries.slice(i * TRANSFERS_PER_REPORT, (i + 1) * TRANSFERS_PER_REPORT));
  const results = (await Promise.all(chunks.map((transfers) => reportTransfersToClaims({ statementId, transfers })))).flat();
  await recordBankStatement({ statementId, notificationId, fileName, uploadedBy, results });
  return results;
}
