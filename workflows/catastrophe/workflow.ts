import { continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { createActivities } from '../../activities';
import { activityOptions } from '../shared';
import type { CatastropheInput, CatastropheTagging } from './definitions';

const { tagCatastropheClaims } = proxyActivities<ReturnType<typeof createActivities>>({ ...activityOptions, startToCloseTimeout: '5 minutes' });

/** Claims asked per activity: a page a retry can redo in well under its timeout (each claim answers in milliseconds). */
const PAGE_SIZE = 50;
/** Pages per run: a storm's 200,000 claims continue as new every 200 pages, so no history grows without bound. */
const PAGES_PER_RUN = 200;

/**
 * Tags every open claim a declared catastrophe event concerns, page by page: each claim's process records the tag
 * (with who declared the event, and when) and may settle it by the fast track. The update id of the event and the
 * claim makes a retried page tag nothing twice; claims opening from now on are tagged at their opening.
 */
export async function catastropheWorkflow(input: CatastropheInput): Promise<CatastropheTagging> {
  let after: string | null = input.continued?.after ?? null;
  let tagged = input.continued?.tagged ?? 0;
  let refused = input.continued?.refused ?? 0;
  for (let pages = 0; ; pages += 1) {
    if (after !== null && (pages >= PAGES_PER_RUN || workflowInfo().continueAsNewSuggested)) {
      return continueAsNew<typeof catastropheWorkflow>({ ...input, continued: { after, tagged, refused } });
    }
    const page = await tagCatastropheClaims({ eventId: input.eventId, after, pageSize: PAGE_SIZE, actor: input.declaredBy, fastTrack: input.fastTrack });
    tagged += page.tagged;
    refused += page.refused;
    if (page.next === null) return { tagged, refused };
    after = page.next;
  }
}
