import type { Duration } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { AttachmentRef } from '../../domain/attachments';
import type { Actor, DeclarationSnapshot, DecisionKind } from '../../domain/declaration';
import type { DeclarationType } from '../../domain/declaration-types';
import type { ClaimTiming } from '../claim/definitions';

export const declarationWorkflowId = (declarationId: string) => `declaration-${declarationId}`;

export interface DeclarationTiming {
  /** An untouched draft gets a reminder after this long (a Temporal duration: '14 days', '2s'). */
  draftReminderAfter: Duration;
  /** ...and expires after this long; a withdrawn declaration not reopened by then is closed. */
  draftExpiresAfter: Duration;
  /** A workflow whose first save never happened (its creation failed) ends after this long; default '1 hour'. */
  firstSaveWithin?: Duration;
}

/** When a declaration's run hands over to a fresh one (continue-as-new); defaults in the workflow. */
export interface HistoryLimits {
  /** Bytes of event history. */
  historyBytes: number;
  /** Events in the history. */
  historyEvents: number;
}

/** What one save may carry: far above any real declaration, far below what a history can hold. */
export const MAX_DRAFT_DATA_CHARACTERS = 256_000;

/** The flags patched() gave the first run: a continued run must keep the behaviour its declaration started with. */
export interface DeclarationFlags { mandatoryDocumentsChecked: boolean; mailsSent: boolean; deadlinesTracked: boolean }

/** Everything a run hands to the next one when it continues as new. */
export interface ContinuedDeclaration {
  state: DeclarationSnapshot;
  lastTouchedAt: number;
  remindedForTouch: number | null;
  flags: DeclarationFlags;
}

export interface DeclarationInput {
  declarationId: string;
  organisationId: string;
  policyId: string | null;
  type: DeclarationType;
  createdBy: Actor;
  timing: DeclarationTiming;
  limits?: Partial<HistoryLimits>;
  /**
   * The version of the declaration schemas current when the declaration started: its handlers re-check its data
   * under that version only (domain/declaration-schemas/versions.ts). Absent in executions started before: version 1.
   */
  schemaVersion?: number;
  /** The durations of the claim's process this declaration opens; absent in executions started before (defaults). */
  claimTiming?: ClaimTiming;
  /** ...and when its runs continue as new. */
  claimLimits?: Partial<HistoryLimits>;
  /** Set when this run continues a previous one. */
  continued?: ContinuedDeclaration;
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
/** A claim of the time before, taken over by a process of its own: from now on that process decides, and this one ends. */
export const claimHandedOverSignal = defineSignal<[]>('claimHandedOver');
