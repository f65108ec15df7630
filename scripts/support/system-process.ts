import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePorts } from '../../runtime/free-port';

export interface SystemProcess {
  apiUrl: string;
  temporalAddress: string;
  databaseUrl: string;
  dataDir: string;
  /** PAYLOAD_KEYS of the system: a client reading its workflows needs them (runtime/codec). */
  payloadKeys: string;
  /** The start command's environment: the same system can be started again on it. */
  env: NodeJS.ProcessEnv;
  /** The start command's arguments (--cluster), for the same reason. */
  args: string[];
  child: ChildProcess;
}

/** A start-up that failed because a port picked as free was taken before the server bound it. */
class PortTaken extends Error {}

export interface SpawnOptions {
  /** `start.ts --cluster`: the Temporal server on PostgreSQL, the workers and the API as processes of their own (runtime/cluster). */
  cluster?: boolean;
}

/**
 * Starts the whole system exactly as the start command does (scripts/start.ts), on free ports with a
 * throw-away data folder: for the test suite and the benchmark. Another program may take a port between
 * our pick and the server's bind (other test runs on the machine); then it starts again on new ports.
 */
export async function spawnSystem(extraEnv: Record<string, string> = {}, options: SpawnOptions = {}): Promise<SystemProcess> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await spawnSystemOnce(extraEnv, options.cluster ? ['--cluster'] : []);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
      console.warn(`A port was taken during start-up; starting again on other ports (attempt ${attempt + 1}).\n${(error as Error).message.slice(-2000)}`);
    }
  }
}

/**
 * Why the API's port does not answer as an HTTP server, or undefined when it does. A port picked free can be taken by
 * another program before the API binds it; the API would then have failed to start. Checked, because the suite once
 * read something else's bytes there (an HTTP parser error at the first login, a whole test file long).
 */
async function apiAnswerProblem(apiUrl: string): Promise<string | undefined> {
  try {
    const reply = await fetch(`${apiUrl}/api/health`, { signal: AbortSignal.timeout(15_000) });
    await reply.arrayBuffer();
    return undefined;
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause;
    return `${(error as Error).message}${cause ? `: ${cause.message}` : ''}`;
  }
}

/** Who listens on a port (ss, with the processes), for a start-up's diagnosis. */
function listenersOn(port: number): string {
  try {
    return execFileSync('ss', ['-Htlnp', `sport = :${port}`], { encoding: 'utf8' }) || '(nobody)';
  } catch (error) {
    return `(ss failed: ${(error as Error).message})`;
  }
}

/**
 * Whether the system's or the Temporal (dev) server's log shows a port that was taken: by a bind that failed, or by the
 * start command's own check before it starts a server (runtime/supervisor-processes.ts). A port free when chosen can
 * be taken before it is used, e.g. by another test system's Temporal server picking ports for its services (CI).
 */
const portWasTaken = (dataDir: string, output: string) =>
  [output, readIfExists(path.join(dataDir, 'temporal', 'server.log')), readIfExists(path.join(dataDir, 'cluster', 'server.log'))]
    .some((text) => /address already in use|EADDRINUSE|is taken by another program/.test(text));
const readIfExists = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

async function spawnSystemOnce(extraEnv: Record<string, string>, args: string[]): Promise<SystemProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-'));
  fs.chmodSync(dataDir, 0o711); // embedded PostgreSQL runs as another user: it must pass through, nobody may list
  const [port, temporalPort, temporalUiPort, pgPort, smtpPort, eidPort, workerMetricsPort] = await freePorts(7);
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    TEMPORAL_DEV_PORT: String(temporalPort),
    TEMPORAL_DEV_UI_PORT: String(temporalUiPort),
    EMBEDDED_PG_PORT: String(pgPort),
    SMTP_SINK_PORT: String(smtpPort),
    EID_PROVIDER_PORT: String(eidPort), // the embedded eID provider (no CUSTOMER_OIDC_ISSUER)
    WORKER_METRICS_PORT: String(workerMetricsPort), // the worker's /metrics (runtime/metrics)
    CUSTOMER_OIDC_ISSUER: '',
    SMTP_URL: '',
    TEMPORAL_ADDRESS: '',
    DATABASE_URL: '',
    PAYLOAD_KEYS: `system-test:${randomBytes(32).toString('base64')}`, // a fresh key per system
    PAYLOAD_KEY_ID: '',
    ...extraEnv,
  };
  const child = await launchStartCommand(env, dataDir, args).catch((error) => {
    if (error instanceof PortTaken) fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  const notOurs = await apiAnswerProblem(`http://127.0.0.1:${port}`);
  if (notOurs) {
    const diagnosis = `The API port ${port} does not answer as our API (${notOurs}) although the system says it runs. Listening there:\n${listenersOn(port)}`;
    await stopSystem({ child, dataDir });
    throw new PortTaken(diagnosis);
  }
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    temporalAddress: `127.0.0.1:${temporalPort}`,
    databaseUrl: env.DATABASE_URL || `postgres://postgres:claims-embedded@127.0.0.1:${pgPort}/claims`, // extraEnv's DATABASE_URL: that server
    dataDir,
    payloadKeys: env.PAYLOAD_KEYS,
    env,
    args,
    child,
  };
}

/** The same system started again on its data folder and ports, as a person runs the start command again (after a crash). */
export async function respawnSystem(previous: SystemProcess): Promise<SystemProcess> {
  return { ...previous, child: await launchStartCommand(previous.env, previous.dataDir, previous.args) };
}

/** Runs scripts/start.ts, its output appended to <dataDir>/system.log, until it says it is running. */
async function launchStartCommand(env: NodeJS.ProcessEnv, dataDir: string, args: string[]): Promise<ChildProcess> {
  const root = path.resolve(__dirname, '..', '..');
  const logPath = path.join(dataDir, 'system.log');
  const log = fs.openSync(logPath, 'a');
  const from = fs.fstatSync(log).size; // an earlier run's output is not this run's
  // One process, as scripts/start.sh runs it: the tsx wrapper would SIGKILL it when a Ctrl-C is not acknowledged within 30 ms.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...args], { cwd: root, env, stdio: ['ignore', log, log] });
  fs.closeSync(log);

  const deadline = Date.now() + 180_000;
  for (;;) {
    const output = fs.readFileSync(logPath, 'utf8').slice(from);
    if (output.includes('Claims back office is running.')) return child;
    if (child.exitCode !== null || child.signalCode !== null) {
      if (portWasTaken(dataDir, output)) throw new PortTaken(output);
      throw new Error(`The system exited during start-up:\n${output}`);
    }
    if (Date.now() > deadline) throw new Error(`The system did not start within 180 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Ctrl-C, as a person would; the system drains and stops its servers. */
export async function stopSystem(system: Pick<SystemProcess, 'child' | 'dataDir'>, keepData = false): Promise<void> {
  const { child } = system;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  if (!keepData) fs.rmSync(system.dataDir, { recursive: true, force: true });
}
