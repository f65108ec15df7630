import path from 'node:path';
import { Connection } from '@temporalio/client';
import type { Config } from './config';
import { launchChild } from './child-process';
import { ownerOnlyFolder } from './data-permissions';
import { devServerDynamicConfigArgs } from './engine-settings';
import { ensureTemporalCli } from './temporal-cli';
import type { ServiceRun } from './supervisor';
import { assertPortFree } from './supervisor-processes';
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

/** The Web UI decodes payloads through the API's codec endpoint: plaintext for a logged-in auditor only (the cluster's UI too). */
export const webUiCodecEndpoint = (config: Config) => `http://localhost:${config.port}/api/codec`;

async function launchDevServer(config: Config, cli: string, dir: string, log: (line: string) => void): Promise<ServiceRun> {
  const { devServerPort, devServerUiPort, namespace } = config.temporal;
  const dbFile = path.join(dir, 'temporal.db');
  const args = [
    'server', 'start-dev',
    '--db-filename', dbFile,
    '--namespace', namespace,
    '--ip', '127.0.0.1',
    '--port', String(devServerPort),
    '--ui-port', String(devServerUiPort),
    '--ui-codec-endpoint', webUiCodecEndpoint(config),
    '--log-level', 'warn',
    // Write-ahead log: one fsync per commit instead of several; FULL keeps every commit durable.
    '--sqlite-pragma', 'journal_mode=wal',
    '--sqlite-pragma', 'synchronous=full',
    ...devServerDynamicConfigArgs(),
  ];
  // In data/temporal/server.pid while it runs: a dev server an earlier, killed start left on our SQLite file is stopped first.
  return launchChild({
    name: 'Temporal dev server', dir, file: 'server', command: cli, args, env: process.env,
    beforeStart: async () => {
      await assertPortFree(devServerPort, 'Temporal dev server', 'set TEMPORAL_DEV_PORT to a free port (or TEMPORAL_ADDRESS to a Temporal of your own)');
      await assertPortFree(devServerUiPort, 'Temporal dev server', 'set TEMPORAL_DEV_UI_PORT to a free port');
    },
    ready: async () => {
      const connection = await Connection.connect({ address: `127.0.0.1:${devServerPort}`, connectTimeout: 1000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
      } finally {
        await connection.close();
      }
    },
    readyWithinMs: 60_000,
    stopGraceMs: 10_000,
  }, log);
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
