import path from 'node:path';
import type { Config } from '../config';
import type { ServiceRun } from '../supervisor';
import { type ChildSpec, launchChild, logged } from '../child-process';

const root = path.resolve(__dirname, '..', '..');

/** The scaled deployment's processes: scripts/worker.ts and scripts/api.ts, each a node of its own. */
/** scripts/<name>.ts as a node process of its own. */
function nodeScript(name: string, nodeOptions: string[] = []): Pick<ChildSpec, 'command' | 'args'> {
  // node --import tsx, as scripts/start.sh runs the start command: the tsx wrapper would SIGKILL on a slow signal acknowledgement.
  return { command: process.execPath, args: [...nodeOptions, '--import', 'tsx', path.join(root, 'scripts', `${name}.ts`)] };
}

/** V8's flags for a worker: its heap cap, which V8 applies to the workflows' thread too. */
const workerNodeOptions = (config: Config) => (config.cluster.workerHeapMb ? [`--max-old-space-size=${config.cluster.workerHeapMb}`] : []);

/** The metrics port of worker `n` (1, 2 ...): WORKER_METRICS_PORT, the next one, and so on. */
export const workerMetricsPort = (config: Config, n: number) => (config.metrics.workerPort === null ? 'off' : String(config.metrics.workerPort + n - 1));

/** Worker `n`'s SDK metrics (TEMPORAL_SDK_METRICS_ADDRESS): the configured port for the first, the next ones after it. */
export function workerSdkMetricsAddress(config: Config, n: number): string | undefined {
  const address = config.metrics.temporalSdkAddress;
  const match = address?.match(/^(.*):(\d+)$/);
  return match ? `${match[1]}:${Number(match[2]) + n - 1}` : address;
}

/**
 * Worker `n`: it says it polls once its workflows are loaded; a stop drains the tasks it holds. A server
 * started a moment ago may still be taking over its shards and fail the worker's first calls: a start that
 * fails tries again, twice.
 */
export async function launchWorker(config: Config, env: NodeJS.ProcessEnv, n: number, log: (line: string) => void): Promise<ServiceRun> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await launchWorkerOnce(config, env, n, log);
    } catch (error) {
      if (attempt === 3) throw error;
      log(`${(error as Error).message}; trying again.`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

function launchWorkerOnce(config: Config, env: NodeJS.ProcessEnv, n: number, log: (line: string) => void): Promise<ServiceRun> {
  return launchChild({
    name: `Worker ${n}`, dir: path.join(config.dataDir, 'cluster'), file: `worker-${n}`, ...nodeScript('worker', workerNodeOptions(config)),
    env: {
      ...env, WORKER_METRICS_PORT: workerMetricsPort(config, n),
      // One port each: a second worker on the same address would fail to start.
      ...(config.metrics.temporalSdkAddress ? { TEMPORAL_SDK_METRICS_ADDRESS: workerSdkMetricsAddress(config, n) } : {}),
    },
    ready: logged('Worker polling'),
    readyWithinMs: 180_000, // a worker given WORKFLOW_BUNDLE is ready in seconds; one that bundles them itself, minutes on a busy machine
    stopGraceMs: 60_000,
  }, log);
}

export function launchApi(config: Config, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<ServiceRun> {
  return launchChild({
    name: 'API', dir: path.join(config.dataDir, 'cluster'), file: 'api', ...nodeScript('api'),
    env: { ...env, PORT: String(config.port) },
    ready: logged('API listening on'),
    readyWithinMs: 60_000,
    stopGraceMs: 15_000,
  }, log);
}
