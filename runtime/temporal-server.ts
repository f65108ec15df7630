import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import type { Config } from './config';
import { ownerOnlyFolder, withOwnerOnlyFiles } from './data-permissions';
import { ensureTemporalCli } from './temporal-cli';
import type { ServiceRun } from './supervisor';
import { assertPortFree, commandLine, endProcess, isRunning, startTime } from './supervisor-processes';
import { waitFor } from './wait';
import { temporal } from '@temporalio/proto';
import { customSearchAttributes } from '../workflows/search-attributes';

export interface TemporalEndpoint {
  address: string;
  namespace: string;
  tls: boolean;
  apiKey?: string;
}

/** The dev server we run ourselves: where it answers, and how to start (again) one run of it. */
export interface DevServer {
  endpoint: TemporalEndpoint;
  launch: () => Promise<ServiceRun>;
}

export function connectClientConnection(endpoint: TemporalEndpoint): Promise<Connection> {
  return Connection.connect({ address: endpoint.address, tls: endpoint.tls, apiKey: endpoint.apiKey });
}

/** What the pid file records of the dev server we started, to recognise it after our own crash. */
interface DevServerRecord {
  pid: number;
  startTime?: string;
  dbFile: string;
}

/**
 * A dev server an earlier start left running (that start was killed) holds our SQLite file and ports:
 * stop it, but only when the pid file names a process that is still that same server on our file.
 */
async function stopOrphanedDevServer(pidFile: string, dbFile: string, log: (line: string) => void): Promise<void> {
  if (!fs.existsSync(pidFile)) return;
  let record: DevServerRecord | undefined;
  try {
    record = JSON.parse(fs.readFileSync(pidFile, 'utf8')) as DevServerRecord;
  } catch {
    record = undefined;
  }
  const ours = record && isRunning(record.pid) && startTime(record.pid) === record.startTime
    && record.dbFile === dbFile && commandLine(record.pid).includes(dbFile);
  if (ours) {
    log(`Stopping the Temporal dev server an earlier start left running (pid ${record!.pid}).`);
    await endProcess(record!.pid, 'SIGTERM', 10_000);
  }
  fs.rmSync(pidFile, { force: true });
}

/**
 * The dev server with a SQLite file under the data folder, so workflows survive restarts; one run of it
 * per call, recorded in data/temporal/server.pid while it runs.
 */
function devServer(config: Config, log: (line: string) => void): DevServer {
  const cli = ensureTemporalCli(log);
  const dir = path.join(config.dataDir, 'temporal');
  ownerOnlyFolder(dir); // the Temporal store: its payloads are encrypted, the rest (ids, times) is still nobody else's
  const endpoint: TemporalEndpoint = { address: `127.0.0.1:${config.temporal.devServerPort}`, namespace: config.temporal.namespace, tls: false };
  return { endpoint, launch: () => launchDevServer(config, cli, dir, log) };
}

async function launchDevServer(config: Config, cli: string, dir: string, log: (line: string) => void): Promise<ServiceRun> {
  const { devServerPort, devServerUiPort, namespace } = config.temporal;
  const pidFile = path.join(dir, 'server.pid');
  const dbFile = path.join(dir, 'temporal.db');
  await stopOrphanedDevServer(pidFile, dbFile, log);
  await assertPortFree(devServerPort, 'Temporal dev server', 'set TEMPORAL_DEV_PORT to a free port (or TEMPORAL_ADDRESS to a Temporal of your own)');
  await assertPortFree(devServerUiPort, 'Temporal dev server', 'set TEMPORAL_DEV_UI_PORT to a free port');
  const logFile = fs.openSync(path.join(dir, 'server.log'), 'a');
  const args = [
    'server', 'start-dev',
    '--db-filename', dbFile,
    '--namespace', namespace,
    '--ip', '127.0.0.1',
    '--port', String(devServerPort),
    '--ui-port', String(devServerUiPort),
    // The Web UI decodes payloads through the API's codec endpoint: plaintext for a logged-in auditor only.
    '--ui-codec-endpoint', `http://localhost:${config.port}/api/codec`,
    '--log-level', 'warn',
    // Write-ahead log: one fsync per commit instead of several; FULL keeps every commit durable.
    '--sqlite-pragma', 'journal_mode=wal',
    '--sqlite-pragma', 'synchronous=full',
  ];
  // Own process group: Ctrl-C reaches us first, and we stop the server after the worker has drained.
  const child: ChildProcess = withOwnerOnlyFiles(() => spawn(cli, args, { stdio: ['ignore', logFile, logFile], detached: true }));
  fs.closeSync(logFile);
  const record: DevServerRecord = { pid: child.pid!, startTime: startTime(child.pid!), dbFile };
  fs.writeFileSync(pidFile, JSON.stringify(record));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let exited = false;
  const ended = new Promise<string>((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    process.removeListener('exit', killOnExit);
    // A later start must not take a new process with the same pid for ours.
    fs.rmSync(pidFile, { force: true });
    resolve(signal ? `killed by ${signal}` : `exit code ${code}`);
  }));

  const address = `127.0.0.1:${devServerPort}`;
  const stop = async () => {
    if (!exited) await endProcess(child.pid!, 'SIGTERM', 10_000);
    await ended;
  };
  try {
    await waitFor('The Temporal dev server', async () => {
      if (exited) throw new Error(`it exited; see ${path.join(dir, 'server.log')}`);
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
      } finally {
        await connection.close();
      }
    }, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ended, stop };
}

/** Registers the custom search attributes the auditors and lists filter on; already present is fine. */
export async function registerSearchAttributes(endpoint: TemporalEndpoint): Promise<void> {
  const connection = await connectClientConnection(endpoint);
  try {
    const existing = await connection.operatorService.listSearchAttributes({ namespace: endpoint.namespace });
    const missing = customSearchAttributes.filter((key) => !(key.name in (existing.customAttributes ?? {})));
    if (missing.length === 0) return;
    const keyword = temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;
    await connection.operatorService.addSearchAttributes({
      namespace: endpoint.namespace,
      searchAttributes: Object.fromEntries(missing.map((key) => [key.name, keyword])),
    });
  } finally {
    await connection.close();
  }
}

/** The configured cluster (TEMPORAL_ADDRESS), or the dev server under the data folder, not yet launched. */
export function temporalService(config: Config, log: (line: string) => void = console.log): { endpoint: TemporalEndpoint; devServer?: DevServer } {
  if (config.temporal.address) {
    return { endpoint: { address: config.temporal.address, namespace: config.temporal.namespace, tls: config.temporal.tls, apiKey: config.temporal.apiKey } };
  }
  const server = devServer(config, log);
  return { endpoint: server.endpoint, devServer: server };
}
