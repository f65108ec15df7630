import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { processClient } from '../process-client';
import { OrganisationId } from '../search-attributes';
import { saveUserAgreementUpdate, type SaveUserAgreement, type UserAgreementInput, type UserAgreementSnapshot, userAgreementWorkflowId } from './definitions';

/** A user agreement: its first save starts it; every action is an update answered with the agreement. */
export const userAgreementProcess = processClient({
  workflowType: 'userAgreementWorkflow', subject: 'agreement', startsAs: 'draft', firstUpdate: saveUserAgreementUpdate,
});

export function startUserAgreement(client: Client, taskQueue: string, input: Omit<UserAgreementInput, 'id'>, firstSave: Omit<SaveUserAgreement, 'version'>): Promise<UserAgreementSnapshot> {
  const id = randomUUID();
  return userAgreementProcess.start(client, {
    taskQueue, workflowId: userAgreementWorkflowId(id), args: [{ ...input, id }], firstUpdateArgs: [{ ...firstSave, version: 0 }],
    typedSearchAttributes: [{ key: OrganisationId, value: input.organisationId }],
  });
}
