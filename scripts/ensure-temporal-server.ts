import { ensureTemporalServer, ensureTemporalUiServer, temporalServerModuleDir } from '../runtime/cluster/binaries';

try {
  const { server, sqlTool } = ensureTemporalServer();
  console.log(`Temporal server: ${server}; SQL tool: ${sqlTool}; schema from ${temporalServerModuleDir()}`);
  console.log(`Temporal Web UI server: ${ensureTemporalUiServer()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
