import fs from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';

/**
 * The determinism gate: histories recorded from real runs (scripts/record-histories.ts) replayed
 * against the current workflow code. A change that would break running workflows fails here; version
 * it with patched() (see README).
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
});

test('every recorded history replays deterministically against the current workflow code', async () => {
  const histories = recorded.map((file) => ({ workflowId: file.replace('.json', ''), history: historyFromJSON(JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'))) }));
  const outcomes: { workflowId: string; error?: string }[] = [];
  for await (const result of Worker.runReplayHistories({ workflowsPath: require.resolve('../../workflows') }, histories)) {
    outcomes.push({ workflowId: result.workflowId, ...(result.error ? { error: String(result.error) } : {}) });
  }
  expect(outcomes).toEqual(histories.map(({ workflowId }) => ({ workflowId })));
}, 120_000);
