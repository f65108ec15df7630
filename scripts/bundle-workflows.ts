/**
 * `node --import tsx scripts/bundle-workflows.ts <file>`: the workflows bundled once, for workers started with
 * WORKFLOW_BUNDLE=<file> (an image's build, or a machine running several workers). Bundled for the tracing setting
 * of this environment (OTEL_EXPORTER_OTLP_ENDPOINT): a worker configured otherwise refuses it.
 */
import path from 'node:path';
import { loadConfig } from '../runtime/config';
import { writeWorkflowBundle } from '../runtime/workflow-bundle';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: scripts/bundle-workflows.ts <file>');
  await writeWorkflowBundle(path.resolve(file), Boolean(loadConfig().observability.tracesEndpoint));
  console.log(`Workflows bundled into ${path.resolve(file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
