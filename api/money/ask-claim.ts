import type { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { Knex } from 'knex';
import type { ClaimState } from '../../domain/claim/state';
import { updateClaim } from '../../workflows/claim/client';
import type { ClaimContext } from '../claims/context';
import { claimTargetOf } from '../claims/target';

/**
 * Asks a claim's process for a money command under the request's Idempotency-Key, which is also the update's id:
 * a retry reaches the first request's update. Its first command takes a claim of the time before over from the ledger.
 */
export function claimAsker(knex: Knex, client: Client, context: ClaimContext) {
  return async <A extends { key: string }>(declarationId: string, update: UpdateDefinition<ClaimState, [A]>, arg: A): Promise<ClaimState> =>
    updateClaim(client, context, await claimTargetOf(knex, declarationId), update, arg, arg.key);
}
