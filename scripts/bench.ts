/**
 * `npm run bench`: issue 13's latency and throughput measures, each printed as `| <measure> | <value> |`, against a
 * freshly started system and, in the same run on the same server, the bare engine (a workflow that does nothing).
 * BENCH_MODES (dev; dev,cluster) says which start modes; BENCH_IDLE_DECLARATIONS (30), BENCH_SUSTAINED_RATE (10),
 * BENCH_SUSTAINED_SECONDS (60), BENCH_DECLARATIONS (200) and BENCH_CONCURRENCY (20) set the load (scripts/support/bench).
 */
import { measureSystem, type StartMode } from './support/bench/measures';
import { spawnSystem, stopSystem, type SystemProcess } from './support/system-process';

const modes = (process.env.BENCH_MODES || 'dev').split(',').map((mode) => mode.trim());

const metricsUrl = (port: number) => `http://127.0.0.1:${port}/metrics`;

/** How each start mode runs, and where its workers report their memory. */
const startModes: Record<string, StartMode & { start: () => Promise<SystemProcess> }> = {
  dev: {
    start: () => spawnSystem({ NODE_ENV: 'bench' }),
    workerNote: 'dev mode: the worker runs in the same process as the API, so this is API and worker together',
    workerMetricsUrls: (system) => [metricsUrl(Number(system.env.WORKER_METRICS_PORT))],
  },
  cluster: {
    start: () => spawnSystem({ NODE_ENV: 'bench' }, { cluster: true }),
    workerNote: 'cluster mode: the highest of the worker processes, each on its own',
    // Worker n reports on WORKER_METRICS_PORT + n - 1 (runtime/cluster/node-processes.ts).
    workerMetricsUrls: (system) => Array.from({ length: Number(system.env.CLUSTER_WORKERS || 2) }, (_, n) => metricsUrl(Number(system.env.WORKER_METRICS_PORT) + n)),
  },
};

async function main() {
  const tables: string[] = [];
  for (const mode of modes) {
    const startMode = startModes[mode];
    if (!startMode) throw new Error(`Unknown BENCH_MODES entry ${mode}; known: ${Object.keys(startModes).join(', ')}`);
    console.log(`Starting a fresh system (${mode})...`);
    const system = await startMode.start();
    try {
      const rows = await measureSystem(system, startMode);
      tables.push([`${mode}:`, '', '| measure | value |', '| --- | --- |', ...rows.map(([measure, value]) => `| ${measure} | ${value} |`)].join('\n'));
    } finally {
      await stopSystem(system);
    }
  }
  console.log(`\n${tables.join('\n\n')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
