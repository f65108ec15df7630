import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import type { Config } from './config';
import { ensureTemporalCli } from './temporal-cli';
import { waitFor } from './wait';
import { temporal } from '@temporalio/proto';
import { customSearchAttributes } from '../workflows/search-attributes';

export interface TemporalEndpoint {
  address: string;
  namespace: string;
  tls: boolean;
  apiKey?: string;
  /** Present when we started the dev server ourselves and must stop it. */
  stop?: () => Promise<void>;
}

export function connectClientConnection(endpoint: TemporalEndpoint): Promise<Connection> {
  return Connection.connect({ address: endpoint.address, tls: endpoint.tls, apiKey: endpoint.apiKey });
}

/** Starts `temporal server start-dev` with a SQLite file under the data folder, so workflows survive restarts. */
async function startDevServer(config: Config, log: (line: string) => void): Promise<TemporalEndpoint> {
  const cli = ensureTemporalCli(log);
  const dir = path.join(config.dataDir, 'temporal');
  fs.mkdirSync(dir, { recursive: true });
  const logFile = fs.openSync(path.join(dir, 'server.log'), 'a');
  const { devServerPort, devServerUiPort, namespace } = config.temporal;
  const args = [
    'server', 'start-dev',
    '--db-filename', path.join(dir, 'temporal.db'),
    '--namespace', namespace,
    '--ip', '127.0.0.1',
    '--port', String(devServerPort),
    '--ui-port', String(devServerUiPort),
    '--log-level', 'warn',
    // Write-ahead log: one fsync per commit instead of several; FULL keeps every commit durable.
    '--sqlite-pragma', 'journal_mode=wal',
    '--sqlite-pragma', 'synchronous=full',
  ];
  // Own process group: Ctrl-C reaches us first, and we stop the server after the worker has drained.
  const child: ChildProcess = spawn(cli, args, { stdio: ['ignore', logFile, logFile], detached: true });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let exited = false;
  child.once('exit', () => (exited = true));

  const address = `127.0.0.1:${devServerPort}`;
  await waitFor('The Temporal dev server', async () => {
    if (exited) throw new Error(`it exited; see ${path.join(dir, 'server.log')}`);
    const connection = await Connection.connect({ address, connectTimeout: 1000 });
    try {
      await connection.workflowService.describeNamespace({ namespace });
    } finally {
      await connection.close();
    }
  }, 60_000);

  return {
    address,
    namespace,
    tls: false,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (!exited) child.kill('SIGKILL');
    },
  };
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

export async function startTemporal(config: Config, log: (line: string) => void = console.log): Promise<TemporalEndpoint> {
  const endpoint: TemporalEndpoint = config.temporal.address
    ? { address: config.temporal.address, namespace: config.temporal.namespace, tls: config.temporal.tls, apiKey: config.temporal.apiKey }
    : await startDevServer(config, log);
  await registerSearchAttributes(endpoint);
  return endpoint;
}
