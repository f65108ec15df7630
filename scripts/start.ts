import { loadConfig } from '../runtime/config';
import { startSystem } from '../runtime/system';
import { startClusterSystem } from '../runtime/cluster/cluster-system';

/**
 * The one start command: everything up, URLs printed, a clean stop on Ctrl-C. With --cluster: the Temporal
 * server on PostgreSQL, the workers and the API as processes of their own (runtime/cluster).
 */
async function main() {
  const config = loadConfig();
  const cluster = process.argv.includes('--cluster');
  const system = cluster ? await startClusterSystem(config) : await startSystem(config);
  console.log('');
  console.log('Claims back office is running.');
  console.log(`  API:              ${system.apiUrl}/api  (health: ${system.apiUrl}/api/health)`);
  console.log(`  API docs:         ${system.apiUrl}/api/docs`);
  if (cluster || !config.temporal.address) console.log(`  Temporal Web UI:  ${config.temporal.webUiUrl}/namespaces/${config.temporal.namespace}/workflows`);
  console.log(`  Temporal:         ${system.temporalAddress} (namespace ${config.temporal.namespace})`);
  console.log(`  Data:             ${config.dataDir}`);
  if (cluster) console.log(`  Cluster:          ${config.cluster.workers} workers, ${config.cluster.historyShards} history shards; logs and pids in ${config.dataDir}/cluster`);
  if (!config.production) console.log('  Demo accounts:    an.peeters@bakkerij-peeters.example and others (password: demo), see README.md');
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping...`);
    try {
      await system.stop();
      console.log('Stopped.');
      process.exit(0);
    } catch (error) {
      console.error(`Stopped with an error: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(`Could not start: ${error.message}`);
  process.exit(1);
});
