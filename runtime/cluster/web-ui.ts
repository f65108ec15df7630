import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { launchChild } from '../child-process';
import type { ServiceRun } from '../supervisor';
import { assertPortFree } from '../supervisor-processes';
import { type TemporalEndpoint, webUiCodecEndpoint } from '../temporal-server';
import { ensureTemporalUiServer } from './binaries';

/**
 * The ui-server's configuration, as the CLI's dev server gives its embedded one (temporalcli/devserver):
 * on loopback at TEMPORAL_DEV_UI_PORT, decoding payloads through the API's codec endpoint. Written as JSON,
 * which is YAML too, to <root>/config/web-ui.yaml (loaded with `--env web-ui`). Returns the start arguments.
 */
export function writeWebUiConfig(root: string, config: Config, endpoint: TemporalEndpoint): string[] {
  const configDir = path.join(root, 'config');
  fs.mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const uiConfig = {
    temporalGrpcAddress: endpoint.address,
    host: '127.0.0.1',
    port: config.temporal.devServerUiPort,
    enableUi: true,
    defaultNamespace: config.temporal.namespace,
    // As docker-compose.yml's temporal-ui: the session cookie goes along, so nobody need tick "Include cross-origin credentials".
    codec: { endpoint: webUiCodecEndpoint(config), includeCredentials: true },
    cors: { cookieInsecure: true },
    notifyOnNewVersion: false,
    hideLogs: true,
  };
  fs.writeFileSync(path.join(configDir, 'web-ui.yaml'), `${JSON.stringify(uiConfig, null, 2)}\n`, { mode: 0o600 });
  return ['--root', root, '--config', 'config', '--env', 'web-ui', 'start'];
}

/**
 * The Temporal Web UI of the cluster (the dev server has its own): the ui-server built from source, a
 * supervised process (<dataDir>/cluster/web-ui.log and .pid), its config under <dataDir>/cluster/web-ui.
 * Launching it is the caller's (the Supervisor's).
 */
export function clusterWebUi(config: Config, endpoint: TemporalEndpoint, log: (line: string) => void): () => Promise<ServiceRun> {
  const binary = ensureTemporalUiServer(log);
  const dir = path.join(config.dataDir, 'cluster');
  const args = writeWebUiConfig(path.join(dir, 'web-ui'), config, endpoint);
  const port = config.temporal.devServerUiPort;
  return () => launchChild({
    name: 'Temporal Web UI', dir, file: 'web-ui', command: binary, args, env: process.env,
    beforeStart: () => assertPortFree(port, 'Temporal Web UI', 'set TEMPORAL_DEV_UI_PORT to a free port'),
    ready: async () => {
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
      if (!response.ok) throw new Error(`GET / answered ${response.status}`);
    },
    readyWithinMs: 30_000,
    stopGraceMs: 5_000,
  }, log);
}
