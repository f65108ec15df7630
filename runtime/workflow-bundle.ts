import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundleWorkflowCode, type BundleOptions, type WorkerOptions } from '@temporalio/worker';
import { failureConverterPath } from './codec/data-converter';
import type { Config } from './config';

/**
 * The workflows' code as the SDK runs it: bundled by webpack, by the start command once for its workers
 * (WORKFLOW_BUNDLE, or data/workflows.js), else by each worker at its start. Bundling is most of a worker's start-up
 * and the peak of its heap, which V8 keeps long after: a worker given the bundle starts in seconds, in half the memory.
 */

/** The workflow interceptors: the request id always, the spans only when tracing is on (workflows/trace-interceptors.ts). */
function interceptorModules(traced: boolean): string[] {
  const requestId = require.resolve('../workflows/request-id-interceptors');
  return traced ? [requestId, require.resolve('../workflows/trace-interceptors')] : [requestId];
}

function bundleOptions(traced: boolean): BundleOptions {
  return {
    workflowsPath: require.resolve('../workflows'),
    workflowInterceptorModules: interceptorModules(traced),
    // Each cached workflow evaluates the modules it imports anew (the SDK keeps them apart per workflow), zod's ~3 MB
    // included. zod holds no workflow's state: loaded once and shared (frozen by the SDK), it costs that once.
    preloadModules: ['zod'],
    failureConverterPath, // the data converter's (runtime/codec/data-converter.ts): both sides must agree
  };
}

/** Its first line says whether it carries the span interceptors: a worker refuses a bundle made for the other setting. */
const header = (traced: boolean) => `// claims-backoffice workflow bundle; traced: ${traced}\n`;

/** Bundles the workflows into `file`, for workers that trace as `traced` says. */
export async function writeWorkflowBundle(file: string, traced: boolean): Promise<void> {
  const { code } = await bundleWorkflowCode(bundleOptions(traced));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, header(traced) + code);
}

/** The worker's options for its workflows' code: the bundle when one is given, else the sources to bundle. */
export async function workflowCode(bundleFile: string | undefined, traced: boolean): Promise<Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions' | 'interceptors'>> {
  if (!bundleFile) {
    const { workflowsPath, workflowInterceptorModules, preloadModules } = bundleOptions(traced);
    return { workflowsPath, bundlerOptions: { preloadModules }, interceptors: { workflowModules: workflowInterceptorModules } };
  }
  const code = await readFile(bundleFile, 'utf8').catch((error: Error) => {
    throw new Error(`WORKFLOW_BUNDLE ${bundleFile} cannot be read: ${error.message}`);
  });
  if (!code.startsWith(header(traced))) {
    throw new Error(`WORKFLOW_BUNDLE ${bundleFile} was not bundled for this worker (tracing ${traced ? 'on' : 'off'}): bundle it again with scripts/bundle-workflows.ts`);
  }
  return { workflowBundle: { code } };
}

/**
 * The bundle the start command's workers load: WORKFLOW_BUNDLE as given, else made afresh in the data folder (the
 * sources may have changed since the last start) by a node process of its own, so that webpack's heap ends with it
 * instead of staying in the start command's process (in the dev mode, the worker's and the API's).
 */
export async function startCommandBundle(config: Config, log: (line: string) => void): Promise<string> {
  if (config.temporal.workflowBundle) return config.temporal.workflowBundle;
  const file = path.join(config.dataDir, 'workflows.js');
  log('Bundling the workflows...');
  const script = path.join(__dirname, '..', 'scripts', 'bundle-workflows.ts');
  const traced = Boolean(config.observability.tracesEndpoint);
  await promisify(execFile)(process.execPath, ['--import', 'tsx', script, file, traced ? '--traced' : '--untraced'], { maxBuffer: 16 * 1024 * 1024 })
    .catch((error: Error & { stderr?: string }) => {
      throw new Error(`Bundling the workflows failed: ${error.stderr?.trim() || error.message}`);
    });
  return file;
}
