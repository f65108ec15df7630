import type { Duration } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/declaration';
import type { AgreementEmployee, UserAgreementStatus } from '../../domain/user-agreement';

export const userAgreementWorkflowId = (agreementId: string) => `user-agreement-${agreementId}`;

/** The administrator's recorded confirmation: who signed, when, and the very text they confirmed. */
export interface AgreementSignature { by: Actor; at: string; text: string }

export interface UserAgreementSnapshot {
  id: string;
  workflowId: string;
  organisationId: string;
  employees: AgreementEmployee[];
  status: UserAgreementStatus;
  version: number;
  revision: number;
  requestedBy: Actor;
  signature: AgreementSignature | null;
  decision: { decision: 'register' | 'send_back'; reason: string | null; by: Actor; at: string } | null;
  actions: { action: string; by: Actor; at: string; details?: Record<string, unknown> }[];
  createdAt: string;
  updatedAt: string;
  /** Received by the insurer (the last submission). */
  submittedAt: string | null;
  /** When it applies at the latest: the receipt plus the registration days (seed 000). */
  registrationDueAt: string | null;
  escalatedAt: string | null;
  /** When it applied. */
  registeredAt: string | null;
}

export interface UserAgreementTiming {
  /** Received and not registered this long, it escalates to the senior staff (USER_AGREEMENT_ESCALATE_AFTER). */
  escalateAfter: Duration;
  /** A draft or an agreement sent back, untouched this long, expires (USER_AGREEMENT_DRAFT_EXPIRES_AFTER). */
  draftExpiresAfter: Duration;
  /** An agreement whose first save never happened ends after this long; default '1 hour'. */
  firstSaveWithin?: Duration;
}

export type UserAgreementInput = Pick<UserAgreementSnapshot, 'id' | 'organisationId' | 'requestedBy'> & { timing: UserAgreementTiming };

export interface SaveUserAgreement { actor: Actor; employees: AgreementEmployee[]; version: number }
/** The administrator's signature goes with the submission: the text as the portal showed it to them. */
export interface SubmitUserAgreement { actor: Actor; confirmedText: string }

export const saveUserAgreementUpdate = defineUpdate<UserAgreementSnapshot, [SaveUserAgreement]>('saveUserAgreement');
export const submitUserAgreementUpdate = defineUpdate<UserAgreementSnapshot, [SubmitUserAgreement]>('submitUserAgreement');
export const withdrawUserAgreementUpdate = defineUpdate<UserAgreementSnapshot, [{ actor: Actor }]>('withdrawUserAgreement');
export const registerUserAgreementUpdate = defineUpdate<UserAgreementSnapshot, [{ actor: Actor }]>('registerUserAgreement');
export const sendBackUserAgreementUpdate = defineUpdate<UserAgreementSnapshot, [{ actor: Actor; reason: string }]>('sendBackUserAgreement');
export const userAgreementQuery = defineQuery<UserAgreementSnapshot>('userAgreement');
