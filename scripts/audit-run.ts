/**
 * The full audit: every closed workflow, type by type, replayed against the current workflow code.
 * `npm run audit` (TEMPORAL_ADDRESS defaults to 127.0.0.1:7233, TEMPORAL_NAMESPACE to claims; TEMPORAL_TLS
 * and TEMPORAL_API_KEY as for the system). Exit code 1 when any history is non-deterministic, 2 when
 * none is but some could not be replayed at all (the audit is then incomplete), 0 when all replayed the same.
 */
import { Client, Connection, WorkflowExecutionInfo } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { ReplayOutcome, Replayer, summarise } from '../api/audit/replayer';
import { historiesOf, visibilityQuery } from '../api/audit/workflow-search';
import { dataConverterOf } from '../runtime/codec/data-converter';
import { loadConfig } from '../runtime/config';

async function closedWorkflowsByType(client: Client): Promise<Map<string, WorkflowExecutionInfo[]>> {
  const byType = new Map<string, WorkflowExecutionInfo[]>();
  for await (const info of client.workflow.list({ query: visibilityQuery({}, true) })) {
    byType.set(info.type, [...(byType.get(info.type) ?? []), info]);
  }
  return new Map([...byType].sort(([a], [b]) => a.localeCompare(b)));
}

async function main(): Promise<number> {
  Runtime.install({ logger: new DefaultLogger('WARN') }); // the replay worker's state changes would drown the progress
  const address = process.env.TEMPORAL_ADDRESS || '127.0.0.1:7233';
  const namespace = process.env.TEMPORAL_NAMESPACE || 'claims';
  const apiKey = process.env.TEMPORAL_API_KEY || undefined;
  const connection = await Connection.connect({ address, tls: process.env.TEMPORAL_TLS === 'true' || Boolean(apiKey), apiKey });
  const dataConverter = dataConverterOf(loadConfig()); // the system's keys: PAYLOAD_KEYS or the key file under DATA_DIR
  const client = new Client({ connection, namespace, dataConverter });

  const byType = await closedWorkflowsByType(client);
  const total = [...byType.values()].reduce((sum, workflows) => sum + workflows.length, 0);
  console.log(`Replaying ${total} closed workflows of ${namespace} at ${address} against the current code.`);

  const replayer = new Replayer(dataConverter.payloadCodecs ?? []);
  const outcomes: ReplayOutcome[] = [];
  const report = (outcome: ReplayOutcome) => {
    outcomes.push(outcome);
    const verdict = outcome.verdict === 'deterministic' ? 'ok' : `${outcome.verdict.toUpperCase()}: ${outcome.error}`;
    console.log(`[${outcomes.length}/${total}] ${outcome.workflowId} ${verdict}`);
  };
  for (const [type, workflows] of byType) {
    console.log(`\n${type} (${workflows.length})`);
    const histories = historiesOf(client, workflows, (workflowId, error) => report({ workflowId, verdict: 'failed', error }));
    for await (const outcome of replayer.replayMany(histories)) report(outcome);
  }
  await connection.close();

  const summary = summarise(outcomes);
  console.log(`\n${summary.total} replayed: ${summary.deterministic} deterministic, ${summary.nondeterministic.length} non-deterministic, ${summary.failed.length} could not be replayed.`);
  for (const { workflowId, error } of summary.nondeterministic) console.log(`  non-deterministic: ${workflowId}: ${error}`);
  for (const { workflowId, error } of summary.failed) console.log(`  not replayed: ${workflowId}: ${error}`);
  if (summary.nondeterministic.length) return 1;
  return summary.failed.length ? 2 : 0;
}

// The replay worker's native runtime keeps the event loop alive: exit explicitly.
main().then((code) => process.exit(code), (error) => {
  console.error(`The audit could not run: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
