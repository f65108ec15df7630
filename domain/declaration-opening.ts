import { type DeclarationSnapshot, type HandlerContact, systemActor } from './declaration';

/** What the claim's opening tells the declaration: the claim's number and its handler. */
export interface OpenedClaim {
  claimNumber: string;
  handler: HandlerContact;
}

/**
 * The declaration once its claim opened automatically at its submit, at the submit's moment. Both the declaration's
 * process and the write that submits and opens in one go (activities/declaration-submit.ts) compute it, so the row
 * stored is the state the process holds.
 */
export function openedAutomatically(submitted: DeclarationSnapshot, claim: OpenedClaim): DeclarationSnapshot {
  const at = submitted.updatedAt;
  return {
    ...submitted,
    status: 'in_handling',
    claimNumber: claim.claimNumber,
    handler: claim.handler,
    actions: [...submitted.actions, { action: 'opened_automatically', by: systemActor, at, details: { claimNumber: claim.claimNumber, handlerId: claim.handler.id } }],
    revision: submitted.revision + 1,
    updatedAt: at,
  };
}
