import type { Duration } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { AttachmentRef } from '../../domain/attachments';
import type { Actor, DeclarationSnapshot, DecisionKind } from '../../domain/declaration';
import type { DeclarationType } from '../../domain/declaration-types';

export const declarationWorkflowId = (declarationId: string) => `declaration-${declarationId}`;

export interface DeclarationTiming {
  /** An untouched draft gets a reminder after this long (a Temporal duration: '14 days', '2s'). */
  draftReminderAfter: Duration;
  /** ...and expires after this long; a withdrawn declaration not reopened by then is closed. */
  draftExpiresAfter: Duration;
}

export interface DeclarationInput {
  declarationId: string;
  organisationId: string;
  policyId: string | null;
  type: DeclarationType;
  createdBy: Actor;
  timing: DeclarationTiming;
}

export interface SaveDraft { actor: Actor; data: Record<string, unknown>; step: number; version: number }
export interface AddAttachments { actor: Actor; attachments: AttachmentRef[] }
export interface RemoveAttachment { actor: Actor; attachmentId: string }
export interface Submit { actor: Actor; version?: number }
export interface Withdraw { actor: Actor; reason?: string }
export interface Reopen { actor: Actor }
export interface StartHandling { actor: Actor }
export interface Decide { actor: Actor; decision: DecisionKind; reason?: string; missing?: string[] }

export const saveDraftUpdate = defineUpdate<DeclarationSnapshot, [SaveDraft]>('saveDraft');
export const addAttachmentsUpdate = defineUpdate<DeclarationSnapshot, [AddAttachments]>('addAttachments');
export const removeAttachmentUpdate = defineUpdate<DeclarationSnapshot, [RemoveAttachment]>('removeAttachment');
export const submitUpdate = defineUpdate<DeclarationSnapshot, [Submit]>('submit');
export const withdrawUpdate = defineUpdate<DeclarationSnapshot, [Withdraw]>('withdraw');
export const reopenUpdate = defineUpdate<DeclarationSnapshot, [Reopen]>('reopen');
export const startHandlingUpdate = defineUpdate<DeclarationSnapshot, [StartHandling]>('startHandling');
export const decideUpdate = defineUpdate<DeclarationSnapshot, [Decide]>('decide');
export interface Reassign { actor: Actor; handler: import('../../domain/declaration').HandlerContact }
export const reassignUpdate = defineUpdate<DeclarationSnapshot, [Reassign]>('reassign');
export const declarationQuery = defineQuery<DeclarationSnapshot>('declaration');
