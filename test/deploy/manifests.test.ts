import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kubeconform, prepareKubeconform } from '../support/kubeconform';

/** Every Kubernetes manifest under deploy/ (Temporal's Helm values excepted: they are the chart's input, no manifest). */
const deployDir = path.join(__dirname, '..', '..', 'deploy');
const manifests = [
  ...fs.readdirSync(path.join(deployDir, 'kubernetes')).map((file) => path.join(deployDir, 'kubernetes', file)),
  path.join(deployDir, 'claims-secrets.example.yaml'),
];

let scratch: string;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'manifests-'));
  prepareKubeconform(); // built once into the cache: minutes the first time, then seconds
}, 600_000);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A copy of one manifest with one edit, which must change the text. */
function broken(file: string, from: string | RegExp, to: string): string {
  const text = fs.readFileSync(path.join(deployDir, 'kubernetes', file), 'utf8');
  const edited = text.replace(from, to);
  expect(edited).not.toBe(text);
  const copy = path.join(scratch, `${path.basename(file, '.yaml')}-${Math.random().toString(36).slice(2)}.yaml`);
  fs.writeFileSync(copy, edited);
  return copy;
}

function rejection(file: string): string {
  const result = kubeconform([file]);
  expect(result.summary.invalid + result.summary.errors).toBeGreaterThan(0);
  return result.resources.map((resource) => resource.msg).join('\n');
}

test('every manifest is valid against Kubernetes 1.35 and KEDA 2.21, strictly', () => {
  const result = kubeconform(manifests);
  expect(result.resources).toEqual([]);
  // namespace, config, secret, migration Job, API (Deployment, Service, autoscaler, budget), workers (Deployment, ScaledObject, budget)
  expect(result.summary).toEqual({ valid: 11, invalid: 0, errors: 0, skipped: 0 });
});

test('a misspelt field is rejected', () => {
  expect(rejection(broken('api.yaml', 'containerPort: 3000', 'containrPort: 3000'))).toMatch(/additional properties 'containrPort' not allowed/);
});

test('a missing required field is rejected', () => {
  expect(rejection(broken('api.yaml', '        - name: api\n', '        - image-name: api\n'))).toMatch(/missing property 'name'/);
});

test('a value of the wrong type is rejected', () => {
  expect(rejection(broken('migrate-job.yaml', 'backoffLimit: 6', 'backoffLimit: six'))).toMatch(/backoffLimit.*got string, want integer/);
});

test('a misspelt field of the ScaledObject is rejected', () => {
  expect(rejection(broken('worker.yaml', 'minReplicaCount: 2', 'minReplicaCont: 2'))).toMatch(/additional properties 'minReplicaCont' not allowed/);
});

test("a key the temporal scaler does not read is rejected (KEDA's trigger metadata is otherwise a free map)", () => {
  expect(rejection(broken('worker.yaml', 'taskQueue: claims', 'taskQeue: claims'))).toMatch(/additional properties 'taskQeue' not allowed/);
});

test('a kind no schema describes is an error, never skipped', () => {
  const result = kubeconform([broken('api.yaml', 'kind: Service', 'kind: Servce')]);
  expect(result.summary.errors).toBe(1);
});
