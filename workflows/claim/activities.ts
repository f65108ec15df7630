import { proxyActivities } from '@temporalio/workflow';
import type { createActivities } from '../../activities';
import { activityOptions } from '../shared';

/** The side effects the claim's process asks for: its ledger, its cover check, its adoption, its letters. */
export const claimActivities = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);
