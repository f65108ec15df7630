import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clusterDynamicConfig } from '../../runtime/engine-settings';
import { parse } from 'yaml';
import { helmTemplate, prepareHelm } from '../support/helm';
import { kubeconform, KubeconformResult, prepareKubeconform } from '../support/kubeconform';

/**
 * Temporal's official chart (vendored: deploy/vendor/temporal-chart, see its README) rendered with our values
 * as `helm install` would, then every manifest validated strictly and the values found in what was rendered.
 */
const root = path.join(__dirname, '..', '..');
const chart = path.join(root, 'deploy', 'vendor', 'temporal-chart');
const valuesFile = path.join(root, 'deploy', 'temporal-values.yaml');

interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: Array<{ name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }>;
  resources?: unknown;
  volumeMounts?: Array<{ name: string; mountPath: string }>;
}
interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
}
interface Manifest {
  kind: string;
  metadata: { name: string };
  spec?: { replicas?: number; maxUnavailable?: number; template?: { spec: PodSpec } };
  data?: Record<string, string>;
}

/** A YAML document as Kubernetes' tools read it (YAML 1.1, as sigs.k8s.io/yaml). */
const readYaml = (text: string): unknown => parse(text, { version: '1.1' });

let scratch: string;
let manifests: Manifest[];
let nullPaths: string[];

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'temporal-chart-'));
  prepareHelm(); // built once into the cache like kubeconform: minutes the first time
  prepareKubeconform();
  ({ manifests, nullPaths } = render(valuesFile));
}, 600_000);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** `helm template` as the README's `helm install`; fails the test with helm's message when the chart refuses. */
function render(values: string): { manifests: Manifest[]; nullPaths: string[] } {
  const run = helmTemplate('temporal', chart, 'temporal', values);
  if (run.status !== 0) throw new Error(`helm template failed: ${run.stderr}`);
  const documents = run.stdout.split(/^---$/m).filter((text) => /^kind:/m.test(text));
  const found: string[] = [];
  const read = documents.map(readYaml).map((manifest) => withoutNulls(manifest, '', found) as Manifest);
  return { manifests: read, nullPaths: [...new Set(found)].sort() };
}

/**
 * The manifest without its explicit nulls, whose paths go to `found`. The chart's templates write an unset
 * optional field as `key:` (null); the API server decodes null as absent, while the offline schemas want the
 * field's type. The test checks that only the chart's own nulls are removed, so one of ours still shows.
 */
function withoutNulls(value: unknown, at: string, found: string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item, `${at}[]`, found));
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const childAt = at ? `${at}.${key}` : key;
    if (child === null) found.push(childAt);
    else kept[key] = withoutNulls(child, childAt, found);
  }
  return kept;
}

function validate(rendered: Manifest[]): KubeconformResult {
  const file = path.join(scratch, `rendered-${Math.random().toString(36).slice(2)}.yaml`);
  fs.writeFileSync(file, rendered.map((manifest) => JSON.stringify(manifest)).join('\n---\n'));
  return kubeconform([file]);
}

function find(rendered: Manifest[], kind: string, name: string): Manifest {
  const manifest = rendered.find((candidate) => candidate.kind === kind && candidate.metadata.name === name);
  if (!manifest) throw new Error(`no ${kind} ${name} rendered`);
  return manifest;
}

function podSpec(rendered: Manifest[], kind: string, name: string): PodSpec {
  const spec = find(rendered, kind, name).spec?.template?.spec;
  if (!spec) throw new Error(`${kind} ${name} has no pod template`);
  return spec;
}

/** A copy of the values file with one edit, which must change the text. */
function brokenValues(from: string, to: string): string {
  const text = fs.readFileSync(valuesFile, 'utf8');
  const edited = text.replace(from, to);
  expect(edited).not.toBe(text);
  const copy = path.join(scratch, `values-${Math.random().toString(36).slice(2)}.yaml`);
  fs.writeFileSync(copy, edited);
  return copy;
}

const SERVER_SERVICES = ['frontend', 'history', 'matching', 'worker'];
const DB_PASSWORD = { secretKeyRef: { name: 'temporal-db', key: 'password' } };

