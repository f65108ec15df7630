import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { temporalCliCacheDir } from '../../runtime/temporal-cli';

/**
 * helm, built from the Go module proxy into the cache like kubeconform (test/support/kubeconform.ts) rather
 * than downloaded from get.helm.sh: the proxy is the one source the tools come from. Only `helm template` is
 * used: it renders a chart locally, with no cluster and no chart repository.
 */
const HELM = 'helm.sh/helm/v3/cmd/helm@v3.22.0';

/** The helm binary, built when missing (a few minutes the first time). */
export function prepareHelm(): string {
  const bin = temporalCliCacheDir();
  const binary = path.join(bin, 'helm');
  if (fs.existsSync(binary)) return binary;
  if (spawnSync('sh', ['-c', 'command -v go']).status !== 0) throw new Error('Go is needed to build helm (see scripts/install.sh).');
  fs.mkdirSync(bin, { recursive: true });
  execFileSync('go', ['install', HELM], { encoding: 'utf8', env: { ...process.env, GOBIN: bin }, maxBuffer: 64 << 20 });
  return binary;
}

export interface Rendered {
  status: number | null;
  /** The manifests, one YAML document each, as helm prints them. */
  stdout: string;
  stderr: string;
}

/** `helm template <release> <chart> --namespace <namespace> -f <values>`; a chart's `fail` ends up in stderr. */
export function helmTemplate(release: string, chart: string, namespace: string, valuesFile: string): Rendered {
  const run = spawnSync(prepareHelm(), ['template', release, chart, '--namespace', namespace, '-f', valuesFile], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
