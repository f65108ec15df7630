import net from 'node:net';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import { msToTs } from '@temporalio/common/lib/time';
import type { Config } from '../config';
import { ownerOnlyFolder } from '../data-permissions';
import type { ServiceRun } from '../supervisor';
import { assertPortFree } from '../supervisor-processes';
import type { TemporalEndpoint } from '../temporal-server';
import { ensureTemporalServer, temporalServerModuleDir } from './binaries';
import { launchChild } from '../child-process';
import { setUpTemporalSchema, temporalDatabasesOf } from './schema';
import { type ServerPorts, writeServerConfig } from './server-config';
import { freePorts } from '../free-port';

/** The Temporal server we run ourselves on PostgreSQL: where it answers, and how to start (again) one run of it. */
export interface ClusterServer {
  endpoint: TemporalEndpoint;
  launch: () => Promise<ServiceRun>;
}

/**
 * A free port below 32768: the server records membership ports in a smallint column, and the kernel's
 * ephemeral ports (what port 0 gives) lie above it.
 */
async function freeMembershipPort(taken: Set<number>): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (!taken.has(port) && await portFree(port)) {
      taken.add(port);
      return port;
    }
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The frontend on TEMPORAL_DEV_PORT, where clients find Temporal; the services' internal ports are free ones, kept across restarts. */
async function serverPorts(frontend: number): Promise<ServerPorts> {
  const [frontendHttp, history, matching, worker] = await freePorts(4);
  const taken = new Set<number>();
  const membership = async () => freeMembershipPort(taken);
  return {
    frontend, frontendHttp, history, matching, worker,
    frontendMembership: await membership(), historyMembership: await membership(), matchingMembership: await membership(), workerMembership: await membership(),
  };
}

async function probe(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address, connectTimeout: 1000 });
  try {
    await connection.workflowService.describeNamespace({ namespace });
  } finally {
    await connection.close();
  }
}

/**
 * Prepares the Temporal server on the system's PostgreSQL (`postgresUrl`): binaries, schema (Temporal's SQL
 * tool), config under <dataDir>/cluster. Launching it is the caller's (the Supervisor's).
 */
export async function clusterServer(config: Config, postgresUrl: string, log: (line: string) => void): Promise<ClusterServer> {
  const binaries = ensureTemporalServer(log);
  const dir = path.join(config.dataDir, 'cluster');
  ownerOnlyFolder(dir);
  const databases = temporalDatabasesOf(postgresUrl);
  await setUpTemporalSchema(binaries.sqlTool, temporalServerModuleDir(), databases, log);
  const { devServerPort: frontendPort } = config.temporal;
  const args = writeServerConfig(dir, databases, config.cluster.historyShards, await serverPorts(frontendPort));
  const address = `127.0.0.1:${frontendPort}`;
  const endpoint: TemporalEndpoint = { address, namespace: config.temporal.namespace, tls: false };
  const launch = async () => {
    await assertPortFree(frontendPort, 'Temporal server', 'set TEMPORAL_DEV_PORT to a free port');
    return launchChild({
      name: 'Temporal server', dir, file: 'server', command: binaries.server, args, env: process.env,
      // The system namespace answers once the services have joined the ring and the shards are owned.
      ready: () => probe(address, 'temporal-system'),
      readyWithinMs: 90_000,
      stopGraceMs: 20_000,
    }, log);
  };
  return { endpoint, launch };
}

/** Registers the system's namespace on a new cluster (the dev server does it itself); already there is fine. */
export async function registerNamespace(endpoint: TemporalEndpoint, retention: Duration): Promise<void> {
  const connection = await Connection.connect({ address: endpoint.address });
  try {
    await connection.workflowService.registerNamespace({
      namespace: endpoint.namespace,
      workflowExecutionRetentionPeriod: msToTs(retention),
    });
  } catch (error) {
    const alreadyExists = 6; // gRPC ALREADY_EXISTS
    if ((error as { code?: number }).code !== alreadyExists) throw error;
  } finally {
    await connection.close();
  }
}

