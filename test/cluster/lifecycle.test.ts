import { Connection } from '@temporalio/client';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../runtime/config';
import { commandLine, isRunning } from '../../runtime/supervisor-processes';
import { waitFor } from '../../runtime/wait';
import { declarationFixture, HttpSession } from '../../scripts/support/http-session';
import { respawnSystem, spawnSystem, stopSystem, type SystemProcess } from '../../scripts/support/system-process';
import { clusterPid } from '../support/cluster';
import { systemPid } from '../support/chaos';

/**
 * The production topology without Docker (start.ts --cluster): the Temporal server itself on PostgreSQL,
 * two worker processes and the API process. A declaration goes its whole way through it.
 */
jest.setTimeout(240_000);

let system: SystemProcess;
let startedInMs: number;
/** The declaration the lifecycle test takes to its decision. */
let decided: { id: string; claimNumber: string };

beforeAll(async () => {
  const started = Date.now();
  system = await spawnSystem({ NODE_ENV: 'test' }, { cluster: true });
  startedInMs = Date.now() - started;
});

afterAll(async () => {
  if (system) await stopSystem(system);
});

test('the start command runs the Temporal server, its Web UI, two workers and the API as processes of their own', async () => {
  const pids = ['server', 'worker-1', 'worker-2', 'api', 'web-ui'].map((file) => clusterPid(system, file));
  expect(new Set([systemPid(system), ...pids]).size).toBe(6);
  // The server itself on its config under the data folder, not the CLI's dev server.
  expect(commandLine(pids[0])).toEqual(expect.arrayContaining(['--env', 'cluster', 'start']));
  expect(commandLine(pids[0]).join(' ')).not.toContain('start-dev');
  expect(commandLine(pids[4])).toEqual(expect.arrayContaining(['--env', 'web-ui', 'start']));

  const connection = await Connection.connect({ address: system.temporalAddress });
  try {
    const { serverVersion } = await connection.workflowService.getSystemInfo({});
    expect(serverVersion).toBe('1.29.1');
    const namespace = await connection.workflowService.describeNamespace({ namespace: 'claims' });
    expect(namespace.namespaceInfo?.name).toBe('claims');
  } finally {
    await connection.close();
  }
  const health = await fetch(`${system.apiUrl}/api/health`);
  expect(health.status).toBe(200);
  // The API, a process of its own, reports what the start command supervises, as the dev mode's does.
  const up = { state: 'up', restarts: 0, since: expect.any(String) };
  expect((await health.json()).supervision).toEqual({ PostgreSQL: up, 'Temporal server': up, 'Temporal Web UI': up, 'Worker 1': up, 'Worker 2': up, API: up });
  console.log(`cluster: started in ${startedInMs} ms`);
});

test('a customer declares a fire, it is opened with a claim number, and its handler sees and accepts it', async () => {
  const an = await HttpSession.login(system.apiUrl, 'an.peeters@bakkerij-peeters.example');
  const base = `/api/organisations/${an.activeOrganisationId}/declarations`;
  const { data } = declarationFixture('fire');

  const draft = await an.expect(201, 'POST', base, { type: 'fire', data: { event: data.event } });
  expect(draft).toMatchObject({ status: 'draft', version: 1 });
  const saved = await an.expect(200, 'PUT', `${base}/${draft.id}/draft`, { data, step: 5, version: draft.version });
  expect(saved).toMatchObject({ status: 'draft', step: 5, version: 2 });

  const submitted = await an.expect(200, 'POST', `${base}/${draft.id}/submit`);
  expect(submitted.status).toBe('in_handling');
  expect(submitted.claimNumber).toMatch(/^\d{4}\/BR\/\d{6}$/);
  expect(submitted.handler.email).toMatch(/@insurer\.example$/);

  const handler = await HttpSession.login(system.apiUrl, submitted.handler.email);
  const seen = await handler.expect(200, 'GET', `/api/backoffice/declarations/${draft.id}`);
  expect(seen).toMatchObject({ claimNumber: submitted.claimNumber, status: 'in_handling' });
  const accepted = await handler.expect(200, 'POST', `/api/backoffice/declarations/${draft.id}/decision`, { decision: 'accept' });
  expect(accepted).toMatchObject({ status: 'accepted', decision: { decision: 'accept' } });

  const customerView = await an.expect(200, 'GET', `${base}/${draft.id}`);
  expect(customerView).toMatchObject({ status: 'accepted', claimNumber: submitted.claimNumber });
  expect(customerView.history.map((entry: { action: string }) => entry.action)).toEqual(['created', 'saved', 'submitted', 'opened_automatically', 'decided']);
  decided = { id: draft.id, claimNumber: submitted.claimNumber };
});

