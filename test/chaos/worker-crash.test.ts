import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { Knex } from 'knex';
import { systemPidFile } from '../../runtime/supervisor-lock';
import { isRunning } from '../../runtime/supervisor-processes';
import { declarationFixture, HttpSession } from '../../scripts/support/http-session';
import { respawnSystem, spawnSystem, stopSystem, SystemProcess } from '../../scripts/support/system-process';
import { eventually, exited, pidOf, sleep, storesOf, systemPid } from '../support/chaos';
import { declarationQuery, declarationWorkflowId } from '../../workflows/declaration/definitions';

/**
 * The process that runs the API and the worker is killed (SIGKILL) in the middle of a burst of
 * declarations and the start command is run again, on a system of its own: afterwards no declaration is
 * lost, none is duplicated and every projection equals its workflow. Then PostgreSQL and the Temporal dev
 * server are killed under the running system, which heals itself, and Ctrl-C still stops it cleanly. A
 * start never takes a port another program holds for its own server.
 */
jest.setTimeout(300_000);

const BURST = 24;
/** The customers arrive this far apart, so the kill finds declarations at every step: submitted, saving, creating, not yet sent. */
const ARRIVAL_MS = 150;
/** Accepted creates after which the process is killed, once a declaration has also gone all the way to submitted. */
const KILL_AFTER_CREATES = 6;

let system: SystemProcess;
let db: Knex;
let connection: Connection;
let temporal: Client;

beforeAll(async () => {
  // A create cut off half-way (workflow started, first save lost) ends itself this soon.
  system = await spawnSystem({ NODE_ENV: 'test', FIRST_SAVE_WITHIN: '15 seconds' });
  ({ db, connection, temporal } = await storesOf(system));
});

afterAll(async () => {
  await db?.destroy();
  await connection?.close();
  if (system) await stopSystem(system);
});

const logSince = (offset: number) => fs.readFileSync(path.join(system.dataDir, 'system.log'), 'utf8').slice(offset);
const logSize = () => fs.statSync(path.join(system.dataDir, 'system.log')).size;


interface Outcome {
  id?: string;
  /** The create answered 201; otherwise the process died under it (or before it). */
  accepted: boolean;
  /** The create's HTTP status, or how the request failed. */
  createAnswer?: string;
  saved: boolean;
  submitted: boolean;
}

/** One customer's declaration: create, save the last step, submit. A dead process ends the chain. */
async function declare(session: HttpSession, data: Record<string, unknown>, onProgress: (outcome: Outcome) => void): Promise<Outcome> {
  const outcome: Outcome = { accepted: false, saved: false, submitted: false };
  const base = `/api/organisations/${session.activeOrganisationId}/declarations`;
  try {
    const created = await session.post(base, { type: 'liability', data });
    outcome.createAnswer = String(created.status);
    if (created.status !== 201) return outcome;
    outcome.id = created.body.id;
    outcome.accepted = true;
    onProgress(outcome);
    const saved = await session.put(`${base}/${outcome.id}/draft`, { data, step: 6, version: created.body.version });
    outcome.saved = saved.status === 200;
    if (!outcome.saved) return outcome;
    outcome.submitted = (await session.post(`${base}/${outcome.id}/submit`)).status === 200;
    if (outcome.submitted) onProgress(outcome);
  } catch (error) {
    // The connection died with the process: what happened is checked against the stores afterwards.
    outcome.createAnswer ??= (error as Error).message;
  }
  return outcome;
}

/** After the restart the customer finishes what the crash interrupted, as the UI would: save if needed, then submit. */
async function finish(session: HttpSession, id: string, data: Record<string, unknown>): Promise<boolean> {
  const base = `/api/organisations/${session.activeOrganisationId}/declarations/${id}`;
  let retried = false;
  await eventually(`finishing ${id}`, async () => {
    const current = (await session.expect(200, 'GET', base)) as { status: string; step: number; version: number };
    if (current.status === 'submitted') return;
    retried = true;
    if (current.step !== 6) await session.expect(200, 'PUT', `${base}/draft`, { data, step: 6, version: current.version });
    await session.expect(200, 'POST', `${base}/submit`);
  }, 90_000); // a save the dead worker had started is retried after its activity's 30 s timeout
  return retried;
}

