import type { Duration } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/declaration';
import type { ChangeKind, ChangeStatus, HospitalisationRole } from '../../domain/hospitalisation';

export const changeWorkflowId = (changeId: string) => `hospitalisation-change-${changeId}`;

export interface ChangeSnapshot {
  id: string;
  workflowId: string;
  organisationId: string;
  policyId: string;
  kind: ChangeKind;
  role: HospitalisationRole;
  data: Record<string, unknown>;
  effectiveDate: string | null;
  status: ChangeStatus;
  version: number;
  revision: number;
  requestedBy: Actor;
  decision: { decision: 'approve' | 'reject'; reason: string | null; by: Actor; at: string } | null;
  actions: { action: string; by: Actor; at: string; details?: Record<string, unknown> }[];
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export interface ChangeTiming {
  /** A draft untouched this long gets a reminder (a Temporal duration: '14 days', '2s')... */
  draftReminderAfter: Duration;
  /** ...and expires after this long. */
  draftExpiresAfter: Duration;
  /** A change whose first save never happened (its start's answer was lost) ends after this long; default '1 hour'. */
  firstSaveWithin?: Duration;
}

/**
 * Executions started before drafts expired have no timing. `schemaVersion`: the version of the change schemas current
 * when the change started, under which its handlers re-check its data (domain/declaration-schemas/versions.ts);
 * absent in executions started before: version 1.
 */
export type ChangeInput = Pick<ChangeSnapshot, 'id' | 'organisationId' | 'policyId' | 'kind' | 'role' | 'requestedBy'> & { timing: ChangeTiming; schemaVersion?: number };

export interface SaveChange { actor: Actor; data: Record<string, unknown>; effectiveDate: string | null; version: number }

export const saveChangeUpdate = defineUpdate<ChangeSnapshot, [SaveChange]>('saveChange');
export const submitChangeUpdate = defineUpdate<ChangeSnapshot, [{ actor: Actor }]>('submitChange');
export const withdrawChangeUpdate = defineUpdate<ChangeSnapshot, [{ actor: Actor }]>('withdrawChange');
export const approveChangeUpdate = defineUpdate<ChangeSnapshot, [{ actor: Actor }]>('approveChange');
export const rejectChangeUpdate = defineUpdate<ChangeSnapshot, [{ actor: Actor; reason: string }]>('rejectChange');
export const changeQuery = defineQuery<ChangeSnapshot>('change');
