import fs from 'node:fs';
import net from 'node:net';

/**
 * What the start command needs to know about processes it may have left behind after a crash, read from
 * /proc (Linux): whether a pid still runs, what it runs, when it started (pids are reused).
 */

/** A zombie has ended; it only waits for a parent (or a PID 1 that does not reap) to collect it. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return processState(pid) !== 'Z';
}

function readStat(pid: number): string[] | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces; the fields after it are plain.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function processState(pid: number): string | undefined {
  return readStat(pid)?.[0];
}

/** Clock ticks since boot at which the process started: with the pid, it names one process for good. */
export function startTime(pid: number): string | undefined {
  return readStat(pid)?.[19];
}

export function commandLine(pid: number): string[] {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** Asks politely with `signal`, then kills when it has not ended within `graceMs`. */
export async function endProcess(pid: number, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  if (await waitForExit(pid, graceMs)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await waitForExit(pid, 5000);
}

/** Whether something accepts connections on the loopback port (ours or not: callers decide). */
export function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Fails with a message naming the port and the setting that moves it (`instead`), when another program holds it. */
export async function assertPortFree(port: number, what: string, instead: string): Promise<void> {
  if (await portAnswers(port)) {
    throw new Error(`Port ${port} is taken by another program, not by a ${what} this start command started. Stop that program, or ${instead}.`);
  }
}