/** The workflow's own state (a query) against its row in PostgreSQL. */
async function expectProjectionEqualsWorkflow(id: string): Promise<void> {
  await eventually(`projection of ${id}`, async () => {
    const state = await temporal.workflow.getHandle(declarationWorkflowId(id)).query(declarationQuery);
    const row = await db('declarations').where({ id }).first();
    expect(row).toBeDefined();
    expect({ status: row.status, step: row.step, version: row.version, revision: row.revision, data: row.data })
      .toEqual({ status: state.status, step: state.step, version: state.version, revision: state.revision, data: state.data });
  }, 30_000);
}

test('killing the process of the worker and the API mid-burst loses, duplicates and desynchronises no declaration', async () => {
  const an = await HttpSession.login(system.apiUrl, 'an.peeters@bakkerij-peeters.example');
  const organisationId = an.activeOrganisationId;
  const { data } = declarationFixture('liability');
  const burstStart = new Date();
  const workerPid = systemPid(system);

  let accepted = 0;
  let killedAtMs = -1;
  let killedAt = 0;
  let submitted = 0;
  const kill = (outcome: Outcome) => {
    if (outcome.submitted) submitted += 1;
    else accepted += 1;
    if (killedAt || accepted < KILL_AFTER_CREATES || submitted === 0) return;
    killedAt = Date.now();
    killedAtMs = killedAt - burstStart.getTime();
    process.kill(workerPid, 'SIGKILL');
  };
  const outcomes = await Promise.all(Array.from({ length: BURST }, async (_, i) => {
    await sleep(i * ARRIVAL_MS);
    return declare(an, data, kill);
  }));
  if (killedAtMs < 0) throw new Error(`The burst ended before the kill: ${outcomes.map((o) => `${o.createAnswer}${o.submitted ? ' submitted' : ''}`).join(', ')}`);
  await exited(system);

  const logOffset = logSize();
  system = await respawnSystem(system);
  const recoveredMs = Date.now() - killedAt;
  const restartLog = logSince(logOffset);
  // The crash left PostgreSQL and the dev server running: the new start stopped both, then started its own.
  expect(restartLog).toContain('Stopping the embedded PostgreSQL an earlier start left running');
  expect(restartLog).toContain('Stopping the Temporal dev server an earlier start left running');

  const again = await HttpSession.login(system.apiUrl, 'an.peeters@bakkerij-peeters.example');
  const acceptedIds = outcomes.filter((o) => o.accepted).map((o) => o.id!);
  let retried = 0;
  for (const id of acceptedIds) if (await finish(again, id, data)) retried += 1;

  const cutOff = outcomes.filter((o) => !o.accepted).length;
  const workflowIds: string[] = [];
  const started = burstStart.toISOString();
  for await (const execution of temporal.workflow.list({ query: `WorkflowType = 'declarationWorkflow' AND StartTime >= '${started}'` })) {
    workflowIds.push(execution.workflowId);
  }
  // A create the kill cut off settles one way: its first save is projected (the activity the dead worker had
  // started is retried after its timeout) and it exists in full, or the save was lost and the workflow ends
  // itself without a row.
  const endedUnsaved: string[] = [];
  for (const workflowId of workflowIds) {
    const settled = await eventually(`${workflowId} in full or ended`, async () => {
      if (await db('declarations').where({ workflowId }).first()) return 'in full';
      const { status } = await temporal.workflow.getHandle(workflowId).describe();
      // Completed by itself, or terminated by an API that saw the first save fail before it died.
      if (['COMPLETED', 'TERMINATED'].includes(status.name)) return 'ended';
      throw new Error(`${status.name}, no row yet`);
    }, 90_000);
    if (settled === 'ended') endedUnsaved.push(workflowId);
  }
  expect(await db('declarations').whereIn('workflowId', endedUnsaved).select('id')).toEqual([]);

  // None lost: every accepted create is a row and a workflow, submitted.
  const rows: { id: string; status: string }[] = await db('declarations')
    .where({ organisationId }).andWhere('createdAt', '>=', burstStart).select('id', 'status');
  const rowIds = rows.map((row) => row.id);
  expect(rowIds).toEqual(expect.arrayContaining(acceptedIds));
  expect(rows.filter((row) => acceptedIds.includes(row.id)).every((row) => row.status === 'submitted')).toBe(true);

  // None duplicated, none half-made: every row has its workflow, and beyond the accepted creates only
  // creates the crash cut off exist, in full or ended.
  expect(workflowIds).toEqual(expect.arrayContaining(rowIds.map(declarationWorkflowId)));
  const extra = rowIds.filter((id) => !acceptedIds.includes(id));
  expect(extra.length + endedUnsaved.length).toBeLessThanOrEqual(cutOff);

  // Projection equal to the workflow.
  for (const id of rowIds) await expectProjectionEqualsWorkflow(id);

  const submittedBeforeKill = outcomes.filter((o) => o.submitted).length;
  console.log(
    `chaos: ${BURST} declarations sent, ${acceptedIds.length} creates accepted (${submittedBeforeKill} submitted before the kill), ${cutOff} cut off by the kill ` +
      `(${extra.length} of them exist in full, ${endedUnsaved.length} ended without their first save), ${retried} finished after the restart; killed at ${killedAtMs} ms into the burst, ` +
      `running again ${recoveredMs} ms after the kill`,
  );
});

