import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { temporalCliCacheDir } from '../../runtime/temporal-cli';

/**
 * kubeconform, offline. Its schemas normally come from GitHub; here tools/kube-schemas derives them from
 * sources the Go module proxy serves: Kubernetes' OpenAPI document (module k8s.io/kubernetes) and KEDA's
 * ScaledObject CRD and temporal scaler (module github.com/kedacore/keda/v2). Everything is built once into
 * the cache, outside the repository.
 */
const KUBECONFORM = 'github.com/yannh/kubeconform/cmd/kubeconform@v0.8.0';
export const KUBERNETES_VERSION = '1.35.4';
const KEDA_VERSION = 'v2.21.0';

export interface KubeconformResult {
  summary: { valid: number; invalid: number; errors: number; skipped: number };
  /** The resources that are not valid, with kubeconform's message. */
  resources: Array<{ filename: string; kind: string; name: string; status: string; msg: string }>;
}

function go(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const found = spawnSync('sh', ['-c', 'command -v go'], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error('Go is needed to build kubeconform and its schemas (see scripts/install.sh).');
  return execFileSync('go', args, { encoding: 'utf8', cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 64 << 20 });
}

function moduleDir(module: string): string {
  const downloaded = JSON.parse(go(['mod', 'download', '-json', module])) as { Dir?: string; Error?: string };
  if (!downloaded.Dir) throw new Error(`go mod download ${module} failed: ${downloaded.Error ?? 'no folder'}`);
  return downloaded.Dir;
}

function ensureKubeconform(bin: string): string {
  const binary = path.join(bin, 'kubeconform');
  if (!fs.existsSync(binary)) go(['install', KUBECONFORM], { env: { GOBIN: bin } });
  return binary;
}

/** The schema folder for this Kubernetes and KEDA pair; rebuilt when tools/kube-schemas changed since. */
function ensureSchemas(bin: string): string {
  const toolDir = path.join(__dirname, '..', '..', 'tools', 'kube-schemas');
  const schemas = path.join(path.dirname(bin), 'kube-schemas', `k8s-${KUBERNETES_VERSION}-keda-${KEDA_VERSION}`);
  const done = path.join(schemas, '.complete');
  const builtAt = fs.existsSync(done) ? fs.statSync(done).mtimeMs : 0;
  if (fs.readdirSync(toolDir).every((file) => fs.statSync(path.join(toolDir, file)).mtimeMs <= builtAt)) return schemas;
  const tool = path.join(bin, 'kube-schemas');
  go(['build', '-o', tool, '.'], { cwd: toolDir });
  const kubernetes = moduleDir(`k8s.io/kubernetes@v${KUBERNETES_VERSION}`);
  const keda = moduleDir(`github.com/kedacore/keda/v2@${KEDA_VERSION}`);
  fs.rmSync(schemas, { recursive: true, force: true });
  execFileSync(tool, [
    '-swagger', path.join(kubernetes, 'api', 'openapi-spec', 'swagger.json'),
    '-kubernetes-version', KUBERNETES_VERSION,
    '-crd', path.join(keda, 'config', 'crd', 'bases', 'keda.sh_scaledobjects.yaml'),
    '-keda-scaler', `temporal=${path.join(keda, 'pkg', 'scalers', 'temporal_scaler.go')}`,
    '-out', schemas,
  ]);
  fs.writeFileSync(done, '');
  return schemas;
}

/** kubeconform and its schemas, built when missing (minutes the first time: the modules come through the proxy). */
export function prepareKubeconform(): { binary: string; schemas: string } {
  const bin = temporalCliCacheDir();
  fs.mkdirSync(bin, { recursive: true });
  return { binary: ensureKubeconform(bin), schemas: ensureSchemas(bin) };
}

/** Validates manifest files strictly: unknown fields, wrong types, missing required fields and unknown kinds fail. */
export function kubeconform(files: string[]): KubeconformResult {
  const { binary, schemas } = prepareKubeconform();
  const run = spawnSync(binary, ['-strict', '-summary', '-output', 'json', '-kubernetes-version', KUBERNETES_VERSION, '-schema-location', schemas, ...files], { encoding: 'utf8' });
  if (!run.stdout) throw new Error(`kubeconform gave no answer: ${run.stderr}`);
  return JSON.parse(run.stdout) as KubeconformResult;
}