test('the Temporal Web UI serves the cluster where the dev mode serves it, and lists the declaration\'s workflow', async () => {
  const { webUiUrl, namespace } = loadConfig(system.env).temporal; // the auditors' links lead there
  expect(webUiUrl).toBe(`http://localhost:${system.env.TEMPORAL_DEV_UI_PORT}`);
  const page = await fetch(`${webUiUrl}/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);

  // Payloads are decoded through the API's codec endpoint, as the dev server's UI does.
  const settings = await (await fetch(`${webUiUrl}/api/v1/settings`)).json();
  expect(settings.Codec).toMatchObject({ Endpoint: `http://localhost:${new URL(system.apiUrl).port}/api/codec`, IncludeCredentials: true });

  const namespaces = await fetch(`${webUiUrl}/api/v1/namespaces`);
  expect(namespaces.status).toBe(200);
  expect((await namespaces.json()).namespaces.map((entry: { namespaceInfo: { name: string } }) => entry.namespaceInfo.name)).toContain(namespace);

  const workflowId = `declaration-${decided.id}`;
  const query = encodeURIComponent(`WorkflowId = "${workflowId}"`);
  // Visibility follows the history within moments.
  const listed = await waitFor('The declaration in the Web UI', async () => {
    const response = await fetch(`${webUiUrl}/api/v1/namespaces/${namespace}/workflows?query=${query}`);
    expect(response.status).toBe(200);
    const { executions } = await response.json();
    expect(executions).toHaveLength(1);
    return executions[0];
  }, 10_000, 500);
  expect(listed.execution.workflowId).toBe(workflowId);
});

const logSize = () => fs.statSync(path.join(system.dataDir, 'system.log')).size;
const logSince = (offset: number) => fs.readFileSync(path.join(system.dataDir, 'system.log')).subarray(offset).toString('utf8');

test('Ctrl-C stops the API, the workers, the Web UI, the server and PostgreSQL, and says "Stopped."', async () => {
  const pids = ['api', 'worker-1', 'worker-2', 'web-ui', 'server'].map((file) => clusterPid(system, file));
  const offset = logSize();
  await stopSystem(system, true);
  expect(system.child.exitCode).toBe(0);
  expect(logSince(offset)).toContain('Stopped.');
  expect(logSince(offset)).not.toContain('while stopping');
  expect(pids.filter(isRunning)).toEqual([]);
  expect(fs.existsSync(path.join(system.dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
});

test('started again on the same data folder, the schema is kept and the claims are still there', async () => {
  const offset = logSize();
  const started = Date.now();
  system = await respawnSystem(system);
  const restartMs = Date.now() - started;
  expect(logSince(offset)).not.toContain('Setting up the Temporal schema');

  const an = await HttpSession.login(system.apiUrl, 'an.peeters@bakkerij-peeters.example');
  const base = `/api/organisations/${an.activeOrganisationId}/declarations`;
  expect(await an.expect(200, 'GET', `${base}/${decided.id}`)).toMatchObject({ status: 'accepted', claimNumber: decided.claimNumber });
  const another = await an.expect(201, 'POST', base, declarationFixture('fire'));
  const opened = await an.expect(200, 'POST', `${base}/${another.id}/submit`);
  expect(opened.claimNumber).toMatch(/^\d{4}\/BR\/\d{6}$/);
  expect(opened.claimNumber).not.toBe(decided.claimNumber);
  console.log(`cluster: started again on the same data folder in ${restartMs} ms`);
});