/** Replicas, resources and disruption budgets per service, as the values set them (README, "Sizing"). */
function expectSizing(rendered: Manifest[]): void {
  const replicas = Object.fromEntries(
    rendered.filter((manifest) => manifest.kind === 'Deployment').map((deployment) => [deployment.metadata.name, deployment.spec?.replicas]),
  );
  expect(replicas).toEqual({
    'temporal-frontend': 2,
    'temporal-history': 2,
    'temporal-matching': 2,
    'temporal-worker': 1,
    'temporal-web': 1,
    'temporal-admintools': 1,
  });
  const resources = Object.fromEntries(SERVER_SERVICES.map((service) => [service, podSpec(rendered, 'Deployment', `temporal-${service}`).containers[0].resources]));
  expect(resources).toEqual({
    frontend: { requests: { cpu: '500m', memory: '512Mi' }, limits: { memory: '1Gi' } },
    history: { requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '4Gi' } },
    matching: { requests: { cpu: '500m', memory: '512Mi' }, limits: { memory: '1Gi' } },
    worker: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } },
  });
  const budgets = rendered.filter((manifest) => manifest.kind === 'PodDisruptionBudget').map((budget) => [budget.metadata.name, budget.spec?.maxUnavailable]);
  expect(budgets).toEqual([
    ['temporal-frontend-pdb', 1],
    ['temporal-history-pdb', 1],
    ['temporal-matching-pdb', 1],
  ]);
}

test('the chart renders with the values, and every manifest is valid against Kubernetes 1.35, strictly', () => {
  const kinds = manifests.map((manifest) => manifest.kind).sort();
  // 6 Deployments (4 server services, Web UI, admin tools), their Services (4 headless, frontend, web), 3 budgets,
  // 3 ConfigMaps (server config, dynamic config, shims), the schema and namespace Jobs, helm's test Pod
  expect(kinds).toEqual([...Array(3).fill('ConfigMap'), ...Array(6).fill('Deployment'), 'Job', 'Job', 'Pod', ...Array(3).fill('PodDisruptionBudget'), ...Array(6).fill('Service')]);
  expect(nullPaths).toEqual(['metadata.annotations', 'spec.activeDeadlineSeconds', 'spec.template.metadata.annotations', 'spec.template.spec.terminationGracePeriodSeconds']);
  const result = validate(manifests);
  expect(result.resources).toEqual([]);
  expect(result.summary).toEqual({ valid: 21, invalid: 0, errors: 0, skipped: 0 });
});

test("the server's persistence is the insurer's PostgreSQL, with 512 history shards", () => {
  // The server fills `{{ env ... }}` in at start; here it names where the password comes from.
  const template = find(manifests, 'ConfigMap', 'temporal-config').data?.['config_template.yaml'] ?? '';
  const config = readYaml(template.replace(/\{\{ env "(\w+)" \| quote \}\}/g, '"env $1"')) as { persistence: unknown };
  const sql = { pluginName: 'postgres12', connectAddr: 'temporal-postgresql.insurer.example:5432', connectProtocol: 'tcp', user: 'temporal', maxConnLifetime: '1h' };
  expect(config.persistence).toEqual({
    defaultStore: 'default',
    visibilityStore: 'visibility',
    numHistoryShards: 512, // also the chart's default: pinned because it can never change (see the values file)
    datastores: {
      default: { sql: { ...sql, databaseName: 'temporal', password: 'env TEMPORAL_DEFAULT_STORE_PASSWORD', maxConns: 40, maxIdleConns: 40 } },
      visibility: { sql: { ...sql, databaseName: 'temporal_visibility', password: 'env TEMPORAL_VISIBILITY_STORE_PASSWORD', maxConns: 10, maxIdleConns: 10 } },
    },
  });
  for (const service of SERVER_SERVICES) {
    const env = podSpec(manifests, 'Deployment', `temporal-${service}`).containers[0].env ?? [];
    expect(env.filter((variable) => variable.name.endsWith('_STORE_PASSWORD'))).toEqual([
      { name: 'TEMPORAL_DEFAULT_STORE_PASSWORD', valueFrom: DB_PASSWORD },
      { name: 'TEMPORAL_VISIBILITY_STORE_PASSWORD', valueFrom: DB_PASSWORD },
    ]);
  }
  // The password is the existing Secret `temporal-db`: the chart makes no Secret of its own.
  expect(manifests.filter((manifest) => manifest.kind === 'Secret')).toEqual([]);
});

