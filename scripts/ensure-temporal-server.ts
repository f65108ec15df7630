import { ensureTemporalServer, temporalServerModuleDir } from '../runtime/cluster/binaries';

try {
  const { server, sqlTool } = ensureTemporalServer();
  console.log(`Temporal server: ${server}; SQL tool: ${sqlTool}; schema from ${temporalServerModuleDir()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
