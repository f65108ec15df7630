import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleWorkflowCode, type BundleOptions, type WorkerOptions } from '@temporalio/worker';
import { failureConverterPath } from './codec/data-converter';

/**
 * The workflows' code as the SDK runs it: bundled by webpack, by each worker at its start, or once for several
 * (WORKFLOW_BUNDLE, which the cluster mode writes before it starts its workers). Bundling is most of a worker's
 * start-up and its heap's peak: a worker given the bundle starts in a second, within a heap a third the size.
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
