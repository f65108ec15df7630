/**
 * `node --import tsx scripts/bundle-workflows.ts <file> [--traced | --untraced]`: the workflows bundled once, for
 * workers started with WORKFLOW_BUNDLE=<file> (an image's build, a machine running several workers; the start command
 * runs it too). For the tracing setting given, else this environment's (OTEL_EXPORTER_OTLP_ENDPOINT): a worker
 * configured otherwise refuses the bundle.
 */
import path from 'node:path';
import { loadConfig } from '../runtime/config';
import { writeWorkflowBundle } from '../runtime/workflow-bundle';

async function main() {
  const [file, setting] = process.argv.slice(2);
  if (!file || (setting && !['--traced', '--untraced'].includes(setting))) throw new Error('Usage: scripts/bundle-workflows.ts <file> [--traced | --untraced]');
  const traced = setting ? setting === '--traced' : Boolean(loadConfig().observability.tracesEndpoint);
  await writeWorkflowBundle(path.resolve(file), traced);
  console.log(`Workflows bundled into ${path.resolve(file)} (tracing ${traced ? 'on' : 'off'})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
