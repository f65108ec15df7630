import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { createActivities } from '../../activities';
import { activityOptions, localActivityOptions } from '../shared';

/** The side effects the claim's process asks for: its ledger, its cover check, its adoption, its letters. */
export const claimActivities = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);

/** The claim's quick database work, as local activities (workflows/shared.ts): for claims that opened with them. */
export const claimLocalActivities = proxyLocalActivities<ReturnType<typeof createActivities>>(localActivityOptions);

/** Patch id: claims whose histories were recorded before run this work as activities of the engine. */
export const localActivitiesPatch = 'claim-quick-work-as-local-activities';

/** Patch id: the claim's writes (its projection) through activities of the engine again; its reads stay local. */
export const writesAfterRecordingPatch = 'claim-writes-after-recording';

/** Patch id: one marker (and upsert) for both patches above; the claim opens in one workflow task (workflow.ts). */
export const claimGenerationPatch = 'claim-generation-2026-12';
