import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Actor } from '../../domain/declaration';
import { refusalTypes } from '../../workflows/refusals';
import type { HttpSession } from './http-session';

/** A logged-in user's call to the API: anything but the expected status is an error. */
export type Call = (method: string, url: string, body?: unknown, expected?: number) => Promise<any>;

/** One run of a workflow to record; without runId, the latest run. */
export interface Run { workflowId: string; runId?: string }

/** A scenario's result: one workflow id, or several runs named by the suffix of their file. */
export type Recorded = string | Record<string, Run>;

/** What every scenario of scripts/record-histories.ts works with: the API as its users, and Temporal directly. */
export interface Recording {
  apiUrl: string;
  client: Client;
  customer: Call;
  handler: Call;
  senior: Call;
  customerSession: HttpSession;
  actors: { customer: Actor; handler: Actor; senior: Actor };
  organisationId: string;
  /** The customer's declarations: `/api/organisations/:org/declarations`. */
  declarations: string;
}

/**
 * Waits for an update sent straight to Temporal (the API refuses such data at the door) to be refused
 * because the database refused its data: the recorded history must hold that refusal, not another one.
 */
export async function refusedAsUnstorable(update: Promise<unknown>): Promise<void> {
  const error = await update.then(() => { throw new Error('the update was accepted; expected a refusal of unstorable data'); }, (failure) => failure);
  const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
  if (!(cause instanceof ApplicationFailure) || cause.type !== refusalTypes.unstorable) throw error;
}
