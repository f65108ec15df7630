import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { engineProbeWorkflow } from '../../../workflows';

/** The bare engine: a workflow that does nothing, started and awaited; its duration in ms. */
export async function runEngineProbe(client: Client): Promise<number> {
  const started = performance.now();
  await client.workflow.execute<typeof engineProbeWorkflow>('engineProbeWorkflow', { taskQueue: 'claims', workflowId: `probe-${randomUUID()}` });
  return performance.now() - started;
}
