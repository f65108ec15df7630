import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withOwnerOnlyFiles } from './data-permissions';
import type { ServiceRun } from './supervisor';
import { endProcess, isRunning, startTime } from './supervisor-processes';
import { waitFor } from './wait';

/** A process we start and supervise (the dev server, or one of the cluster): what runs, where it logs (<dir>/<file>.log) and records its pid (<dir>/<file>.pid). */
export interface ChildSpec {
  name: string;
  dir: string;
  file: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Checks once an orphan is stopped, before the spawn (e.g. that the ports are free). */
  beforeStart?: () => Promise<void>;
  /** Resolves once the process serves; `output` is what it logged since this launch. */
  ready: (output: () => string) => Promise<void>;
  readyWithinMs: number;
  /** How long a stop waits (after SIGTERM) for a drain before it kills. */
  stopGraceMs: number;
}

/** The pid file's record: with the start time it names one process, though pids are reused. */
interface ChildRecord {
  pid: number;
  startTime?: string;
}

export const pidFileOf = (dir: string, file: string) => path.join(dir, `${file}.pid`);

export function readChildRecord(pidFile: string): ChildRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(pidFile, 'utf8')) as ChildRecord;
  } catch {
    return undefined;
  }
}

/** A process an earlier start left running (that start was killed) would hold our ports and task queue: it is stopped. */
async function stopOrphan(spec: ChildSpec, pidFile: string, log: (line: string) => void): Promise<void> {
  const record = readChildRecord(pidFile);
  if (record && isRunning(record.pid) && startTime(record.pid) === record.startTime) {
    log(`Stopping the ${spec.name} an earlier start left running (pid ${record.pid}).`);
    await endProcess(record.pid, 'SIGTERM', spec.stopGraceMs);
  }
  fs.rmSync(pidFile, { force: true });
}

/**
 * One run of a supervised process in a process group of its own (Ctrl-C reaches the start command, which
 * stops the processes in order), owner-only log, resolved once `ready` passes. For the Supervisor.
 */
export async function launchChild(spec: ChildSpec, log: (line: string) => void): Promise<ServiceRun> {
  const pidFile = pidFileOf(spec.dir, spec.file);
  const logPath = path.join(spec.dir, `${spec.file}.log`);
  await stopOrphan(spec, pidFile, log);
  await spec.beforeStart?.();
  const logFile = fs.openSync(logPath, 'a', 0o600);
  const from = fs.fstatSync(logFile).size;
  const child = withOwnerOnlyFiles(() => spawn(spec.command, spec.args, { env: spec.env, stdio: ['ignore', logFile, logFile], detached: true }));
  fs.closeSync(logFile);
  const record: ChildRecord = { pid: child.pid!, startTime: startTime(child.pid!) };
  fs.writeFileSync(pidFile, JSON.stringify(record));
  // Our own end (an uncaught error included) takes the process with it; an orderly stop drains it first.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let exited = false;
  const ended = new Promise<string>((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    process.removeListener('exit', killOnExit);
    fs.rmSync(pidFile, { force: true });
    resolve(signal ? `killed by ${signal}` : `exit code ${code}`);
  }));
  const stop = async () => {
    if (!exited) await endProcess(child.pid!, 'SIGTERM', spec.stopGraceMs);
    await ended;
  };
  const output = () => fs.readFileSync(logPath).subarray(from).toString('utf8');
  try {
    // A process that ends during start-up has failed: no need to wait out the time it had.
    const lastLine = () => output().trim().split('\n').at(-1)?.slice(0, 500) ?? '';
    const died = ended.then((how) => Promise.reject(new Error(`${spec.name} ${how} during start-up (${lastLine()}); see ${logPath}`)));
    await Promise.race([died, waitFor(spec.name, () => (exited ? Promise.resolve() : spec.ready(output)), spec.readyWithinMs, 500)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ended, stop };
}

/** A readiness probe: the process logged `line`. */
export const logged = (line: string) => async (output: () => string) => {
  if (!output().includes(line)) throw new Error(`no "${line}" in its log yet`);
};
