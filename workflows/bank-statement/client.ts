import type { Client } from '@temporalio/client';
import { resultOfRunOnce } from '../run-once';
import { type BankStatementInput, type BankStatementResult, bankStatementWorkflowId } from './definitions';

/** Imports a statement and answers what each transfer did; the same file imported again joins the same run and its answer. */
export function importBankStatement(client: Client, taskQueue: string, input: BankStatementInput): Promise<BankStatementResult[]> {
  return resultOfRunOnce(client, 'bankStatementWorkflow', { taskQueue, workflowId: bankStatementWorkflowId(input.statementId), args: [input] });
}