/** Kills a service the start command runs and waits until the supervisor says it is back. */
async function killAndAwaitRestart(name: string, pid: number): Promise<number> {
  const offset = logSize();
  const killed = Date.now();
  process.kill(pid, 'SIGKILL');
  await eventually(`${name} restarted`, async () => {
    if (!logSince(offset).includes(`${name} is running again`)) throw new Error('not yet');
  }, 90_000);
  return Date.now() - killed;
}

test('PostgreSQL and the Temporal dev server killed under the running system are restarted, and declarations work again', async () => {
  const an = await HttpSession.login(system.apiUrl, 'an.peeters@bakkerij-peeters.example');
  const { data } = declarationFixture('liability');
  const base = `/api/organisations/${an.activeOrganisationId}/declarations`;

  const postgresMs = await killAndAwaitRestart('PostgreSQL', pidOf(path.join(system.dataDir, 'postgres', 'postmaster.pid')));
  const afterPostgres = await eventually('a declaration after the PostgreSQL restart', () => an.expect(201, 'POST', base, { type: 'liability', data }));
  await expectProjectionEqualsWorkflow(afterPostgres.id);

  const devServerPid = (JSON.parse(fs.readFileSync(path.join(system.dataDir, 'temporal', 'server.pid'), 'utf8')) as { pid: number }).pid;
  const temporalMs = await killAndAwaitRestart('Temporal dev server', devServerPid);
  const afterTemporal = await eventually('a declaration after the dev server restart', () => an.expect(201, 'POST', base, { type: 'liability', data }));
  await an.expect(200, 'POST', `${base}/${afterTemporal.id}/submit`);
  await expectProjectionEqualsWorkflow(afterTemporal.id);

  const health = await an.get('/api/health');
  expect(health.status).toBe(200);
  expect(health.body.supervision).toMatchObject({
    PostgreSQL: { state: 'up', restarts: 1 },
    'Temporal dev server': { state: 'up', restarts: 1 },
  });
  console.log(`chaos: PostgreSQL back ${postgresMs} ms after its kill, the Temporal dev server ${temporalMs} ms after its kill`);
});

test('Ctrl-C after those crashes stops everything and says "Stopped."', async () => {
  const offset = logSize();
  const postmaster = pidOf(path.join(system.dataDir, 'postgres', 'postmaster.pid'));
  await stopSystem(system, true);
  const output = logSince(offset);
  expect(system.child.exitCode).toBe(0);
  expect(output).toContain('Stopped.');
  expect(output).not.toMatch(/Channel has been shut down|while stopping/);
  expect(fs.existsSync(path.join(system.dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  expect(isRunning(postmaster)).toBe(false);
});

test('a start whose Temporal port another program holds refuses, naming the port and the setting, and leaves nothing running', async () => {
  const stranger = net.createServer();
  await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
  const { port } = stranger.address() as net.AddressInfo;
  try {
    const start = respawnSystem({ ...system, env: { ...system.env, TEMPORAL_DEV_PORT: String(port) } });
    await expect(start).rejects.toThrow(`Port ${port} is taken by another program, not by a Temporal dev server this start command started. ` +
      'Stop that program, or set TEMPORAL_DEV_PORT to a free port');
    // PostgreSQL, started before Temporal, was stopped again; the data folder is free for the next start.
    expect(fs.existsSync(path.join(system.dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(fs.existsSync(systemPidFile(system.dataDir))).toBe(false);
  } finally {
    stranger.close();
  }
});
