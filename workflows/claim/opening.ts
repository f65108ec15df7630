import type { ClaimState } from '../../domain/claim/state';
import { productLineOf } from '../../domain/declaration-types';
import type { ClaimOpening } from './definitions';

const nothing = () => ({ indemnity: 0, expenses: 0 });

/** A claim as it opens: in handling, nothing reserved or paid; its cover is checked before it takes any action. */
export function openingState(declarationId: string, opening: ClaimOpening, workflowId: string): ClaimState {
  return {
    declarationId,
    workflowId,
    organisationId: opening.organisationId,
    claimNumber: opening.claimNumber,
    type: opening.type,
    productLine: productLineOf[opening.type],
    status: 'in_handling',
    handler: opening.handler,
    decision: null,
    coverage: { status: 'unverified', findings: [], eventDate: null, confirmed: null },
    reserveCents: nothing(),
    settledPaidCents: nothing(),
    legacyPromisedCents: nothing(),
    payments: [],
    schedules: [],
    recoveries: [],
    closed: null,
    reopened: null,
    revision: 0,
    recentKeys: [],
  };
}
