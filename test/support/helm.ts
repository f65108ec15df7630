import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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

/**
 * YAML documents read by helm itself and handed back as JSON values: the project has no YAML library, and helm's
 * `fromYaml` is sigs.k8s.io/yaml, the reader of Kubernetes' own tools. Each document becomes a file of a
 * throw-away chart whose one template prints them all as one line of JSON. An empty document reads as {}.
 */
export function readYaml(documents: string[]): unknown[] {
  const chart = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-reader-'));
  try {
    fs.mkdirSync(path.join(chart, 'templates'));
    fs.mkdirSync(path.join(chart, 'documents'));
    fs.writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: yaml-reader\nversion: 0.0.0\n');
    fs.writeFileSync(
      path.join(chart, 'templates', 'documents.yaml'),
      [
        '{{- $documents := list }}',
        '{{- range $path, $_ := .Files.Glob "documents/*.yaml" }}',
        '{{- $documents = append $documents ($.Files.Get $path | fromYaml) }}',
        '{{- end }}',
        '{{ dict "documents" $documents | toJson }}',
      ].join('\n'),
    );
    // Zero-padded names: Glob's map is walked in name order, so the documents keep theirs.
    documents.forEach((text, i) => fs.writeFileSync(path.join(chart, 'documents', `${String(i).padStart(6, '0')}.yaml`), text));
    const values = path.join(chart, 'values.yaml');
    fs.writeFileSync(values, '{}\n');
    const run = helmTemplate('yaml-reader', chart, 'default', values);
    if (run.status !== 0) throw new Error(`helm could not read the YAML: ${run.stderr}`);
    const json = run.stdout.split('\n').find((line) => line.startsWith('{'));
    if (!json) throw new Error(`helm printed no JSON: ${run.stdout}`);
    const read = (JSON.parse(json) as { documents: unknown[] }).documents;
    if (read.length !== documents.length) throw new Error(`helm read ${read.length} of ${documents.length} documents`);
    // fromYaml answers a document it cannot parse with {Error: message} instead of failing.
    read.forEach((document, i) => {
      const error = (document as { Error?: unknown }).Error;
      if (typeof error === 'string') throw new Error(`YAML document ${i} does not parse: ${error}\n${documents[i]}`);
    });
    return read;
  } finally {
    fs.rmSync(chart, { recursive: true, force: true });
  }
}