test("the schema Job creates both databases and applies PostgreSQL's schema with the server's release", () => {
  const job = podSpec(manifests, 'Job', 'temporal-schema');
  expect(job.initContainers?.map((container) => container.name)).toEqual(['create-default-store', 'manage-schema-default-store', 'create-visibility-store', 'manage-schema-visibility-store']);
  for (const container of job.initContainers ?? []) {
    expect(container.image).toBe('temporalio/admin-tools:1.29.1');
    const database = container.name.includes('visibility') ? 'temporal_visibility' : 'temporal';
    expect(container.env).toEqual([
      { name: 'SQL_PLUGIN', value: 'postgres12' },
      { name: 'SQL_HOST', value: 'temporal-postgresql.insurer.example' },
      { name: 'SQL_PORT', value: '5432' },
      { name: 'SQL_DATABASE', value: database },
      { name: 'SQL_USER', value: 'temporal' },
      { name: 'SQL_PASSWORD', valueFrom: DB_PASSWORD },
    ]);
  }
  expect(job.initContainers?.[1].args?.join(' ')).toContain('--schema-dir /etc/temporal/schema/postgresql/v12/temporal/versioned');
  expect(job.initContainers?.[3].args?.join(' ')).toContain('--schema-dir /etc/temporal/schema/postgresql/v12/visibility/versioned');

  const namespaceJob = manifests.find((manifest) => manifest.kind === 'Job' && manifest.metadata.name !== 'temporal-schema');
  const creation = namespaceJob?.spec?.template?.spec.initContainers ?? [];
  expect(creation.map((container) => container.args?.join(' '))).toEqual(['temporal operator namespace describe -n claims || temporal operator namespace create -n claims --retention 30d']);
});

test('the server runs release 1.29.1 through the dockerize shim, with four task queue partitions', () => {
  for (const service of SERVER_SERVICES) {
    const [container] = podSpec(manifests, 'Deployment', `temporal-${service}`).containers;
    expect(container.image).toBe('temporalio/server:1.29.1');
    expect(container.volumeMounts).toContainEqual({ name: 'shims', mountPath: '/usr/local/bin/dockerize', subPath: 'dockerize' });
  }
  expect(podSpec(manifests, 'Deployment', 'temporal-admintools').containers[0].image).toBe('temporalio/admin-tools:1.29.1');
  const dynamic = find(manifests, 'ConfigMap', 'temporal-dynamic-config').data?.['dynamic_config.yaml'] ?? '';
  expect(readYaml(dynamic)).toEqual(
    {
      ...clusterDynamicConfig(), // the settings the dev server and the cluster mode run with (runtime/engine-settings.ts)
      'matching.numTaskqueueReadPartitions': [{ value: 4, constraints: {} }],
      'matching.numTaskqueueWritePartitions': [{ value: 4, constraints: {} }],
    },
  );
});

test('replicas, resources and disruption budgets are the values of each service', () => {
  expectSizing(manifests);
});

test('a misspelt SQL plugin is refused by the chart', () => {
  const run = helmTemplate('temporal', chart, 'temporal', brokenValues('pluginName: postgres12', 'pluginName: postgresql12'));
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(/manageSchema is not supported for postgresql12 SQL database plugin/);
});

test('a misspelt persistence driver is refused by the chart', () => {
  const run = helmTemplate('temporal', chart, 'temporal', brokenValues('        default:\n          sql:', '        default:\n          postgres:'));
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(/No valid driver configured for default store/);
});

test('a misspelt key inside resources renders, and is rejected by the strict validation', () => {
  const broken = render(brokenValues('requests: { cpu: "1", memory: 2Gi }', 'request: { cpu: "1", memory: 2Gi }')).manifests;
  const result = validate(broken);
  expect(result.summary.invalid).toBe(1);
  expect(result.resources.map((resource) => `${resource.kind} ${resource.name}`)).toEqual(['Deployment temporal-history']);
  expect(result.resources[0].msg).toMatch(/additional properties 'request' not allowed/);
});

test('a misspelt service the chart ignores renders and validates, and is caught by the sizing assertions', () => {
  const broken = render(brokenValues('  history:\n    replicaCount: 2', '  histroy:\n    replicaCount: 2')).manifests;
  // 20 valid manifests: history's budget went with its misspelt block
  expect(validate(broken).summary).toEqual({ valid: 20, invalid: 0, errors: 0, skipped: 0 });
  expect(() => expectSizing(broken)).toThrow(/temporal-history/);
});
