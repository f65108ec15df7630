import fs from 'node:fs';
import path from 'node:path';
import { goHost, type TemporalDatabases } from './schema';
import { clusterDynamicConfig } from '../engine-settings';

/** The ports of the four services the server process hosts; only the frontend's is the system's (TEMPORAL_DEV_PORT). */
export interface ServerPorts {
  frontend: number;
  frontendHttp: number;
  frontendMembership: number;
  history: number;
  historyMembership: number;
  matching: number;
  matchingMembership: number;
  worker: number;
  workerMembership: number;
}

function sqlStore(databases: TemporalDatabases, databaseName: string, maxConns: number) {
  return {
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${goHost(databases.host)}:${databases.port}`,
      connectProtocol: 'tcp',
      user: databases.user,
      password: databases.password,
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
      // DATABASE_URL's sslmode: without it Temporal's driver connects with sslmode=disable.
      ...(databases.tls && { tls: databases.tls }),
    },
  };
}

const service = (grpcPort: number, membershipPort: number, extra: Record<string, number> = {}) =>
  ({ rpc: { grpcPort, membershipPort, bindOnLocalHost: true, ...extra } });

/**
 * The server's static configuration, after the module's config/development-postgres12.yaml: PostgreSQL for
 * both stores, `historyShards` shards (fixed once the cluster exists), every service on loopback. Written
 * as JSON, which is YAML too, to <dir>/config/cluster.yaml (loaded with `--env cluster`); the dynamic
 * config beside it. Returns the arguments that start the server on it.
 */
export function writeServerConfig(dir: string, databases: TemporalDatabases, historyShards: number, ports: ServerPorts): string[] {
  const configDir = path.join(dir, 'config');
  fs.mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const dynamicConfigFile = path.join(configDir, 'dynamic.yaml');
  const config = {
    log: { stdout: true, level: 'warn' },
    persistence: {
      defaultStore: 'postgres-default',
      visibilityStore: 'postgres-visibility',
      numHistoryShards: historyShards,
      datastores: {
        'postgres-default': sqlStore(databases, databases.main, 20),
        'postgres-visibility': sqlStore(databases, databases.visibility, 4),
      },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services: {
      frontend: service(ports.frontend, ports.frontendMembership, { httpPort: ports.frontendHttp }),
      history: service(ports.history, ports.historyMembership),
      matching: service(ports.matching, ports.matchingMembership),
      worker: service(ports.worker, ports.workerMembership),
    },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: { active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: `127.0.0.1:${ports.frontend}` } },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    dynamicConfigClient: { filepath: dynamicConfigFile, pollInterval: '10s' },
  };
  const dynamicConfig = {
    ...clusterDynamicConfig(),
    // As the dev server has it: the auditors' workflow searches (and the tests') ask visibility more than the default 10/s.
    'frontend.namespaceRPS.visibility': [{ value: 100, constraints: {} }],
  };
  // The config holds the database password: owner-only, like the rest of the data folder.
  fs.writeFileSync(path.join(configDir, 'cluster.yaml'), JSON.stringify(config, null, 2), { mode: 0o600 });
  fs.writeFileSync(dynamicConfigFile, JSON.stringify(dynamicConfig, null, 2), { mode: 0o600 });
  return ['--root', dir, '--config', 'config', '--env', 'cluster', '--allow-no-auth', 'start'];
}
