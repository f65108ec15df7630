import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { publishSupervision, readSupervision } from '../../runtime/cluster/supervision-file';
import { loadConfig } from '../../runtime/config';
import { type ServiceRun, Supervisor } from '../../runtime/supervisor';

const config = loadConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'supervision-')) });
const file = path.join(config.dataDir, 'cluster', 'supervision.json');

afterAll(() => fs.rmSync(config.dataDir, { recursive: true, force: true }));

/** A service that runs until `crash` ends its run. */
function crashableService() {
  let crash: () => void = () => undefined;
  const launch = async (): Promise<ServiceRun> => {
    const ended = new Promise<void>((resolve) => (crash = resolve));
    return { ended, stop: async () => crash() };
  };
  return { launch, crash: () => crash() };
}

test('the API process reads what the start command supervises, each change as it happens, and nothing once it stopped', async () => {
  const supervisor = new Supervisor(() => undefined, { initialMs: 60_000, maxMs: 60_000, stableMs: 60_000 });
  const remove = publishSupervision(config, supervisor, () => undefined);
  expect(readSupervision(config)).toEqual({});

  const worker = crashableService();
  const stopWorker = await supervisor.supervise('Worker 1', worker.launch);
  expect(readSupervision(config)).toEqual({ 'Worker 1': { state: 'up', restarts: 0, since: expect.any(String) } });
  worker.crash();
  await new Promise((resolve) => setImmediate(resolve));
  expect(readSupervision(config)?.['Worker 1'].state).toBe('restarting');

  await stopWorker();
  await remove();
  expect(fs.existsSync(file)).toBe(false);
  expect(readSupervision(config)).toBeUndefined();
});

test('a file left by a start command that has ended, or by one whose pid another process now has, says nothing', () => {
  const services = { API: { state: 'up', restarts: 0, since: new Date().toISOString() } };
  const ended = spawnSync(process.execPath, ['-e', '']).pid;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ pid: ended, startTime: '1', services }));
  expect(readSupervision(config)).toBeUndefined();
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, startTime: '1', services }));
  expect(readSupervision(config)).toBeUndefined();
});
