import { withTestClient } from './temporal';

/**
 * What a set of processes is doing, for the message of a test that waited on them in vain: each one's status, history
 * length, pending activities (attempt, last failure) and children. A slow machine and a stuck process then read apart.
 */
export async function diagnoseProcesses(workflowIds: string[]): Promise<string> {
  return withTestClient(async (client) => {
    const lines = await Promise.all(workflowIds.map(async (workflowId) => {
      try {
        const { raw, status, historyLength } = await client.workflow.getHandle(workflowId).describe();
        const activities = (raw.pendingActivities ?? []).map((activity) =>
          `${activity.activityType?.name} attempt ${activity.attempt}${activity.lastFailure?.message ? ` (${activity.lastFailure.message})` : ''}`);
        const children = (raw.pendingChildren ?? []).map((child) => child.workflowId);
        return `${workflowId}: ${status.name}, ${historyLength} events; pending activities: ${activities.join(', ') || 'none'}; pending children: ${children.join(', ') || 'none'}`;
      } catch (error) {
        return `${workflowId}: ${(error as Error).message}`;
      }
    }));
    return lines.join('\n');
  });
}
