import fs from 'node:fs';
import path from 'node:path';
import { Resource } from '@opentelemetry/resources';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { Worker } from '@temporalio/worker';
import { payloadDataConverter } from '../../runtime/codec/data-converter';
import { parsePayloadKeys } from '../../runtime/codec/payload-keys';
import { workerObservability } from '../../runtime/observability/worker-observability';
import { workflowCode } from '../../runtime/workflow-bundle';
import { historiesPayloadKeys } from '../histories/payload-test-keys';

/**
 * The determinism gate: histories recorded from real runs (scripts/record-histories.ts) replayed
 * against the current workflow code. A change that would break running workflows fails here; version
 * it with patched() (see README). Histories recorded since encryption are sealed with the histories' test
 * key; older ones are plain and pass through the codec.
 */
const folder = path.join(__dirname, '..', 'histories');
/** Every generation's folder: `<date>/<scenario>.json`. */
const recorded = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json')).sort();

test('histories of every workflow type are committed', () => {
  expect(recorded.filter((file) => path.basename(file).startsWith('declaration-')).length).toBeGreaterThanOrEqual(5);
  expect(recorded.filter((file) => path.basename(file).startsWith('message-')).length).toBeGreaterThanOrEqual(2);
  expect(recorded.filter((file) => path.basename(file).startsWith('hospitalisation-change-')).length).toBeGreaterThanOrEqual(2);
  for (const type of ['claim-deadlines-', 'payment-approval-', 'payment-schedule-']) {
    expect(recorded.filter((file) => path.basename(file).startsWith(type)).length).toBeGreaterThanOrEqual(1);
  }
  // The claim's own process, and the batch and bank statement that talk to it (2026-11-30).
  expect(recorded.filter((file) => /^claim-(?!deadlines-).*-claim\.json$|^claim-refused-/.test(path.basename(file))).length).toBeGreaterThanOrEqual(3);
  expect(recorded.filter((file) => path.basename(file).endsWith('-batch.json')).length).toBeGreaterThanOrEqual(1);
  expect(recorded.filter((file) => path.basename(file).endsWith('-statement.json')).length).toBeGreaterThanOrEqual(1);
});

/** Generations recorded since the payload codec: nothing in them may be readable without the key. */
const sealed = recorded.filter((file) => file.split(path.sep)[0] >= '2026-11-30');
/**
 * Temporal reads these in clear: search attributes (indexed), the SDK's patch markers, the request id and trace context
 * headers, and the bookkeeping of local activity markers (sequence, attempt, activity type, time; the result is sealed):
 * no personal data.
 */
const clearByDesign = /\.(searchAttributes\.indexedFields\.\w+|details\.patch-data\.payloads\.\d+|header\.fields\.(request-id|_tracer-data)|markerRecordedEventAttributes\.details\.data\.payloads\.\d+)$/;

/** Every payload and failure of a history that can be read without the key, by its path in the JSON. */
function readableParts(node: unknown, at = ''): string[] {
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, any>;
  const encoding = record.metadata?.encoding && Buffer.from(record.metadata.encoding, 'base64').toString();
  if (encoding && encoding !== 'binary/encrypted' && !clearByDesign.test(at)) return [`${at}: ${encoding}`];
  const failure = typeof record.message === 'string' && 'source' in record && record.message !== 'Encoded failure' ? [`${at}: ${record.message}`] : [];
  return [...failure, ...Object.entries(record).flatMap(([key, value]) => readableParts(value, `${at}.${key}`))];
}

test('histories recorded since encryption seal every payload and failure message', () => {
  expect(sealed.length).toBeGreaterThanOrEqual(20);
  const readable = sealed.flatMap((file) => readableParts(JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'))).map((part) => `${file}${part}`));
  expect(readable).toEqual([]);
});

test('every recorded history replays deterministically against the current workflow code', async () => {
  const histories = recorded.map((file) => ({ workflowId: file.replace('.json', ''), history: JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) }));
  const outcomes: { workflowId: string; error?: string }[] = [];
  // With the worker's interceptors as tracing runs them (request ids, OpenTelemetry's): they must not change a command.
  const tracing = { spanProcessor: new SimpleSpanProcessor(new InMemorySpanExporter()), resource: Resource.default() };
  const code = await workflowCode(undefined, true);
  const options = { ...code, dataConverter: payloadDataConverter(parsePayloadKeys(historiesPayloadKeys)), sinks: workerObservability(tracing).sinks };
  for await (const result of Worker.runReplayHistories(options, histories)) {
    outcomes.push({ workflowId: result.workflowId, ...(result.error ? { error: String(result.error) } : {}) });
  }
  expect(outcomes).toEqual(histories.map(({ workflowId }) => ({ workflowId })));
}, 120_000);
