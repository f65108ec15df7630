import { createHash } from 'node:crypto';
import { type Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Knex } from 'knex';
import { audit } from '../db/audit';
import type { Actor } from '../domain/declaration';
import { claimWorkflowId } from '../workflows/claim/definitions';
import { payBenefitUpdate, type PayBenefit } from '../workflows/claim/benefits';
import type { BenefitsState } from '../workflows/workplace-benefits/definitions';
import { claimRefusedFailureType } from '../workflows/workplace-benefits/failure-types';
import { required } from './payment-batch';

/** The namespace of the benefit payments' ids (a fixed, random UUID). */
const benefitPaymentNamespace = Buffer.from('4c0b9a7e2d5f4e31a8c6b1f09e3d7a52', 'hex');

/** A name-based UUID (RFC 9562 version 5) of a benefit's key: the same item paid is always the same payment. */
export function benefitPaymentId(key: string): string {
  const hash = createHash('sha1').update(benefitPaymentNamespace).update(key, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What the benefits file commits: its state after the change, and the change for the audit log (and the handler, told once). */
export interface BenefitsProjection {
  state: BenefitsState;
  at: string;
  action: string;
  by: Actor;
  details?: Record<string, unknown>;
  notification?: { kind: string; params: Record<string, unknown>; dedupeKey: string };
}

/** The benefits files of workplace accidents: their read model, and their payments through the claim's money. */
export function workplaceBenefitActivities(knex: Knex, temporal: Client | undefined) {
  return {
    /**
     * Writes the file's state to its read model, with the change in the audit log (benefits_<action>) and the
     * handler's notification, in one transaction. Idempotent and order-safe: an older revision never overwrites a newer.
     */
    async projectWorkplaceBenefits({ state, at, action, by, details, notification }: BenefitsProjection): Promise<void> {
      await knex.transaction(async (trx) => {
        await trx('workplaceBenefits').insert({
          declarationId: state.declarationId, organisationId: state.organisationId, workflowId: state.workflowId, state: JSON.stringify(state),
          revision: state.revision, updatedAt: at,
        }).onConflict('declarationId').merge(['state', 'revision', 'updatedAt', 'workflowId']).where('workplace_benefits.revision', '<', state.revision);
        await audit(trx, {
          actor: { id: by.userId, name: by.name }, action: `benefits_${action}`, subject: { type: 'claim', id: state.declarationId },
          organisationId: state.organisationId, details: { claimNumber: state.claimNumber, revision: state.revision, ...(details ?? {}) },
          eventKey: `${state.workflowId}:${state.revision}`,
        });
        if (notification && state.handlerId) {
          await trx('notifications').insert({
            userId: state.handlerId, declarationId: state.declarationId, kind: notification.kind, params: JSON.stringify(notification.params),
            dedupeKey: notification.dedupeKey,
          }).onConflict('dedupeKey').ignore();
        }
      });
    },

    /**
     * Asks the claim to pay a benefit (its payBenefit update, the key as the update id): asked again, the claim
     * answers the first time's result and pays nothing twice. A claim that refuses (closed, no longer accepted)
     * is a refusal the file passes on, not something to retry.
     */
    async payWorkplaceBenefit(order: Omit<PayBenefit, 'paymentId'> & { declarationId: string }): Promise<{ paymentId: string }> {
      const client = required(temporal, 'a Temporal client');
      const { declarationId, ...benefit } = order;
      const paymentId = benefitPaymentId(order.key);
      try {
        await client.workflow.getHandle(claimWorkflowId(declarationId)).executeUpdate(payBenefitUpdate, {
          args: [{ ...benefit, paymentId }], updateId: order.key.slice(0, 255),
        });
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError || error instanceof WorkflowNotFoundError) {
          const cause = error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure ? error.cause : undefined;
          throw ApplicationFailure.create({
            type: claimRefusedFailureType, nonRetryable: true, message: `Claim ${declarationId} refused the benefit: ${error.message}`,
            details: cause?.details?.length ? [cause.details[0]] : [], cause: error,
          });
        }
        throw error;
      }
      return { paymentId };
    },
  };
}
