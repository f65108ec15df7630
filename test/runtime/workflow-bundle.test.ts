import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { workflowCode, writeWorkflowBundle } from '../../runtime/workflow-bundle';

/** The workflows bundled once for several workers (the cluster mode, an image): loaded as made, refused when made for the other tracing setting. */
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'workflow-bundle-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

test('a bundle made without tracing is what a worker without tracing loads, with the workflows and the request-id interceptors in it', async () => {
  const file = path.join(folder, 'workflows.js');
  await writeWorkflowBundle(file, false);
  const code = await workflowCode(file, false);
  expect(code.workflowsPath).toBeUndefined();
  const bundled = (code.workflowBundle as { code: string }).code;
  expect(bundled).toMatch(/^\/\/ claims-backoffice workflow bundle; traced: false\n/);
  expect(bundled).toContain('declarationWorkflow');
  expect(bundled).toContain('request-id-interceptors');
  expect(bundled).not.toContain('trace-interceptors');
  await expect(workflowCode(file, true)).rejects.toThrow(/was not bundled for this worker \(tracing on\)/);
}, 120_000);

test('a worker without a bundle bundles its own sources; a bundle that is missing or not ours is refused by name', async () => {
  const own = await workflowCode(undefined, true);
  expect(own.workflowsPath).toBe(require.resolve('../../workflows'));
  expect(own.bundlerOptions?.preloadModules).toEqual(['zod']);
  expect(own.interceptors?.workflowModules?.join()).toMatch(/trace-interceptors/);
  await expect(workflowCode(path.join(folder, 'missing.js'), false)).rejects.toThrow(/WORKFLOW_BUNDLE .*missing\.js cannot be read/);
  const foreign = path.join(folder, 'foreign.js');
  await writeFile(foreign, 'module.exports = {};');
  await expect(workflowCode(foreign, false)).rejects.toThrow(/was not bundled for this worker \(tracing off\)/);
});
